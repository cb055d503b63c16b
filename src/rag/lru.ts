/**
 * A bounded map that forgets the least recently used key first: a hit moves
 * the key to the back of the Map's insertion order, and past `max` keys the
 * front one goes. For memoising pure functions of words in the hot path
 * (WordNet entries and synsets, one-typo concept look-ups).
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  clear(): void {
    this.map.clear();
  }
}
