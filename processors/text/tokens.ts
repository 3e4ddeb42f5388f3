/**
 * A cheap, allocation-light tokenizer shared by every tagger: each post is tokenized once and the
 * result handed to the whole chain. compromise is reserved for the deeper analysis that needs it.
 */
import { BoundedMap } from '../../core/bounded-map.js';
import { RecentWords } from './recent-words.js';
import { HASH_SEED, hashStep, NO_WORD, WordFlag, WORDS } from './words.js';

export const TOKEN_KINDS = ['word', 'number', 'hashtag', 'mention', 'url', 'email', 'emoji', 'emoticon', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-cased; hashtags and mentions keep their sigil. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offset of the first UTF-16 code unit in the source text. */
  readonly start: number;
  /**
   * Id of `norm` in the shared word table (words.ts), so taggers index arrays instead of hashing
   * strings. Read it through `wordId`: a negative value ~n means "not among the first n words",
   * so a token made before some tagger registered its words is looked up again, not missed.
   */
  readonly id: number;
  /** What its letter case says: CAPS_* bits, worked out once here for every tagger that asks. */
  readonly caps: number;
}

/** Some letter is a capital (its text is not its norm). */
export const CAPS_ANY = 1;
/** The first character is a capital ("Exeter", "HELP"; a hashtag's or handle's sigil is not). */
export const CAPS_FIRST = 2;
/** The second UTF-16 unit is a capital, as lower-casing tells ("HELP", "#Bins"). */
export const CAPS_SECOND = 4;
/** Some letter is lower case (upper-casing changes the text). */
export const CAPS_LOWER = 8;
/** Two capital letters or more. */
export const CAPS_MANY = 16;

/** A token's CAPS_* bits from its strings (`norm` is `text` lower-cased); the hand-read chunks count their letters instead. */
export function capsOf(text: string, norm: string): number {
  if (text === norm) return text === text.toUpperCase() ? 0 : CAPS_LOWER;
  let capitals = 0;
  for (const ch of text) if (ch !== ch.toLowerCase()) capitals++;
  return (
    CAPS_ANY |
    (text.charCodeAt(0) !== norm.charCodeAt(0) ? CAPS_FIRST : 0) |
    (text.length >= 2 && text.charCodeAt(1) !== norm.charCodeAt(1) ? CAPS_SECOND : 0) |
    (text !== text.toUpperCase() ? CAPS_LOWER : 0) |
    (capitals >= 2 ? CAPS_MANY : 0)
  );
}

/** CAPS_* bits of a hand-read chunk: its ASCII capitals and lower-case letters counted, and its first two units. */
function asciiCaps(raw: string, start: number, upper: number, lower: number): number {
  if (upper === 0) return lower === 0 ? 0 : CAPS_LOWER;
  return (
    CAPS_ANY |
    (isAsciiCapital(raw.charCodeAt(start)) ? CAPS_FIRST : 0) |
    (isAsciiCapital(raw.charCodeAt(start + 1)) ? CAPS_SECOND : 0) |
    (lower === 0 ? 0 : CAPS_LOWER) |
    (upper >= 2 ? CAPS_MANY : 0)
  );
}

export interface TextView {
  readonly raw: string;
  readonly lower: string;
  readonly tokens: readonly Token[];
}

/** The token's id in the shared word table, or NO_WORD when no tagger knows its `norm`. */
export function wordId(t: Token): number {
  const id = t.id;
  if (id >= 0) return id;
  return ~id >= WORDS.size ? NO_WORD : WORDS.find(t.norm);
}

const CURLY_APOSTROPHE = 0x2019;

/** Whether a word holds a curly apostrophe (a hand loop: `includes` costs more on a short word). */
export function hasCurlyApostrophe(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === CURLY_APOSTROPHE) return true;
  return false;
}

const CURLY = new WordFlag(hasCurlyApostrophe);
/** The tokenizer's lookups go through a small cache of the table (recent-words.ts). */
const RECENT = new RecentWords(WORDS);

