/**
 * A string-keyed memo that forgets everything when full. Its keys come from post content (place
 * names as written, handles), so a stream of new ones must not grow it without bound; the few
 * hundred keys most posts share are back after one miss each.
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
