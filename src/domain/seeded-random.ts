/**
 * mulberry32: a tiny seeded generator in [0, 1). Enough to shuffle or sample deterministically, so the same
 * input gives the same result run after run (the learned escalation model's training order, a knowledge
 * base's calibration probes). Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
