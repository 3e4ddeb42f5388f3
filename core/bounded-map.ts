/**
 * A map that forgets everything once it holds `max` entries: the memo for anything keyed by what
 * posts contain (names as written, handles, hashtags, coordinates), which must stay bounded however
 * long the stream runs. The few keys most posts share come back after one miss each. Callers look
 * up with `get` and store a miss with `set`, so a lookup builds no closure.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Stores `value` under `key` (first forgetting everything, when full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
