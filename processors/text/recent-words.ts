/**
 * A small direct-mapped cache in front of the shared word table, for the tokenizer, working like a
 * processor's cache: the words of a stream are Zipfian, and this block stays in the CPU caches
 * where the table (and the words' strings, scattered over the heap) do not. Each entry keeps the
 * word's hash, id, length and, for words up to MAX_INLINE characters, the characters themselves,
 * all in one 32-byte record, so a hit reads one cache line and no string.
 *
 * It also keeps words the table lacks (handles, hashtags, names: they recur too), stamped with
 * the table's size: the table only grows, and once it has grown such a word is looked up again.
 */
import { NO_WORD, type WordTable } from './words.js';

const ENTRIES = 1 << 13;
const MASK = ENTRIES - 1;
/** Ints per entry: two entries share a cache line. */
const STRIDE = 8;
/** Record fields, by offset in the entry. */
const HASH = 0;
/** id + 1 for a word of the table, -(size + 1) for a word it lacked when it had `size` words, 0 when empty. */
const ID = 1;
/** The bits of the capital letters of the entry's `written` string (0: none kept). */
const CAPITALS = 2;
const LENGTH = 3;
/** Where the characters start, two to an int (first in the low half). */
const CHARS = 4;
const MAX_INLINE = (STRIDE - CHARS) * 2;

export class RecentWords {
  private readonly records = new Int32Array(ENTRIES * STRIDE);
  /**
   * Per entry, two strings side by side (one cache line for both): the word, and the word as last
   * written with capitals.
   */
  private readonly strings: string[] = new Array<string>(ENTRIES * 2).fill('');
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
    const base = r * STRIDE;
    this.last = r;
    const records = this.records;
    const entry = records[base + ID] as number;
    if (
      records[base + HASH] === h &&
      (entry > 0 || (entry < 0 && -entry - 1 === this.table.size)) &&
      records[base + LENGTH] === end - start &&
      this.holds(r, s, start, end)
    ) {
      this.word = this.strings[r * 2] as string;
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
    const at = r * STRIDE + CAPITALS;
    if (this.records[at] === capitals && end - start <= 31) return this.strings[r * 2 + 1] as string;
    const text = s.slice(start, end);
    this.records[at] = capitals;
    this.strings[r * 2 + 1] = text;
    return text;
  }

  /** Whether entry `r`, of the same length, holds the slice's lower case. */
  private holds(r: number, s: string, start: number, end: number): boolean {
    if (end - start > MAX_INLINE) return sameLong(this.strings[r * 2] as string, s, start);
    const records = this.records;
    let at = r * STRIDE + CHARS;
    let k = start;
    for (; k + 1 < end; k += 2, at++) {
      if (records[at] !== (lowerAscii(s.charCodeAt(k)) | (lowerAscii(s.charCodeAt(k + 1)) << 16))) return false;
    }
    return k === end || records[at] === lowerAscii(s.charCodeAt(k));
  }

  private keep(r: number, h: number, id: number, word: string): void {
    const records = this.records;
    const base = r * STRIDE;
    records[base + HASH] = h;
    records[base + ID] = id >= 0 ? id + 1 : -(this.table.size + 1);
    records[base + CAPITALS] = 0;
    records[base + LENGTH] = word.length;
    const inline = Math.min(word.length, MAX_INLINE);
    for (let k = 0; k < inline; k += 2) {
      records[base + CHARS + k / 2] = word.charCodeAt(k) | (k + 1 < inline ? word.charCodeAt(k + 1) << 16 : 0);
    }
    this.strings[r * 2] = word;
    this.word = word;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `word` is the lower case of `s` from `start` on, for as long as `word` is. */
function sameLong(word: string, s: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== lowerAscii(s.charCodeAt(start + k))) return false;
  }
  return true;
}
