/**
 * Per-article cap on a ranked list of passages ("field collapsing" with a group
 * size, as search engines offer it: Elasticsearch `collapse` with `inner_hits`,
 * Vespa `max-hits-per-group`). A long article whose every chunk matches a few
 * question words can otherwise fill the whole result window, so the next
 * articles — and with them the right one, when the first is wrong — never
 * reach the reader. Passages beyond the cap are not dropped: they follow, in
 * their order, after every passage within it. The first passage of each
 * article keeps its place relative to the other articles' first passages, so
 * the ranking of articles is the same; only more of them fit in a window.
 */
export function capPerDocument<T>(ranked: T[], documentOf: (item: T) => string, max: number): T[] {
  if (!(max >= 1)) throw new RangeError(`max must be >= 1, got ${max}`);
  const seen = new Map<string, number>();
  const within: T[] = [];
  const beyond: T[] = [];
  for (const item of ranked) {
    const doc = documentOf(item);
    const n = (seen.get(doc) ?? 0) + 1;
    seen.set(doc, n);
    (n <= max ? within : beyond).push(item);
  }
  return [...within, ...beyond];
}
