/**
 * A small direct-mapped cache in front of the shared word table, for the tokenizer, working like a
 * processor's cache: the words of a stream are Zipfian, and this block stays in the CPU caches
 * where the table (and the words' strings, scattered over the heap) do not. Each entry keeps the
 * word's hash, id, string and, for words up to MAX_INLINE characters, the characters themselves,
 * so a hit reads a few adjacent bytes and no string.
 *
 * It also keeps words the table lacks (handles, hashtags, names: they recur too), stamped with
 * the table's size: the table only grows, and once it has grown such a word is looked up again.
 */
import { NO_WORD, type WordTable } from './words.js';

const ENTRIES = 1 << 13;
const MASK = ENTRIES - 1;
/** Characters kept inline per entry; the entry's first slot holds the length. */
const MAX_INLINE = 15;
const STRIDE = MAX_INLINE + 1;

export class RecentWords {
  /**
   * Pairs (hash, id field): the id field is id + 1 for a word of the table, -(size + 1) for a word
   * it lacked when it had `size` words, 0 for an empty entry.
   */
  private readonly keys = new Int32Array(ENTRIES * 2);
  private readonly chars = new Uint16Array(ENTRIES * STRIDE);
  private readonly words: string[] = new Array<string>(ENTRIES).fill('');
  /** Per entry, the word as last written with capitals, and which letters those were (as bits). */
  private readonly written: string[] = new Array<string>(ENTRIES).fill('');
  private readonly capitals = new Int32Array(ENTRIES);
  /** The entry of the last `find`. */
  private last = 0;
  /** The lower-case string of the word the last `find` looked up (the table's when known). */
  word = '';

  constructor(private readonly table: WordTable) {}

  /**
   * The id of `s.slice(start, end)` with A-Z lower-cased, whose hash is `h` (see words.ts), or
   * NO_WORD; `word` is set to that lower case.
   */
  find(h: number, s: string, start: number, end: number): number {
    const r = h & MASK;
    this.last = r;
    const entry = this.keys[r * 2 + 1] as number;
    if ((entry > 0 || (entry < 0 && -entry - 1 === this.table.size)) && this.keys[r * 2] === h && this.holds(r, s, start, end)) {
      this.word = this.words[r] as string;
      return entry > 0 ? entry - 1 : NO_WORD;
    }
    const id = this.table.findHashed(h, s, start, end, true);
    this.keep(r, h, id, id >= 0 ? this.table.word(id) : s.slice(start, end).toLowerCase());
    return id;
  }

  /**
   * The slice last passed to `find`, whose capital letters are the bits of `capitals` (nonzero):
   * the string kept from last time when written the same way (up to 31 characters, where the bits
   * say exactly which letters), else the slice, kept for next time.
   */
  asWritten(s: string, start: number, end: number, capitals: number): string {
    const r = this.last;
    if (this.capitals[r] === capitals && end - start <= 31) return this.written[r] as string;
    const text = s.slice(start, end);
    this.capitals[r] = capitals;
    this.written[r] = text;
    return text;
  }

  private holds(r: number, s: string, start: number, end: number): boolean {
    const base = r * STRIDE;
    const len = end - start;
    if (len > MAX_INLINE) return sameLong(this.words[r] as string, s, start, end);
    if (this.chars[base] !== len) return false;
    for (let k = 0; k < len; k++) {
      const c = s.charCodeAt(start + k);
      if (this.chars[base + 1 + k] !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
    }
    return true;
  }

  private keep(r: number, h: number, id: number, word: string): void {
    this.keys[r * 2] = h;
    this.capitals[r] = 0;
    this.keys[r * 2 + 1] = id >= 0 ? id + 1 : -(this.table.size + 1);
    this.words[r] = word;
    const base = r * STRIDE;
    this.chars[base] = word.length > MAX_INLINE ? 0xffff : word.length;
    for (let k = 0; k < Math.min(word.length, MAX_INLINE); k++) this.chars[base + 1 + k] = word.charCodeAt(k);
    this.word = word;
  }
}

function sameLong(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(start + k);
    if (word.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
