export interface FusedResult<T> {
  item: T;
  /** Σ weight_i / (k + rank_i) over the lists that contain the item. */
  score: number;
  /** 1-based rank of the item in each input list, null where it is absent. */
  ranks: (number | null)[];
}

export interface RrfOptions {
  /** Damping constant; 60 is the value from the original paper and what most engines use. */
  k?: number;
  /** One weight per list (default 1 each), e.g. to trust vector search more than keywords. */
  weights?: number[];
}

/**
 * Reciprocal Rank Fusion: merges ranked lists (e.g. pgvector similarity and
 * Postgres full-text) using ranks only, so scores on different scales need no
 * calibration. Cormack, Clarke & Büttcher, SIGIR 2009,
 * https://plg.uwaterloo.ca/~gvcormac/cormacksigir09-rrf.pdf
 *
 * Items are identified by `id`; the first occurrence (in list order) is the one
 * returned. A duplicate id inside one list counts at its best rank only. Ties
 * are broken by the best single rank, then by first appearance, so the output
 * is deterministic.
 */
export function reciprocalRankFusion<T extends { id: string }>(
  lists: T[][],
  opts: RrfOptions = {},
): Array<FusedResult<T>> {
  const k = opts.k ?? 60;
  if (!(k >= 0) || !Number.isFinite(k)) throw new RangeError(`k must be a finite number >= 0, got ${k}`);
  const weights = opts.weights ?? lists.map(() => 1);
  if (weights.length !== lists.length) {
    throw new RangeError(`got ${weights.length} weights for ${lists.length} lists`);
  }

  const fused = new Map<string, FusedResult<T> & { order: number }>();
  lists.forEach((list, listIndex) => {
    list.forEach((item, position) => {
      let entry = fused.get(item.id);
      if (entry === undefined) {
        entry = { item, score: 0, ranks: lists.map(() => null), order: fused.size };
        fused.set(item.id, entry);
      }
      if (entry.ranks[listIndex] !== null) return;
      const rank = position + 1;
      entry.ranks[listIndex] = rank;
      entry.score += weights[listIndex]! / (k + rank);
    });
  });

  const bestRank = (r: (number | null)[]): number => Math.min(...r.map((x) => x ?? Number.POSITIVE_INFINITY));
  return [...fused.values()]
    // Signs as small integers: the comparator's result is only read for its sign, and a fractional difference is a heap number each time.
    .sort((a, b) => (b.score > a.score ? 1 : b.score < a.score ? -1 : 0) || bestRank(a.ranks) - bestRank(b.ranks) || a.order - b.order)
    .map(({ item, score, ranks }) => ({ item, score, ranks }));
}
