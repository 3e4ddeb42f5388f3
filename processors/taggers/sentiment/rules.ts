import { WORDS } from '../../text/words.js';
import { isStretched, KIND_EMOJI, KIND_WORD, keyAt, type Analysis } from './analysis.js';
import { entryOf, LexFlag, type SentimentLexicon } from './lexicon.js';
import { B_INCR, C_INCR, N_SCALAR } from './vocab.js';
import { FACT_ONE_WORD_PHRASE, FACT_PHRASE_SECOND, KEY_FACTS, LEX_BITS } from './word-facts.js';

/**
 * VADER's valence rules (Hutto & Gilbert 2014) over the shared tokens, plus phrases, elongation
 * ("sooo baaad") and an optional clause limit on the look-back window.
 */
export interface RuleOptions {
  /** Boosters and negators do not reach across clause punctuation ("Not now. Great job"). */
  readonly clauseScope: boolean;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { clauseScope: true };

const ELONGATED_ALL = /(.)\1{2,}/g;

const RULE_WORDS = ['kind', 'sort', 'of', 'no', 'or', 'nor', 'so', 'this', 'never', 'doubt', 'without', 'least', 'at', 'very'] as const;
type RuleWord = (typeof RULE_WORDS)[number];
/** Shared word ids of the words the rules test for: items compare as numbers, not strings. */
const W = Object.fromEntries(RULE_WORDS.map((w) => [w, WORDS.add(w)])) as Readonly<Record<RuleWord, number>>;
/** Presentation selector, skin tones and gendered ZWJ suffixes. */
const EMOJI_VARIANTS = /\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D[\u2640\u2642]/gu;

export function applyRules(a: Analysis, lex: SentimentLexicon, opts: RuleOptions): void {
  const capDiff = a.capsWords > 0 && a.capsWords < a.letterWords;
  const { ruled, ruledAt } = a;
  // Items before `next` belong to a phrase already matched.
  let next = 0;
  for (let r = 0; r < ruled; r++) {
    const i = ruledAt[r] as number;
    if (i < next) continue;
    let e = a.entries[i] as number;
    const bits = (a.facts[i] as number) & LEX_BITS;
    if ((bits & LexFlag.booster) !== 0 || isTwoWordBooster(a, i)) continue;
    if ((bits & LexFlag.phrases) !== 0 && mayStartPhrase(a, i)) {
      const len = matchPhrase(a, lex, i);
      if (len > 0) {
        a.valence[i] = modifiers(a, lex, i, a.valence[i] as number, capDiff, opts);
        next = i + len;
        continue;
      }
    }
    if (e < 0) e = variant(a, lex, i);
    if (e < 0) continue;
    const v = lex.valence[e] as number;
    if (v !== v) continue; // NaN: no valence
    if (((lex.flags[e] as number) & LexFlag.domain) !== 0) a.covered[i] = 1;
    a.valence[i] = wordValence(a, lex, i, v, capDiff, opts);
  }
  if (a.contrastAt >= 0) applyContrast(a);
  summarise(a);
}

function isTwoWordBooster(a: Analysis, i: number): boolean {
  const id = a.ids[i];
  return (id === W.kind || id === W.sort) && i + 1 < a.n && a.ids[i + 1] === W.of;
}

/**
 * False when no phrase can start at item i (a key with phrases, its entry): its next item rules
 * them out. (The items' facts say whether each is a one-word phrase or can come second in one.)
 */
function mayStartPhrase(a: Analysis, i: number): boolean {
  if (((a.facts[i] as number) & FACT_ONE_WORD_PHRASE) !== 0) return true;
  return i + 1 < a.n && a.boundary[i + 1] === 0 && ((a.facts[i + 1] as number) & FACT_PHRASE_SECOND) !== 0;
}

/**
 * Marks the longest phrase starting at i; its valence goes on its first item. Returns its length.
 * Reads the key's run of the packed phrases (phrase-code.ts) in place: the same phrases in the same
 * order, and the same tests at each position, as walking the Phrase lists.
 */
function matchPhrase(a: Analysis, lex: SentimentLexicon, i: number): number {
  const { code, valences } = lex.phraseCode;
  let q = lex.phraseAt[a.entries[i] as number] as number;
  for (let c = code[q++] as number; c > 0; c--) {
    const len = code[q] as number;
    const next = code[q + 2] as number;
    if (i + len <= a.n && restMatches(a, code, q + 3, i, len)) {
      for (let j = 0; j < len; j++) a.covered[i + j] = 1;
      a.valence[i] = valences[code[q + 1] as number] as number;
      return len;
    }
    q = next;
  }
  return 0;
}

/** Whether items i+1 .. i+len-1 match the phrase positions coded from `q` (none after a boundary). */
function restMatches(a: Analysis, code: Int32Array, q: number, i: number, len: number): boolean {
  for (let j = 1; j < len; j++) {
    const count = code[q] as number;
    if (a.boundary[i + j] !== 0 || !hasAlternative(code, q + 1, count, a.ids[i + j] as number)) return false;
    q += 1 + count;
  }
  return true;
}

/** Whether `id` is among the `count` word ids at `from` in `code`. */
function hasAlternative(code: Int32Array, from: number, count: number, id: number): boolean {
  for (let k = from; k < from + count; k++) if (code[k] === id) return true;
  return false;
}

/**
 * An unknown key may be a variant of a known one: an emoji with a skin tone or presentation
 * selector, or a stretched word ("sooo gooood"), where the stretch itself is emphasis. Returns the
 * entry to score it by, or -1.
 */
function variant(a: Analysis, lex: SentimentLexicon, i: number): number {
  const kind = a.kinds[i];
  if (kind === KIND_EMOJI) {
    const key = keyAt(a, i);
    const base = key.replace(EMOJI_VARIANTS, '');
    return base === key ? -1 : entryOf(lex, WORDS.find(base));
  }
  if (kind !== KIND_WORD || !isStretched(a, i)) return -1;
  const key = keyAt(a, i);
  for (const shorter of [key.replace(ELONGATED_ALL, '$1$1'), key.replace(ELONGATED_ALL, '$1')]) {
    const id = WORDS.find(shorter);
    const e = entryOf(lex, id);
    if (e < 0 || lex.valence[e] !== lex.valence[e]) continue;
    a.ids[i] = id;
    a.entries[i] = e;
    a.facts[i] = lex.words.of(id) & KEY_FACTS;
    a.valence[i] = (lex.valence[e] as number) > 0 ? B_INCR : -B_INCR;
    return e;
  }
  return -1;
}

function wordValence(a: Analysis, lex: SentimentLexicon, i: number, base: number, capDiff: boolean, opts: RuleOptions): number {
  // An elongation left its emphasis in the valence slot.
  let v = base + (a.valence[i] as number);
  // "no" before a sentiment word negates it rather than counting as a negative word itself.
  if (a.ids[i] === W.no && i + 1 < a.n && a.boundary[i + 1] === 0 && hasValence(a, i + 1)) v = 0;
  if (precededByNo(a, i)) v = v * N_SCALAR;
  if (a.upper[i] === 1 && capDiff) v += v > 0 ? C_INCR : -C_INCR;
  return modifiers(a, lex, i, v, capDiff, opts);
}

function hasValence(a: Analysis, i: number): boolean {
  return ((a.facts[i] as number) & LexFlag.valence) !== 0;
}

/** Only boosters have a booster value: the flag answers for every other item without reading it. */
function boosterOf(a: Analysis, lex: SentimentLexicon, j: number): number {
  return ((a.facts[j] as number) & LexFlag.booster) === 0 ? 0 : (lex.booster[a.entries[j] as number] as number);
}

function precededByNo(a: Analysis, i: number): boolean {
  const k = a.ids;
  if (i > 0 && k[i - 1] === W.no && a.boundary[i] === 0) return true;
  if (i > 1 && k[i - 2] === W.no && a.boundary[i] === 0 && a.boundary[i - 1] === 0) return true;
  return i > 2 && k[i - 3] === W.no && (k[i - 1] === W.or || k[i - 1] === W.nor);
}

/** Boosters and negators in the three items before i (VADER's window), then "least". */
function modifiers(a: Analysis, lex: SentimentLexicon, i: number, valence: number, capDiff: boolean, opts: RuleOptions): number {
  let v = valence;
  // An emoji is the writer's reaction, outside the grammar: "not emptied 😡" is not "not 😡".
  if (v === 0 || (a.kinds[i] as number) >= KIND_EMOJI) return v;
  for (let d = 0; d < 3 && i > d; d++) {
    if (opts.clauseScope && a.boundary[i - d] === 1) break;
    const j = i - d - 1;
    // A preceding sentiment word is scored in its own right, not as a modifier (boosters excepted:
    // "bloody" boosts in British use whatever its own valence).
    const b = boosterOf(a, lex, j);
    if (b === 0 && hasValence(a, j)) continue;
    let s = b === 0 ? 0 : boost(a, j, b, v, capDiff);
    if (d === 1) s *= 0.95;
    else if (d === 2) s *= 0.9;
    v += s;
    v = negation(a, i, d, v);
  }
  return least(a, i, v);
}

function boost(a: Analysis, j: number, b: number, valence: number, capDiff: boolean): number {
  let s = valence < 0 ? -b : b;
  if (a.upper[j] === 1 && capDiff) s += valence < 0 ? -C_INCR : C_INCR;
  return s;
}

function negation(a: Analysis, i: number, d: number, v: number): number {
  const k = a.ids;
  if (d === 0) return negates(a, i - 1) ? v * N_SCALAR : v;
  const far = k[i - d - 1];
  // "never so good" and "without doubt" intensify rather than negate.
  const soThis = k[i - 1] === W.so || k[i - 1] === W.this || (d === 2 && (k[i - 2] === W.so || k[i - 2] === W.this));
  if (far === W.never && soThis) return v * 1.25;
  const doubt = k[i - 1] === W.doubt || (d === 2 && k[i - 2] === W.doubt);
  if (far === W.without && doubt) return v;
  return negates(a, i - d - 1) ? v * N_SCALAR : v;
}

/** A negator that a phrase has claimed ("not fit for purpose") has done its work there. */
function negates(a: Analysis, j: number): boolean {
  return a.negator[j] === 1 && a.covered[j] === 0;
}

function least(a: Analysis, i: number, v: number): number {
  const k = a.ids;
  if (i < 1 || k[i - 1] !== W.least || hasValence(a, i - 1)) return v;
  if (i > 1 && (k[i - 2] === W.at || k[i - 2] === W.very)) return v;
  return v * N_SCALAR;
}

/** "but": the clause before counts half, the clause after half again. */
function applyContrast(a: Analysis): void {
  const at = a.contrastAt;
  for (let r = 0; r < a.ruled; r++) {
    const i = a.ruledAt[r] as number;
    if (i < at) a.valence[i] = (a.valence[i] as number) * 0.5;
    else if (i > at) a.valence[i] = (a.valence[i] as number) * 1.5;
  }
}

function summarise(a: Analysis): void {
  // Zero valences add nothing to the sums (the sum starts at +0, so not even a -0 is lost).
  let sum = 0;
  for (let r = 0; r < a.ruled; r++) {
    const i = a.ruledAt[r] as number;
    const v = a.valence[i] as number;
    sum += v;
    if (v > 0) {
      a.posSum += v;
      a.posCount++;
      if (v > a.maxPos) a.maxPos = v;
    } else if (v < 0) {
      a.negSum += v;
      a.negCount++;
      if (v < a.minNeg) a.minNeg = v;
    }
    if ((a.kinds[i] as number) >= KIND_EMOJI) a.iconSum += v;
  }
  const amp = Math.min(a.exclaim, 4) * 0.292 + (a.question > 1 ? (a.question <= 3 ? a.question * 0.18 : 0.96) : 0);
  if (sum > 0) sum += amp;
  else if (sum < 0) sum -= amp;
  a.sum = sum;
  a.compound = normalize(sum);
}

/** VADER's squashing of a valence sum into -1..1 (alpha 15 approximates the maximum expected sum). */
export function normalize(score: number, alpha = 15): number {
  const s = score / Math.sqrt(score * score + alpha);
  return s < -1 ? -1 : s > 1 ? 1 : s;
}