/**
 * The id of the token's norm with curly apostrophes made straight ("can’t" -> "can't"), the way
 * word lists spell them; NO_WORD when that form is not in the table.
 */
export function straightWordId(t: Token): number {
  const id = wordId(t);
  return CURLY.of(id, t.norm) ? straightFormId(t.norm) : id;
}

/** The id of a lower-case word's form with straight apostrophes, or NO_WORD. */
export function straightFormId(norm: string): number {
  return WORDS.find(norm.replaceAll('\u2019', "'"));
}

// Order matters: the first alternative that matches at a position wins. The groups are numbered in
// TOKEN_KINDS order (every other group is non-capturing).
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<mention>@[\w_]{1,30}(?:@[\w.-]+)?)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]+)`,
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=8][-o*']?[)(\]\[dDpP\/\\|@3]+|<3+|[)(\]\[\/\\|][-o*']?[:;=8])(?![\p{L}\p{N}]))`,
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|k|m)?)`,
    String.raw`(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|[\u{1F1E6}-\u{1F1FF}]{2})`,
    String.raw`(?<punct>[!?]+|[.…]+|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);
const GROUP_ORDER: readonly TokenKind[] = ['url', 'email', 'mention', 'hashtag', 'emoticon', 'number', 'word', 'emoji', 'punct'];

/**
 * No token spans white space, so the text is cut at white space first. The common chunks (an
 * ASCII word, maybe with ' or - inside and closing punctuation after; a plain #tag or @handle; a
 * plain number) are read by hand, where the pattern provably gives the same tokens; the rest go
 * through the full Unicode pattern with their offsets. The result is the same as running TOKEN_RE
 * over the whole text (a test holds it to that).
 */
export function tokenize(raw: string): TextView {
  const tokens: Token[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    if (isSpace(raw.charCodeAt(i))) i++;
    else i = chunkTokens(raw, i, tokens);
  }
  return new View(raw, tokens);
}

/** `lower` is built on first use: most posts meet no tagger that reads it. */
class View implements TextView {
  private lowered: string | undefined;

  constructor(
    readonly raw: string,
    readonly tokens: readonly Token[],
  ) {}

  get lower(): string {
    return (this.lowered ??= this.raw.toLowerCase());
  }
}

/** The reference: the pattern over the whole text in one pass (for tests). */
export function tokenizeReference(raw: string): Token[] {
  const tokens: Token[] = [];
  regexTokens(raw, 0, tokens);
  return tokens;
}

const HASH = 35;
const AT = 64;
const EIGHT = 56;
const MAX_HANDLE = 30;

/** Tokens of the chunk starting at `start` (up to white space); returns where the chunk ends. */
function chunkTokens(raw: string, start: number, out: Token[]): number {
  const c = raw.charCodeAt(start);
  const end =
    c === HASH || c === AT
      ? sigilChunk(raw, start, out)
      : isAsciiLetter(c)
        ? wordChunk(raw, start, out)
        : isAsciiDigit(c) && c !== EIGHT
          ? numberChunk(raw, start, out)
          : -1;
  if (end >= 0) return end;
  let chunkEnd = start + 1;
  while (chunkEnd < raw.length && !isSpace(raw.charCodeAt(chunkEnd))) chunkEnd++;
  for (const t of patternTokens(raw.slice(start, chunkEnd))) out.push(makeToken(t.text, t.norm, t.kind, start + t.start, t.id, t.caps));
  return chunkEnd;
}

/**
 * The pattern is slow (a Unicode regex of nine alternatives) and the chunks it is left with repeat
 * (emoji, road numbers, "@council.gov.uk", "6th"), so its tokens are kept per chunk, with offsets
 * from the chunk's start. Ids depend on the table's size (see Token.id), so the memo is dropped
 * when the table grows.
 */
const CHUNK_MEMO_MAX = 4096;
let chunkMemo = new BoundedMap<string, readonly Token[]>(CHUNK_MEMO_MAX);

