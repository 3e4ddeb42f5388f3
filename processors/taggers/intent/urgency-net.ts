/**
 * The learned safety net under the urgency rules: a binary logistic regression, "raised" (high or
 * emergency) against not, over lower-case unigrams and adjacent bigrams of the shared tokens, hashed
 * into a fixed table (data/nlp/urgency-model.json, trained by scripts/train-urgency.ts). Phrase rules
 * miss new wording; word weights learned from many ways of saying the same thing generalise further.
 *
 * Only words in the model's vocabulary count: they are registered in the shared word table when the
 * net is built, so scoring a post reads typed arrays by word id and allocates nothing.
 */
import { Type, type Static } from 'typebox';

import { readNlpData } from '../../nlp/index.js';
import { wordId, type Token } from '../../text/tokens.js';
import { hashOf, WORDS } from '../../text/words.js';

export const UrgencyModelSchema = Type.Object({
  note: Type.Optional(Type.String()),
  /** The table has 2^bits weights. */
  bits: Type.Integer({ minimum: 8, maximum: 24 }),
  bias: Type.Number(),
  /** Probability at or above which the net raises a post. */
  threshold: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
  /** Words whose unigrams or bigrams carry weight; any other word breaks a bigram. */
  vocabulary: Type.Array(Type.String({ minLength: 1 })),
  /** Non-zero table entries: slots[i] holds values[i]. */
  slots: Type.Array(Type.Integer({ minimum: 0 })),
  values: Type.Array(Type.Number()),
});
export type UrgencyModel = Static<typeof UrgencyModelSchema>;

export function loadUrgencyModel(): UrgencyModel {
  return readNlpData('urgency-model.json', UrgencyModelSchema);
}

/** Token kinds the net reads; URLs, handles, e-mail addresses and punctuation are skipped. */
export function netReads(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'emoticon';
}

/** The word's hash (words.ts's FNV-1a), spread over the table's bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function wordHash(word: string): number {
  return hashOf(word, 0, word.length);
}

export function unigramSlot(h: number, mask: number): number {
  return mix(h) & mask;
}

export function bigramSlot(prev: number, h: number, mask: number): number {
  return mix(bigramFirst(prev) ^ bigramSecond(h)) & mask;
}

function bigramFirst(h: number): number {
  return Math.imul(h, 0x9e3779b1);
}

function bigramSecond(h: number): number {
  return h ^ 0x5bd1e995;
}

export interface UrgencyNet {
  /** The logit of a post whose tokens the net reads (see netReads) have word ids ids[0..count). */
  logitOf(ids: Int32Array, count: number): number;
  /** Whether `logitOf` these ids is at or above the threshold's logit. */
  raisesOf(ids: Int32Array, count: number): boolean;
  /** The net's logit for these tokens (log-odds of "raised"). */
  logit(tokens: readonly Token[]): number;
  /** Whether the net would raise the post. */
  raises(tokens: readonly Token[]): boolean;
}

/**
 * The table is 2^17 floats (512 KB) of which one in eight holds a weight, and reading it at random
 * costs a cache miss per feature. The per-word data sits by vocabulary entry, so only one table
 * (two bytes a word) is indexed by word id, and bigram weights are kept packed (see PackedSlots):
 * a bit per slot says which slots hold a weight at all (most adjacent pairs have none), and only
 * the weights themselves are stored, about a sixth of the table's memory.
 *
 * The net scores word ids gathered by a walk over the tokens that reads them anyway (the signal
 * reader's): `logit` and `raises` gather them themselves. Closures over local tables, not a class:
 * the scoring loop then keeps them in registers.
 */
