/**
 * The shared word table: every word some tagger's data knows gets a small integer id when the
 * tagger is built, and the tokenizer gives each token the id of its lower-case form. A token then
 * costs one hash lookup for the whole chain, and each tagger keeps its per-word data in arrays
 * indexed by id. (A string-keyed Map lookup costs 40-90 ns, and the taggers made several per
 * token each: most of the chain's time.)
 *
 * The table only grows, and only when taggers are built (their vocabularies, tenants' terms and
 * queries), never from post text, so its size is bounded by configuration.
 */

/** The id of a word no tagger registered. */
export const NO_WORD = -1;

/** FNV-1a over UTF-16 code units: start with HASH_SEED, fold each unit in with `hashStep`. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const INITIAL_SLOTS = 1 << 12;

/**
 * Open addressing over a typed array, keyed by the hash above, so a caller that already walks a
 * word's characters (the tokenizer) can hash it on the way and look up a slice of a longer string,
 * or its ASCII lower case, without building it. A hash match is checked against the word's own
 * string, which the tokenizer then hands out as the token's `norm`: one string read serves both.
 */
export class WordTable {
  private readonly list: string[] = [];
  private hashes = new Int32Array(1024);
  /** Pairs (hash, id + 1); 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;

  /** `slots`: the initial capacity, a power of two (a table of a few words can stay tiny). */
  constructor(slots = INITIAL_SLOTS) {
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** Number of words; ids run from 0 to size - 1. */
  get size(): number {
    return this.list.length;
  }

  /** The word with this id. */
  word(id: number): string {
    return this.list[id] ?? '';
  }

  /** Registers a word (the lower-case form a token's `norm` would have) and returns its id. */
  add(word: string): number {
    const h = hashOf(word, 0, word.length);
    const found = this.findHashed(h, word, 0, word.length, false);
    return found >= 0 ? found : this.append(word, h);
  }

  /** The id of `word`, or NO_WORD. */
  find(word: string): number {
    return this.findHashed(hashOf(word, 0, word.length), word, 0, word.length, false);
  }

  /** The id of `s.slice(start, end)`, without building that string. */
  findSlice(s: string, start: number, end: number): number {
    return this.findHashed(hashOf(s, start, end), s, start, end, false);
  }

  /**
   * The id of `s.slice(start, end)` (with A-Z lower-cased when `lowerAscii`), given its hash `h`
   * computed the same way.
   */
  findHashed(h: number, s: string, start: number, end: number, lowerAscii: boolean): number {
    const slots = this.slots;
    const wrap = this.mask * 2 + 1;
    for (let i = (h & this.mask) * 2; ; i = (i + 2) & wrap) {
      const entry = slots[i + 1] as number;
      if (entry === 0) return NO_WORD;
      if (slots[i] === h && this.same(entry - 1, s, start, end, lowerAscii)) return entry - 1;
    }
  }

  private same(id: number, s: string, start: number, end: number, lowerAscii: boolean): boolean {
    const word = this.list[id] as string;
    if (word.length !== end - start) return false;
    for (let k = 0; k < word.length; k++) {
      const c = s.charCodeAt(start + k);
      if (word.charCodeAt(k) !== (lowerAscii && c >= 65 && c <= 90 ? c + 32 : c)) return false;
    }
    return true;
  }

  private append(word: string, h: number): number {
    const id = this.list.length;
    this.list.push(word);
    if (id >= this.hashes.length) this.growHashes();
    this.hashes[id] = h;
    if ((id + 1) * 2 > this.mask + 1) this.rehash();
    else this.place(h, id);
    return id;
  }

  private place(h: number, id: number): void {
    const slots = this.slots;
    const wrap = this.mask * 2 + 1;
    let i = (h & this.mask) * 2;
    while (slots[i + 1] !== 0) i = (i + 2) & wrap;
    slots[i] = h;
    slots[i + 1] = id + 1;
  }

  /** Keeps the load under a half, so probes stay short. */
  private rehash(): void {
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let id = 0; id < this.list.length; id++) this.place(this.hashes[id] as number, id);
  }

  private growHashes(): void {
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }
}

