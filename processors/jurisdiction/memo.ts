/**
 * A memo keyed by a path of parts (codes, ids, numbers), one Map step per part: no key string is
 * built, so a lookup costs no number formatting, no concatenation and no hashing of long text.
 * Its keys come from post content (place names as written, handles), so it forgets everything
 * when it has grown past `max` nodes; the few hundred keys most posts share are back after one
 * miss each. A key is spelled between `begin()` and `get()`/`set()`, with nothing in between:
 * resolution is synchronous.
 */
/** Objects count by identity: the same object, the same part. */
export type KeyPart = string | number | boolean | null | object;

interface PathNode<V> {
  /** Made on the first step past this node: most nodes are leaves. */
  next: Map<KeyPart, PathNode<V>> | undefined;
  value: V | undefined;
}

export class PathMemo<V> {
  private root: PathNode<V> = pathNode();
  private at: PathNode<V> = this.root;
  private nodes = 0;

  constructor(private readonly max: number) {}

  /** Starts a key. */
  begin(): this {
    if (this.nodes >= this.max) {
      this.root = pathNode();
      this.nodes = 0;
    }
    this.at = this.root;
    return this;
  }

  /** Appends a part to the key. */
  add(part: KeyPart): this {
    const at = this.at;
    at.next ??= new Map();
    let n = at.next.get(part);
    if (n === undefined) {
      n = pathNode();
      at.next.set(part, n);
      this.nodes++;
    }
    this.at = n;
    return this;
  }

  /** The value under the key spelled since `begin()`. */
  get(): V | undefined {
    return this.at.value;
  }

  /** Stores a value under the key spelled since `begin()`, and returns it. */
  set(value: V): V {
    this.at.value = value;
    return value;
  }
}

function pathNode<V>(): PathNode<V> {
  return { next: undefined, value: undefined };
}
