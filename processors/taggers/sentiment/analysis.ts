import { straightWordId, wordId, type TextView, type Token, type TokenKind } from '../../text/tokens.js';
import { NO_WORD, WordFlag, WORDS } from '../../text/words.js';
import { NO_ENTRY, type LexEntry, type SentimentLexicon } from './lexicon.js';

export const ITEM_KINDS = ['word', 'number', 'hashtag', 'emoji', 'emoticon'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const KIND_EMOJI = 3;

/** Index in ITEM_KINDS, or -1 for tokens that are not items (a switch beats a keyed lookup here). */
function kindCode(kind: TokenKind): number {
  switch (kind) {
    case 'word':
      return 0;
    case 'number':
      return 1;
    case 'hashtag':
      return 2;
    case 'emoji':
      return 3;
    case 'emoticon':
      return 4;
    default:
      return -1;
  }
}

/**
 * The per-post working state of the scorer: the sentiment-bearing tokens ("items": words, numbers,
 * hashtags, emoji, emoticons; mentions, links and punctuation dropped) with their per-item flags and
 * valences, plus the post-level figures the rules produce. Buffers are reused from post to post, so
 * an Analysis belongs to one scorer and is only valid until its next call.
 */
export interface Analysis {
  n: number;
  readonly keys: string[];
  /** Shared word id of each key (text/words.ts), or NO_WORD. */
  ids: Int32Array;
  /** The lexicon entry of each key (NO_ENTRY when unknown). */
  readonly entries: LexEntry[];
  kinds: Uint8Array;
  /** ALL-CAPS word of two letters or more. */
  upper: Uint8Array;
  /** Clause punctuation (. , ; : ! ? …) sits between this item and the one before. */
  boundary: Uint8Array;
  /** A negator ("not", "never", "isn't") or contraction in n't. */
  negator: Uint8Array;
  /** Inside a negator's clause, after the negator. */
  negScope: Uint8Array;
  /** Part of a matched phrase or a hand-set domain word: the learnt n-gram features skip it. */
  covered: Uint8Array;
  valence: Float64Array;
  /** Index of the first contrast word ("but", "however"), or -1. */
  contrastAt: number;
  capsWords: number;
  letterWords: number;
  exclaim: number;
  question: number;
  /** Sum of valences after every rule, including punctuation emphasis. */
  sum: number;
  /** VADER's normalised sum, -1..1. */
  compound: number;
  posSum: number;
  negSum: number;
  posCount: number;
  negCount: number;
  /** Strongest positive and negative item valences after the rules (0 when none). */
  maxPos: number;
  minNeg: number;
  /** Net valence of emoji and emoticons alone. */
  iconSum: number;
  negators: number;
}

export function createAnalysis(capacity = 256): Analysis {
  return {
    n: 0,
    keys: [],
    ids: new Int32Array(capacity),
    entries: [],
    kinds: new Uint8Array(capacity),
    upper: new Uint8Array(capacity),
    boundary: new Uint8Array(capacity),
    negator: new Uint8Array(capacity),
    negScope: new Uint8Array(capacity),
    covered: new Uint8Array(capacity),
    valence: new Float64Array(capacity),
    contrastAt: -1,
    capsWords: 0,
    letterWords: 0,
    exclaim: 0,
    question: 0,
    sum: 0,
    compound: 0,
    posSum: 0,
    negSum: 0,
    posCount: 0,
    negCount: 0,
    maxPos: 0,
    minNeg: 0,
    iconSum: 0,
    negators: 0,
  };
}

/** Fills `a` with the items of `view` and their flags; valences are left at zero for the rules. */
export function collectItems(view: TextView, lex: SentimentLexicon, a: Analysis): void {
  const tokens = view.tokens;
  if (tokens.length > a.kinds.length) grow(a, tokens.length);
  resetSummary(a);
  let n = 0;
  let pendingBoundary = 0;
  let inNegation = 0;
  for (const t of tokens) {
    const kind = kindCode(t.kind);
    if (kind < 0) {
      if (t.kind === 'punct') pendingBoundary |= countPunct(t.text, a);
      continue;
    }
    const id = keyIdOf(t);
    const key = keyOf(t, id);
    const e = lex.known.has(id) ? (lex.byWord[id] as LexEntry) : NO_ENTRY;
    a.keys[n] = key;
    a.ids[n] = id;
    a.entries[n] = e;
    a.kinds[n] = kind;
    a.boundary[n] = pendingBoundary;
    if (pendingBoundary === 1) inNegation = 0;
    pendingBoundary = 0;
    const caps = kind === 0 || kind === 2 ? capsOf(t.text) : 0;
    if (caps !== 0) a.letterWords++;
    a.upper[n] = caps === 2 ? 1 : 0;
    if (caps === 2) a.capsWords++;
    const negator = e.negator || (e === NO_ENTRY && CONTRACTED_NOT.of(id, key)) ? 1 : 0;
    a.negator[n] = negator;
    a.negators += negator;
    a.negScope[n] = inNegation;
    a.covered[n] = 0;
    a.valence[n] = 0;
    if (e.contrast) {
      inNegation = 0;
      if (a.contrastAt < 0) a.contrastAt = n;
    } else if (negator === 1) inNegation = 1;
    n++;
  }
  a.n = n;
}

function resetSummary(a: Analysis): void {
  a.contrastAt = -1;
  a.capsWords = 0;
  a.letterWords = 0;
  a.exclaim = 0;
  a.question = 0;
  a.sum = 0;
  a.compound = 0;
  a.posSum = 0;
  a.negSum = 0;
  a.posCount = 0;
  a.negCount = 0;
  a.maxPos = 0;
  a.minNeg = 0;
  a.iconSum = 0;
  a.negators = 0;
}

function grow(a: Analysis, size: number): void {
  const capacity = Math.max(size, a.kinds.length * 2);
  a.ids = new Int32Array(capacity);
  a.kinds = new Uint8Array(capacity);
  a.upper = new Uint8Array(capacity);
  a.boundary = new Uint8Array(capacity);
  a.negator = new Uint8Array(capacity);
  a.negScope = new Uint8Array(capacity);
  a.covered = new Uint8Array(capacity);
  a.valence = new Float64Array(capacity);
}

/** Counts ! and ? for emphasis; returns 1 when the token ends a clause. */
function countPunct(text: string, a: Analysis): number {
  let clause = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) a.exclaim++;
    else if (c === 63) a.question++;
    if (c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026) clause = 1;
  }
  return clause;
}

/** Kept by word id, so a post does not search every word's text again. */
const CONTRACTED_NOT = new WordFlag((w) => w.includes("n't"));

/** The lexicon key of a token: a hashtag's body, a word with straight apostrophes; `id` is keyIdOf's. */
function keyOf(t: Token, id: number): string {
  if (id !== NO_WORD) return WORDS.word(id);
  if (t.kind === 'hashtag') return t.norm.slice(1);
  if (t.kind === 'word' && t.norm.includes('\u2019')) return t.norm.replaceAll('\u2019', "'");
  return t.norm;
}

/** The shared word id of keyOf(t), found without building the key in the common cases. */
function keyIdOf(t: Token): number {
  if (t.kind === 'hashtag') return WORDS.findSlice(t.norm, 1, t.norm.length);
  return t.kind === 'word' ? straightWordId(t) : wordId(t);
}

/** 0: no letters; 1: has lower case or a single letter; 2: ALL CAPS with two letters or more. */
function capsOf(text: string): number {
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return 1;
    if (c >= 65 && c <= 90) upper++;
    else if (c > 127 && text[i] !== text[i]?.toUpperCase()) return 1;
  }
  if (upper === 0) return 0;
  return upper >= 2 ? 2 : 1;
}
