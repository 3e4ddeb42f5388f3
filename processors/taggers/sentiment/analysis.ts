import { CAPS_ANY, CAPS_LOWER, CAPS_MANY, straightFormId, wordId, type TextView, type Token, type TokenKind } from '../../text/tokens.js';
import { NO_WORD, WORDS } from '../../text/words.js';
import { LexFlag, type SentimentLexicon } from './lexicon.js';
import {
  FACT_CONTRACTED_NOT,
  FACT_CURLY,
  FACT_STRETCHED,
  KEY_FACTS,
  LEX_BITS,
  OUTSIDE_CONTRACTED_NOT,
  OUTSIDE_CURLY,
  OUTSIDE_STRETCHED,
  outsideFacts,
} from './word-facts.js';

export const ITEM_KINDS = ['word', 'number', 'hashtag', 'emoji', 'emoticon'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_HASHTAG = 2;
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
  /** The post, and the index in its tokens of each item (its key, when needed, comes from keyAt). */
  view: TextView;
  at: Int32Array;
  /** Shared word id of each item's key (text/words.ts), or NO_WORD. */
  ids: Int32Array;
  /** The lexicon entry (a word id) each item's rules read, or -1 when none. */
  entries: Int32Array;
  /**
   * The facts of each item's key (word-facts.ts): its entry's LexFlag bits (0 when none) and what the
   * phrase rules ask of it, and for a word what its text says; the rules read them here.
   */
  facts: Uint16Array;
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
  /**
   * The items the valence rules act on, in order (the first `ruled` slots): those with a lexicon
   * entry, emoji (a skin tone or selector may hide one) and stretched words ("sooo"). The rules
   * leave every other item's valence at zero, so they and the sums skip them.
   */
  ruled: number;
  ruledAt: Int32Array;
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

const EMPTY_VIEW: TextView = { raw: '', lower: '', tokens: [] };

export function createAnalysis(capacity = 256): Analysis {
  return {
    n: 0,
    view: EMPTY_VIEW,
    at: new Int32Array(capacity),
    ids: new Int32Array(capacity),
    entries: new Int32Array(capacity),
    facts: new Uint16Array(capacity),
    kinds: new Uint8Array(capacity),
    upper: new Uint8Array(capacity),
    boundary: new Uint8Array(capacity),
    negator: new Uint8Array(capacity),
    negScope: new Uint8Array(capacity),
    covered: new Uint8Array(capacity),
    valence: new Float64Array(capacity),
    ruled: 0,
    ruledAt: new Int32Array(capacity),
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
  a.view = view;
  const { at, ids, entries, facts, kinds, upper, boundary, negator, negScope, covered, valence, ruledAt } = a;
  let n = 0;
  let ruled = 0;
  let pendingBoundary = 0;
  let inNegation = 0;
  let letterWords = 0;
  let capsWords = 0;
  let negators = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const kind = kindCode(t.kind);
    if (kind < 0) {
      if (t.kind === 'punct') pendingBoundary |= countPunct(t.text, a);
      continue;
    }
    let id: number;
    let f: number;
    if (kind === KIND_WORD) {
      KEY.read(t, lex);
      id = KEY.id;
      f = KEY.facts;
    } else {
      id = kind === KIND_HASHTAG ? WORDS.findSlice(t.norm, 1, t.norm.length) : wordId(t);
      // Only a word's text facts apply to it (a hashtag or emoji is not "stretched" or "n't").
      f = id >= 0 ? lex.words.of(id) & KEY_FACTS : 0;
    }
    const bits = f & LEX_BITS;
    at[n] = k;
    ids[n] = id;
    entries[n] = bits === 0 ? -1 : id;
    facts[n] = f;
    kinds[n] = kind;
    boundary[n] = pendingBoundary;
    if (pendingBoundary === 1) inNegation = 0;
    pendingBoundary = 0;
    const caps = kind === KIND_WORD || kind === KIND_HASHTAG ? capsLevel(t.caps) : 0;
    if (caps !== 0) letterWords++;
    upper[n] = caps === 2 ? 1 : 0;
    if (caps === 2) capsWords++;
    const neg = (bits & LexFlag.negator) !== 0 || (bits === 0 && (f & FACT_CONTRACTED_NOT) !== 0) ? 1 : 0;
    negator[n] = neg;
    negators += neg;
    negScope[n] = inNegation;
    covered[n] = 0;
    valence[n] = 0;
    if (bits !== 0 || kind === KIND_EMOJI || (f & FACT_STRETCHED) !== 0) ruledAt[ruled++] = n;
    if ((bits & LexFlag.contrast) !== 0) {
      inNegation = 0;
      if (a.contrastAt < 0) a.contrastAt = n;
    } else if (neg === 1) inNegation = 1;
    n++;
  }
  a.n = n;
  a.ruled = ruled;
  a.letterWords = letterWords;
  a.capsWords = capsWords;
  a.negators = negators;
}

/**
 * Reads a word token's key (the id of its form with straight apostrophes) and facts (word-facts.ts);
 * the last answer stays in `id` and `facts`, so no object is made per word. A word outside the table
 * (or whose straight form is) has no entry, and its text is read once for the n't and stretch facts
 * the table would give.
 */
class WordKeyReader {
  id = NO_WORD;
  facts = 0;

  read(t: Token, lex: SentimentLexicon): void {
    const words = lex.words;
    const own = wordId(t);
    let outside = -1;
    if (own !== NO_WORD) {
      const f = words.of(own);
      if ((f & FACT_CURLY) === 0) {
        this.id = own;
        this.facts = f;
        return;
      }
      this.id = straightFormId(t.norm);
    } else {
      outside = outsideFacts(t.norm);
      this.id = (outside & OUTSIDE_CURLY) !== 0 ? straightFormId(t.norm) : NO_WORD;
    }
    if (this.id >= 0) {
      this.facts = words.of(this.id);
      return;
    }
    const text = outside >= 0 ? outside : outsideFacts(t.norm);
    this.facts =
      ((text & OUTSIDE_CONTRACTED_NOT) !== 0 ? FACT_CONTRACTED_NOT : 0) | ((text & OUTSIDE_STRETCHED) !== 0 ? FACT_STRETCHED : 0);
  }
}

const KEY = new WordKeyReader();

/**
 * How a word or hashtag is cased, as the caps rules count it: 2 for ALL CAPS (two capitals or more,
 * no lower case), 1 for any other word with a letter, 0 for none. The tokenizer worked it out.
 */
function capsLevel(caps: number): number {
  if ((caps & CAPS_LOWER) !== 0) return 1;
  if ((caps & CAPS_MANY) !== 0) return 2;
  return (caps & CAPS_ANY) !== 0 ? 1 : 0;
}

/** Whether word item i is stretched ("sooo"): three or more of a character in a row. */
export function isStretched(a: Analysis, i: number): boolean {
  return ((a.facts[i] as number) & FACT_STRETCHED) !== 0;
}

/** The lexicon key of item i: a hashtag's body, a word with straight apostrophes. */
export function keyAt(a: Analysis, i: number): string {
  const id = a.ids[i] as number;
  return id !== NO_WORD ? WORDS.word(id) : keyOf(a.view.tokens[a.at[i] as number] as Token);
}

function keyOf(t: Token): string {
  if (t.kind === 'hashtag') return t.norm.slice(1);
  if (t.kind === 'word' && t.norm.includes('\u2019')) return t.norm.replaceAll('\u2019', "'");
  return t.norm;
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
  a.at = new Int32Array(capacity);
  a.ids = new Int32Array(capacity);
  a.entries = new Int32Array(capacity);
  a.facts = new Uint16Array(capacity);
  a.kinds = new Uint8Array(capacity);
  a.upper = new Uint8Array(capacity);
  a.boundary = new Uint8Array(capacity);
  a.negator = new Uint8Array(capacity);
  a.negScope = new Uint8Array(capacity);
  a.covered = new Uint8Array(capacity);
  a.valence = new Float64Array(capacity);
  a.ruledAt = new Int32Array(capacity);
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