export function createUrgencyNet(model: UrgencyModel): UrgencyNet {
  if (model.slots.length !== model.values.length) throw new Error('urgency-model.json: slots and values differ in length');
  if (model.vocabulary.length >= 0xffff) throw new Error('urgency-model.json: vocabulary too large');
  const mask = (1 << model.bits) - 1;
  const { words, weights } = packSlots(model, mask);
  const ids = model.vocabulary.map((w) => WORDS.add(w));
  /** Per word id, 1 + the word's index in the vocabulary; 0 for other words. */
  const entryOf = new Uint16Array(WORDS.size);
  // Per vocabulary entry: the unigram weight, and bigramSlot's input halves for the word as first and second of a pair.
  const unigrams = new Float32Array(ids.length + 1);
  const asFirst = new Int32Array(ids.length + 1);
  const asSecond = new Int32Array(ids.length + 1);
  model.vocabulary.forEach((w, i) => {
    const h = wordHash(w);
    const e = (entryOf[ids[i] as number] = i + 1);
    asFirst[e] = bigramFirst(h);
    asSecond[e] = bigramSecond(h);
    unigrams[e] = slotWeight(words, weights, unigramSlot(h, mask));
  });
  const bias = model.bias;
  const cut = Math.log(model.threshold / (1 - model.threshold));

  const logitOf = (ids: Int32Array, count: number): number => {
    let z = bias;
    let prev = 0;
    let hasPrev = false;
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      const e = id >= 0 && id < entryOf.length ? (entryOf[id] as number) : 0;
      if (e === 0) {
        hasPrev = false;
        continue;
      }
      z += unigrams[e] as number;
      if (hasPrev) {
        // An empty slot adds 0, which changes no sum (at most the sign of a zero logit).
        z += slotWeight(words, weights, mix(prev ^ (asSecond[e] as number)) & mask);
      }
      prev = asFirst[e] as number;
      hasPrev = true;
    }
    return z;
  };
  let gathered = new Int32Array(256);
  const logit = (tokens: readonly Token[]): number => {
    if (tokens.length > gathered.length) gathered = new Int32Array(tokens.length);
    let count = 0;
    for (const t of tokens) if (netReads(t)) gathered[count++] = wordId(t);
    return logitOf(gathered, count);
  };
  return {
    logitOf,
    raisesOf: (ids, count) => logitOf(ids, count) >= cut,
    logit,
    raises: (tokens) => logit(tokens) >= cut,
  };
}

/**
 * The table's filled slots packed: `words` holds, per 32 slots, their filled bits and the number
 * of filled slots before them, side by side (one cache line answers both), and `weights` the filled
 * slots' weights in slot order, so slot s's weight is weights[before + filled bits below s].
 */
interface PackedSlots {
  readonly words: Int32Array;
  readonly weights: Float32Array;
}

/** The model's table of 2^bits weights (a later slot listed twice wins, as in a plain table), packed. */
function packSlots(model: UrgencyModel, mask: number): PackedSlots {
  const table = new Float32Array(mask + 1);
  const filled = new Uint8Array(mask + 1);
  model.slots.forEach((raw, i) => {
    const slot = raw & mask;
    table[slot] = model.values[i] as number;
    filled[slot] = 1;
  });
  const words = new Int32Array(((mask >>> 5) + 1) * 2);
  const weights: number[] = [];
  for (let slot = 0; slot <= mask; slot++) {
    const w = (slot >>> 5) << 1;
    if ((slot & 31) === 0) words[w + 1] = weights.length;
    if (filled[slot] === 0) continue;
    words[w] = (words[w] as number) | (1 << (slot & 31));
    weights.push(table[slot] as number);
  }
  return { words, weights: Float32Array.from(weights) };
}

/** The weight in `slot` of a packed table, 0 for an empty slot (as the plain table holds). */
function slotWeight(words: Int32Array, weights: Float32Array, slot: number): number {
  const at = (slot >>> 5) << 1;
  const bits = words[at] as number;
  const bit = slot & 31;
  if (((bits >>> bit) & 1) === 0) return 0;
  return weights[(words[at + 1] as number) + bitCount(bits & ((1 << bit) - 1))] as number;
}

/** Set bits of a 32-bit word (the classic SWAR count: JavaScript has no popcount). */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