/**
 * Ids of the one-character punctuation marks closing a word (, ; : . ! ?), by character code:
 * id + 1 for a word of the table, 0 when not looked up since the table last grew.
 */
const markIds = new Int32Array(64);

/** The table's size when the memos above were last emptied. */
let memoTableSize = WORDS.size;

/** Ids depend on the table's size (see Token.id): the memos that keep them are emptied when it grows. */
function forgetIdsIfTableGrew(): void {
  if (memoTableSize === WORDS.size) return;
  chunkMemo = new BoundedMap<string, readonly Token[]>(CHUNK_MEMO_MAX);
  markIds.fill(0);
  memoTableSize = WORDS.size;
}

function patternTokens(chunk: string): readonly Token[] {
  forgetIdsIfTableGrew();
  const known = chunkMemo.get(chunk);
  if (known !== undefined) return known;
  const tokens: Token[] = [];
  regexTokens(chunk, 0, tokens);
  return chunkMemo.set(chunk, tokens);
}

/**
 * ASCII letters, possibly joined by ' ’ or - between letters ("don't", "fly-tipping"), then maybe
 * closing punctuation. No earlier alternative of the pattern can match at a letter here (none of
 * URL, e-mail, emoticon needs only these characters), and the word alternative takes it all.
 * Returns the chunk's end, or -1 when the chunk has another shape (nothing is pushed then).
 */
function wordChunk(raw: string, start: number, out: Token[]): number {
  const n = raw.length;
  let i = start;
  let capitals = 0;
  let upper = 0;
  let joiners = 0;
  let h = HASH_SEED;
  for (;;) {
    for (; i < n; i++) {
      let c = raw.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        capitals |= 1 << (i - start);
        upper++;
        c += 32;
      } else if (c < 97 || c > 122) break;
      h = hashStep(h, c);
    }
    if (i + 1 < n && isJoiner(raw.charCodeAt(i)) && isAsciiLetter(raw.charCodeAt(i + 1))) {
      h = hashStep(h, raw.charCodeAt(i++));
      joiners++;
    } else break;
  }
  const caps = asciiCaps(raw, start, upper, i - start - joiners - upper);
  return finishChunk(raw, start, i, 'word', capitals, caps, h, out);
}

/**
 * "#" or "@" and ASCII letters, digits or _ (a handle of at most 30), then maybe closing
 * punctuation: the hashtag or mention alternative takes the whole run.
 */
function sigilChunk(raw: string, start: number, out: Token[]): number {
  const n = raw.length;
  let i = start + 1;
  let capitals = 0;
  let upper = 0;
  let lower = 0;
  let h = hashStep(HASH_SEED, raw.charCodeAt(start));
  for (; i < n; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      capitals |= 1 << (i - start);
      upper++;
      c += 32;
    } else if (c >= 97 && c <= 122) lower++;
    else if (!(isAsciiDigit(c) || c === 95)) break;
    h = hashStep(h, c);
  }
  const mention = raw.charCodeAt(start) === AT;
  if (i === start + 1 || (mention && i - start - 1 > MAX_HANDLE)) return -1;
  return finishChunk(raw, start, i, mention ? 'mention' : 'hashtag', capitals, asciiCaps(raw, start, upper, lower), h, out);
}

/** Digits (not opening with 8, which can start an emoticon: "83"), then maybe closing punctuation. */
function numberChunk(raw: string, start: number, out: Token[]): number {
  const n = raw.length;
  let i = start;
  let h = HASH_SEED;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (!isAsciiDigit(c)) break;
    h = hashStep(h, c);
  }
  return finishChunk(raw, start, i, 'number', 0, 0, h, out);
}

/**
 * The token [start, end) read by hand, when what follows it up to white space is nothing or
 * closing punctuation: pushes both and returns the chunk's end, else -1 and pushes nothing. The
 * token's lower case is the ASCII lower case, `h` the hash of that, `capitals` the bits of its
 * capital letters (by offset; they wrap past 31), `caps` its CAPS_* bits: its strings are the
 * cache's (no lower-casing, and no copy when written as last time), known word or not.
 */
