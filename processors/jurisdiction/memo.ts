/**
 * A memo keyed by a short list of whole numbers (ids of codes, names, choices): the parts are
 * hashed as they are added and the key is found with one probe of an open-addressing table, its
 * parts then compared with the stored ones. No key string is built, and a lookup touches one
 * table slot and one stored key instead of a Map per part.
 *
 * Its keys come from post content (place names as written, handles), so it forgets everything
 * when it holds `max` keys; the few hundred keys most posts share are back after one miss each. A
 * key is spelled between `begin()` and `get()`/`set()`, with nothing in between: resolution is
 * synchronous.
 */
import { BoundedMap } from '../../core/bounded-map.js';
import { HASH_SEED, hashStep } from '../text/words.js';

const INITIAL_SLOTS = 1 << 10;

export class KeyMemo<V> {
  /** Pairs (hash, entry + 1); 0 marks an empty slot. */
  private slots = new Int32Array(INITIAL_SLOTS * 2);
  private mask = INITIAL_SLOTS - 1;
  /** Each entry's key: its length, then its parts (doubles, so any safe integer compares exactly). */
  private keys = new Float64Array(1024);
  private keyEnd = 0;
  private readonly starts: number[] = [];
  private readonly values: V[] = [];
  /** The key being spelled. */
  private parts = new Float64Array(16);
  private length = 0;
  private hash = 0;

  constructor(private readonly max: number) {}

  /** Starts a key. */
  begin(): this {
    if (this.values.length >= this.max) this.clear();
    this.length = 0;
    this.hash = HASH_SEED;
    return this;
  }

  /** Appends a part (a whole number) to the key. */
  add(part: number): this {
    if (this.length === this.parts.length) this.parts = grown(this.parts, this.length);
    this.parts[this.length++] = part;
    // FNV-1a, as for a word's characters: a part goes through the same ToInt32 in `^`.
    this.hash = hashStep(this.hash, part);
    return this;
  }

  /** The value under the key spelled since `begin()`. */
  get(): V | undefined {
    const slot = this.probe();
    const entry = this.slots[slot + 1] as number;
    return entry === 0 ? undefined : this.values[entry - 1];
  }

  /** Stores a value under the key spelled since `begin()`, and returns it. */
  set(value: V): V {
    const slot = this.probe();
    const entry = this.slots[slot + 1] as number;
    if (entry !== 0) {
      this.values[entry - 1] = value;
      return value;
    }
    this.slots[slot] = this.mixed();
    this.slots[slot + 1] = this.store(value) + 1;
    if (this.values.length * 2 > this.mask + 1) this.rehash();
    return value;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private probe(): number {
    const h = this.mixed();
    const slots = this.slots;
    const wrap = this.mask * 2 + 1;
    for (let i = (h & this.mask) * 2; ; i = (i + 2) & wrap) {
      const entry = slots[i + 1] as number;
      if (entry === 0 || (slots[i] === h && this.same(entry - 1))) return i;
    }
  }

  /** The hash with its high bits folded down (the parts are small numbers; the table reads the low bits). */
  private mixed(): number {
    const h = Math.imul(this.hash ^ (this.hash >>> 16), 0x85ebca6b);
    return h ^ (h >>> 13);
  }

  private same(entry: number): boolean {
    const keys = this.keys;
    let at = this.starts[entry] as number;
    if (keys[at++] !== this.length) return false;
    for (let k = 0; k < this.length; k++) if (keys[at + k] !== this.parts[k]) return false;
    return true;
  }

  private store(value: V): number {
    const need = this.keyEnd + this.length + 1;
    if (need > this.keys.length) this.keys = grown(this.keys, this.keyEnd, need);
    const entry = this.values.length;
    this.starts.push(this.keyEnd);
    this.keys[this.keyEnd] = this.length;
    this.keys.set(this.parts.subarray(0, this.length), this.keyEnd + 1);
    this.keyEnd = need;
    this.values.push(value);
    return entry;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    const wrap = this.mask * 2 + 1;
    for (let j = 0; j < old.length; j += 2) {
      const entry = old[j + 1] as number;
      if (entry === 0) continue;
      let i = ((old[j] as number) & this.mask) * 2;
      while (this.slots[i + 1] !== 0) i = (i + 2) & wrap;
      this.slots[i] = old[j] as number;
      this.slots[i + 1] = entry;
    }
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS * 2);
    this.mask = INITIAL_SLOTS - 1;
    this.keyEnd = 0;
    this.starts.length = 0;
    this.values.length = 0;
  }
}

/** A copy of the first `used` numbers in an array at least twice as long (and at least `need`). */
function grown(a: Float64Array<ArrayBuffer>, used: number, need = 0): Float64Array<ArrayBuffer> {
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a.subarray(0, used));
  return b;
}

/**
 * Numbers for strings (codes, topic ids), to put in memo keys. A number is never handed out twice,
 * even after the strings are forgotten (past `max` of them), so a stored key can never be read as
 * another string's.
 */
export class StringIds {
  private readonly ids: BoundedMap<string, number>;
  private next = 0;

  constructor(max: number) {
    this.ids = new BoundedMap(max);
  }

  of(s: string): number {
    return this.ids.get(s) ?? this.ids.set(s, this.next++);
  }
}
