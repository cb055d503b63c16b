/** Test dictionaries in the dictd format FreeDict ships (`freedict-<pair>.index` + gzip `.dict.dz`). */
import path from 'node:path';
import { writeDictd } from '../../scripts/dictd-format.mjs';

/** Writes `<prefix>-<name>` (FreeDict's `freedict-`, or `cedict-` as scripts/ensure-cjk-dictionary.mjs names its file) into `dir` from `[headword line, entry body]` pairs. */
export function writeDict(dir: string, name: string, entries: Array<[string, string]>, prefix: 'freedict' | 'cedict' = 'freedict'): void {
  // The index names the bare headword; the entry's first line may add pronunciation and part of speech.
  writeDictd(
    path.join(dir, `${prefix}-${name}`),
    entries.map(([head, body]) => [head.split(' /')[0]!, `${head}\n${body}\n`]),
  );
}