function finishChunk(
  raw: string,
  start: number,
  end: number,
  kind: TokenKind,
  capitals: number,
  caps: number,
  h: number,
  out: Token[],
): number {
  const chunkEnd = end === raw.length || isSpace(raw.charCodeAt(end)) ? end : closingEnd(raw, end);
  if (chunkEnd < 0) return -1;
  const id = RECENT.find(h, raw, start, end);
  const norm = RECENT.word;
  const text = capitals === 0 ? norm : RECENT.asWritten(raw, start, end, capitals);
  out.push(makeToken(text, norm, kind, start, id >= 0 ? id : ~WORDS.size, caps));
  if (chunkEnd > end) pushPunct(raw, end, chunkEnd, out);
  return chunkEnd;
}

/**
 * Punctuation the pattern gives as one token after a word: a run of ! and ?, a run of dots, or one
 * of , ; : (an emoticon cannot start there: it needs no letter or digit before it and more after).
 * Returns where the chunk ends if the rest of it, from `i` to white space, is that; else -1.
 */
function closingEnd(raw: string, i: number): number {
  const n = raw.length;
  const c = raw.charCodeAt(i);
  if (c === 44 || c === 59 || c === 58) return i + 1 === n || isSpace(raw.charCodeAt(i + 1)) ? i + 1 : -1;
  const dots = c === 46;
  if (!dots && c !== 33 && c !== 63) return -1;
  let k = i + 1;
  for (; k < n; k++) {
    const d = raw.charCodeAt(k);
    if (isSpace(d)) break;
    if (dots ? d !== 46 : d !== 33 && d !== 63) return -1;
  }
  return k;
}

function pushPunct(raw: string, start: number, end: number, out: Token[]): void {
  const text = raw.slice(start, end);
  out.push(end - start === 1 ? markToken(text, start) : withId(text, text, 'punct', start, 0));
}

function markToken(text: string, start: number): Token {
  forgetIdsIfTableGrew();
  const c = text.charCodeAt(0);
  let v = markIds[c] as number;
  if (v === 0) {
    v = WORDS.find(text) + 1;
    if (v === 0) return makeToken(text, text, 'punct', start, ~WORDS.size, 0);
    markIds[c] = v;
  }
  return makeToken(text, text, 'punct', start, v - 1, 0);
}

function regexTokens(text: string, offset: number, out: Token[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const norm = m[0].toLowerCase();
    out.push(withId(m[0], norm, kindOf(m), offset + m.index, capsOf(m[0], norm)));
  }
}

function kindOf(m: RegExpExecArray): TokenKind {
  for (let g = 1; g <= GROUP_ORDER.length; g++) if (m[g] !== undefined) return GROUP_ORDER[g - 1] as TokenKind;
  return 'punct';
}

/**
 * Looks the norm up (the pattern's tokens, which the chunk memo keeps, and runs of marks); a known
 * one is swapped for the table's string, so the fresh copy dies young.
 */
function withId(text: string, norm: string, kind: TokenKind, start: number, caps: number): Token {
  const id = WORDS.find(norm);
  if (id < 0) return makeToken(text, norm, kind, start, ~WORDS.size, caps);
  const known = WORDS.word(id);
  return makeToken(text === norm ? known : text, known, kind, start, id, caps);
}

/** Every token is built here, so all share one shape (property access stays monomorphic). */
function makeToken(text: string, norm: string, kind: TokenKind, start: number, id: number, caps: number): Token {
  return { text, norm, kind, start, id, caps };
}

const SPACE_ASCII = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) SPACE_ASCII[c] = 1;

/** White space as the regex \s has it (a test checks every code unit). */
export function isSpace(c: number): boolean {
  if (c < 128) return SPACE_ASCII[c] === 1;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ' ’ - */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}
