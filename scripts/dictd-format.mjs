// The dictd format (dictfmt(1)) the bilingual dictionaries are read in (src/rag/bilingual.ts):
// `<base>.index`, one `headword\toffset\tlength` line per entry with dictd's base64 numbers,
// into `<base>.dict.dz`, the entries' text gzipped (dictzip is gzip-compatible). Used by
// scripts/ensure-cjk-dictionary.mjs and the tests' dictionaries.
import { renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base64 numbers (offsets and lengths in the index). */
function b64(n) {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

/**
 * Writes `<base>.index` and `<base>.dict.dz` from `[headword, entry text]` pairs (the entry's text starts
 * with its headword line). Each file is written beside and renamed: a reader never sees half a dictionary.
 */
export function writeDictd(base, entries) {
  const chunks = [];
  const index = [];
  let offset = 0;
  for (const [head, entry] of entries) {
    const bytes = Buffer.byteLength(entry);
    index.push(`${head}\t${b64(offset)}\t${b64(bytes)}`);
    chunks.push(entry);
    offset += bytes;
  }
  writeFileSync(`${base}.dict.dz.tmp`, gzipSync(Buffer.from(chunks.join(''))));
  writeFileSync(`${base}.index.tmp`, `${index.join('\n')}\n`);
  renameSync(`${base}.dict.dz.tmp`, `${base}.dict.dz`);
  renameSync(`${base}.index.tmp`, `${base}.index`);
}