/** The hash of `s.slice(start, end)`. */
export function hashOf(s: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** The process-wide table the tokenizer and every tagger share. */
export const WORDS = new WordTable();

/**
 * A tagger's per-word data as an array indexed by word id, its words registered in the table now.
 * Read it with `byId`: ids registered later (by other taggers) fall beyond its end.
 */
export function wordArray<T>(entries: Iterable<readonly [string, T]>, absent: T): T[] {
  const pairs: [number, T][] = [];
  for (const [word, value] of entries) pairs.push([WORDS.add(word), value]);
  const out = new Array<T>(WORDS.size).fill(absent);
  for (const [id, value] of pairs) out[id] = value;
  return out;
}

/** `data[id]`, or `absent` for NO_WORD and ids beyond the data. */
export function byId<T>(data: readonly T[], id: number, absent: T): T {
  return id >= 0 && id < data.length ? (data[id] as T) : absent;
}

/**
 * A small code (0..254) derived from a word (its text or its id), worked out the first time a post uses the word
 * and then kept by word id: bounded by the table, not by the stream. Words outside the table are
 * worked out each time.
 */
export class WordCode {
  /** code + 1; 0: not worked out yet. */
  private known = new Uint8Array(0);

  /** `derive` is given the word and its id (NO_WORD for a word outside the table). */
  constructor(private readonly derive: (word: string, id: number) => number) {}

  /** The code for `word`, whose id is `id` (NO_WORD when outside the table). */
  of(id: number, word: string): number {
    if (id < 0) return this.derive(word, id);
    if (id >= this.known.length) this.grow();
    let v = this.known[id] as number;
    if (v === 0) {
      v = this.derive(word, id) + 1;
      this.known[id] = v;
    }
    return v - 1;
  }

  private grow(): void {
    const known = new Uint8Array(Math.max(1024, WORDS.size * 2));
    known.set(this.known);
    this.known = known;
  }
}

/**
 * Like WordCode, for codes of up to 16 bits worked out from a word's id: `derive` must never return
 * 0 (its caller sets a bit of its own on every worked-out code), as 0 marks a word not worked out
 * yet. For ids in the table only, not NO_WORD.
 */
export class WideWordCode {
  private codes = new Uint16Array(0);

  constructor(private readonly derive: (id: number) => number) {}

  of(id: number): number {
    const code = id < this.codes.length ? (this.codes[id] as number) : 0;
    return code !== 0 ? code : this.learn(id);
  }

  private learn(id: number): number {
    if (id >= this.codes.length) {
      const codes = new Uint16Array(Math.max(1024, WORDS.size, id + 1));
      codes.set(this.codes);
      this.codes = codes;
    }
    const code = this.derive(id);
    if (!(code > 0 && code <= 0xffff)) throw new RangeError(`word code ${code} of word ${id}: must be 1..65535`);
    this.codes[id] = code;
    return code;
  }
}

/** A yes/no fact about a word's text, kept by word id like WordCode. */
export class WordFlag {
  private readonly code: WordCode;

  constructor(test: (word: string) => boolean) {
    this.code = new WordCode((w) => (test(w) ? 1 : 0));
  }

  of(id: number, word: string): boolean {
    return this.code.of(id, word) === 1;
  }
}

/**
 * A value derived from a word, worked out the first time a post uses the word and then kept by
 * word id: bounded by the table, not by the stream.
 */
export class WordMemo<T> {
  /** Dense (filled with undefined up to the table's size): a sparse array turns into a dictionary. */
  private readonly values: (T | undefined)[] = [];

  constructor(private readonly derive: (id: number, word: string) => T) {}

  /** The value for a word id (not NO_WORD). */
  of(id: number): T {
    let v = this.values[id];
    if (v === undefined) {
      v = this.derive(id, WORDS.word(id));
      while (this.values.length <= id) this.values.push(undefined);
      this.values[id] = v;
    }
    return v;
  }
}

/**
 * A set of word ids as bits: 8 KB for the whole table, so it stays in the processor's cache and
 * answers "does this tagger know the word at all" before its (larger, colder) per-word data is read.
 */
export class WordSet {
  private bits = new Uint32Array(0);

  constructor(ids: Iterable<number> = []) {
    for (const id of ids) this.add(id);
  }

  add(id: number): void {
    const word = id >>> 5;
    if (word >= this.bits.length) {
      const bits = new Uint32Array(Math.max(word + 1, this.bits.length * 2));
      bits.set(this.bits);
      this.bits = bits;
    }
    this.bits[word] = (this.bits[word] as number) | (1 << (id & 31));
  }

  /** False for NO_WORD. */
  has(id: number): boolean {
    const word = id >>> 5;
    return id >= 0 && word < this.bits.length && (((this.bits[word] as number) >>> (id & 31)) & 1) === 1;
  }
}
