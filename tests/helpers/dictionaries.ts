/** Test dictionaries in the dictd format FreeDict ships (`freedict-<pair>.index` + gzip `.dict.dz`). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base64 numbers (offsets and lengths in the index). */
function b64(n: number): string {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

/** Writes `<prefix>-<name>` (FreeDict's `freedict-`, or `cedict-` as scripts/ensure-cjk-dictionary.mjs names its file) into `dir` from `[headword line, entry body]` pairs. */
export function writeDict(dir: string, name: string, entries: Array<[string, string]>, prefix: 'freedict' | 'cedict' = 'freedict'): void {
  let text = '';
  const index: string[] = [];
  for (const [head, body] of entries) {
    const entry = `${head}\n${body}\n`;
    const offset = Buffer.byteLength(text);
    text += entry;
    // The index names the bare headword; the entry's first line may add pronunciation and part of speech.
    index.push(`${head.split(' /')[0]}\t${b64(offset)}\t${b64(Buffer.byteLength(entry))}`);
  }
  writeFileSync(path.join(dir, `${prefix}-${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(path.join(dir, `${prefix}-${name}.dict.dz`), gzipSync(Buffer.from(text)));
}
