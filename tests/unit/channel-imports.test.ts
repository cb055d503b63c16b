/**
 * Dependencies point one way: `channels/` knows the domain model and errors
 * (`src/domain/`) and its own platforms, nothing else of the app. The app hosts
 * sessions, storage and queues behind interfaces the channels define
 * (ChannelContext, SessionStore...). This test reads every file under
 * channels/ and fails on any relative import that leaves channels/ for
 * anything but src/domain/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const CHANNELS = path.join(ROOT, 'channels');
const ALLOWED = [CHANNELS, path.join(ROOT, 'src', 'domain')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mts)$/.test(e.name) ? [full] : [];
  });
}

/** Static `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`. */
function importSpecifiers(source: string): string[] {
  const specs: string[] = [];
  for (const re of [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const m of source.matchAll(re)) if (m[1]) specs.push(m[1]);
  }
  return specs;
}

/** The imports of `file` that leave channels/ for somewhere other than src/domain/. */
function forbiddenImports(file: string): string[] {
  return importSpecifiers(readFileSync(file, 'utf8'))
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = path.resolve(path.dirname(file), spec);
      return !ALLOWED.some((dir) => target === dir || target.startsWith(`${dir}${path.sep}`));
    });
}

describe('channels/ imports nothing of the app but src/domain/', () => {
  const files = sourceFiles(CHANNELS);

  it('finds the channel sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(forbiddenImports(file)).toEqual([]);
  });

  it('recognises every import form (so the check cannot pass by missing one)', () => {
    const sample = [
      "import { a } from '../../src/db/client.js';",
      "import type { B } from '../../drizzle/schema.js';",
      "export { c } from '../../src/app/container.js';",
      "import '../../src/logging/logger.js';",
      "const d = await import('../../src/queue/queues.js');",
      "import { PayloadError } from '../../src/domain/errors.js';",
    ].join('\n');
    expect(importSpecifiers(sample)).toEqual([
      '../../src/db/client.js',
      '../../drizzle/schema.js',
      '../../src/app/container.js',
      '../../src/domain/errors.js',
      '../../src/logging/logger.js',
      '../../src/queue/queues.js',
    ]);
  });
});
