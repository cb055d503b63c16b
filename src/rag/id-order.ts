/**
 * The order of ids that the rankings break ties by, `a.localeCompare(b)`,
 * without the collator where it gives the same answer: for strings made only
 * of lower-case hexadecimal digits and hyphens (chunk ids as Postgres writes
 * uuids) the collation order is the order of their code units ('-' before the
 * digits before the letters in both), and `<` is many times cheaper than an ICU
 * comparison. A ranking of a hundred candidates sorts with thousands of ties
 * broken (every chunk of one article has the article's score).
 */
const LOWER_HEX_ID = /^[0-9a-f-]*$/;

/** A comparator of the given ids, equal in sign to `localeCompare` on each pair of them. */
export function idOrder(ids: Iterable<string>): (a: string, b: string) => number {
  for (const id of ids) if (!LOWER_HEX_ID.test(id)) return (a, b) => a.localeCompare(b);
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The first `n` of `items` in `order` (a total order), as `[...items].sort(order).slice(0, n)` gives
 * them, without sorting them all: pseudo-relevance feedback reads the best three of a hundred.
 */
export function firstInOrder<T>(items: readonly T[], n: number, order: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const item of items) {
    if (out.length === n && order(item, out[n - 1]!) >= 0) continue;
    let i = Math.min(out.length, n - 1);
    if (out.length === n) out.pop();
    while (i > 0 && order(item, out[i - 1]!) < 0) i--;
    out.splice(i, 0, item);
  }
  return out;
}

/**
 * The rows whose `score` (by row index) is above 0, best first, ties by `then` (by row index, higher
 * first; none: straight to the id), then by id: what `rows.filter(score > 0).sort(...)` gives with the
 * scores looked up in each comparison, the same comparisons on the same order (Array.prototype.sort is
 * stable), with each score read from an array instead.
 */
export function rankedRows<R extends { id: string }>(rows: readonly R[], score: Float64Array, then: Float64Array | null, byId: (a: string, b: string) => number): R[] {
  const kept: number[] = [];
  for (let i = 0; i < rows.length; i++) if (score[i]! > 0) kept.push(i);
  // The sign of `y - x` as a small integer (sort reads only the sign; a fractional difference returned by the comparator is a heap number each time).
  const desc = (x: number, y: number) => (y > x ? 1 : y < x ? -1 : 0);
  kept.sort(then === null ? (a, b) => desc(score[a]!, score[b]!) || byId(rows[a]!.id, rows[b]!.id) : (a, b) => desc(score[a]!, score[b]!) || desc(then[a]!, then[b]!) || byId(rows[a]!.id, rows[b]!.id));
  return kept.map((i) => rows[i]!);
}
