/**
 * The dependency rules of the house style, checked on the source:
 * no import cycle between src/ folders, only src/config reads the environment,
 * and HTTP routes neither run SQL nor build services (they get them from the container).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderGraph, listTsFiles, srcFolderGraph } from '../../scripts/import-graph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (p: string) => path.relative(ROOT, p);

describe('folder import graph of src/', () => {
  it('has no cycle between folders', () => {
    const g = srcFolderGraph(ROOT);
    expect(g.edges.size).toBeGreaterThan(5);
    expect(folderCycles(g).map((c) => describeCycle(g, c))).toEqual([]);
  });

  it('finds a cycle when there is one, including type-only, re-export and dynamic imports', () => {
    const at = (p: string) => path.join(ROOT, p);
    const g = folderGraph(ROOT, [
      { file: at('src/a/one.ts'), source: "import type { B } from '../b/two.js';\nexport const a = 1;" },
      { file: at('src/b/two.ts'), source: "export { c } from '../c/three.js';" },
      { file: at('src/c/three.ts'), source: "export const c = async () => import('../a/one.js');" },
      { file: at('src/d/four.ts'), source: "import {\n  a,\n} from '../a/one.js';" },
    ]);
    const cycles = folderCycles(g);
    expect(cycles).toEqual([['a', 'b', 'c']]);
    expect(describeCycle(g, cycles[0]!)).toContain('a → b: src/a/one.ts');
    // d imports into the cycle but is not part of it.
    expect(g.edges.get('d')?.has('a')).toBe(true);
  });
});

describe('configuration', () => {
  it('only src/config reads process.env', () => {
    const readers = listTsFiles(path.join(ROOT, 'src'))
      .filter((f) => !rel(f).startsWith(`src${path.sep}config${path.sep}`))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(readers).toEqual([]);
  });
});

describe('messages', () => {
  it('are recorded in one place each way: ingest (inbound, group commit SQL); to the customer, conversation/outbound.ts (agents, notices) and the bot answer statement in conversation/reply.queries.ts', () => {
    const writers = [...listTsFiles(path.join(ROOT, 'src')), ...listTsFiles(path.join(ROOT, 'channels'))]
      .filter((f) => /\.insert\(\s*messages\s*\)|insert\s+into\s+messages\b/i.test(readFileSync(f, 'utf8')))
      .map(rel)
      .sort();
    expect(writers).toEqual([
      path.join('src', 'conversation', 'ingest.queries.ts'),
      path.join('src', 'conversation', 'outbound.ts'),
      // The bot's answer: reply parts, AI-log rows and status changes in one statement (issue 12).
      path.join('src', 'conversation', 'reply.queries.ts'),
    ]);
  });
});

describe('HTTP routes', () => {
  const routes = listTsFiles(path.join(ROOT, 'src/http/routes'));

  it('run no SQL: no query builder, no schema, no database handle', () => {
    const offenders = routes.flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const found = [
        /from ['"]drizzle-orm['"]/.test(src) && 'imports drizzle-orm',
        /drizzle\/schema\.js['"]/.test(src) && 'imports the schema',
        /db\/client\.js['"]/.test(src) && 'imports the database client',
        /\.database\.(db|sql)\b/.test(src) && 'uses a database query handle',
        /\bsql`/.test(src) && 'writes SQL',
      ].filter(Boolean);
      return found.map((x) => `${rel(f)}: ${x}`);
    });
    expect(routes.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it('build no services: nothing imported from outside src/http is constructed (typed errors aside)', () => {
    const offenders = routes.flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const imported = [...src.matchAll(/import\s+\{([^}]*)\}\s+from\s+['"](\.[^'"]+)['"]/g)]
        .map((m) => ({ names: m[1]!, target: path.resolve(path.dirname(f), m[2]!) }))
        .filter(({ target }) => !target.startsWith(path.join(ROOT, 'src/http')) && target !== path.join(ROOT, 'src/domain/errors.js'))
        .flatMap(({ names }) => names.split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')))
        .map((s) => s.split(/\s+as\s+/).pop()!);
      return imported.filter((name) => new RegExp(`new\\s+${name}\\s*\\(`).test(src)).map((name) => `${rel(f)}: new ${name}(…)`);
    });
    expect(offenders).toEqual([]);
  });
});

describe("README's layout table", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('| path | what |');
  const table = readme.slice(start, readme.indexOf('\n\n', start));
  const firstCells = table
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|')[1]!);
  const listed = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

  it('names only paths that exist', () => {
    const missing = listed.filter((p) => !p.includes('<')).filter((p) => !existsSync(path.join(ROOT, p)));
    expect(listed.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('covers every folder of src/ and every top-level folder', () => {
    // Generated, git-ignored folders (dist/ from `npm run build`, coverage/…) are not part of the layout.
    const ignored = new Set(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/\/$/, '')).filter(Boolean));
    const dirs = (d: string) => readdirSync(path.join(ROOT, d), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules' && !ignored.has(e.name)).map((e) => path.posix.join(d, e.name));
    const covered = (dir: string) => listed.some((p) => p === `${dir}/` || p.startsWith(`${dir}/`));
    expect([...dirs('src'), ...dirs('.').filter((d) => d !== 'src')].map((d) => d.replace(/^\.\//, '')).filter((d) => !covered(d))).toEqual([]);
  });
});
