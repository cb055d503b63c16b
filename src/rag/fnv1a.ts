/** FNV-1a, 32 bits: the hash of the local embedder's features (./local-embeddings.ts) and of the word-vector index (./word-vectors.ts). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over the UTF-16 code units of `text[start, end)`, continuing from `seed`. */
export function fnv1a(text: string, start = 0, end = text.length, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
