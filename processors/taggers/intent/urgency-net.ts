/**
 * The learned safety net under the urgency rules: a binary logistic regression, "raised" (high or
 * emergency) against not, over lower-case unigrams and adjacent bigrams of the shared tokens, hashed
 * into a fixed table (data/nlp/urgency-model.json, trained by scripts/train-urgency.ts). Phrase rules
 * miss new wording; word weights learned from many ways of saying the same thing generalise further.
 * A second head over the same words, "emergency" against not, lifts a post that would end at high
 * to emergency when it is confident: the rules tag fewer than four in five emergencies emergency.
 *
 * Only words in the model's vocabulary count: they are registered in the shared word table when the
 * net is built, and a post is scored from its words' vocabulary entries (entryOf), reading typed
 * arrays by entry and allocating nothing.
 */
import { Type, type Static } from 'typebox';

import { readNlpData } from '../../nlp/index.js';
import { wordId, type Token } from '../../text/tokens.js';
import { hashOf, WORDS } from '../../text/words.js';

import { IdRanks } from './id-ranks.js';

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
  /** The emergency head: its own table over the same vocabulary and features; absent, nothing is lifted. */
  emergency: Type.Optional(
    Type.Object({
      bias: Type.Number(),
      /** Probability at or above which a post at high is lifted to emergency. */
      threshold: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
      slots: Type.Array(Type.Integer({ minimum: 0 })),
      values: Type.Array(Type.Number()),
    }),
  ),
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
  /** The word's entry in the net's vocabulary, 0 for a word outside it (NO_WORD included). */
  entryOf(id: number): number;
  /**
   * Whether the logit of a post is at or above the threshold's logit, given the entries of the
   * tokens the net reads (see netReads) as entries[0..count).
   */
  raisesOf(entries: Uint16Array, count: number): boolean;
  /** Whether the emergency head is confident these entries are an emergency (false without one). */
  emergencyOf(entries: Uint16Array, count: number): boolean;
  /** The net's logit for these tokens (log-odds of "raised"). */
  logit(tokens: readonly Token[]): number;
  /** Whether the net would raise the post. */
  raises(tokens: readonly Token[]): boolean;
}

/**
 * The table is 2^17 floats (512 KB) of which one in eight holds a weight, and reading it at random
 * costs a cache miss per feature. The per-word data sits by vocabulary entry, so only one table
 * (two bytes a word) is indexed by word id, and the table is kept packed (see PackedSlots): a bit
 * per slot says which slots hold a weight at all (most adjacent pairs have none), and only those
 * weights are stored.
 *
 * The net scores vocabulary entries gathered by a walk over the tokens that reads them anyway (the
 * signal reader's, which keeps each word's entry beside its other per-word codes): `logit` and
 * `raises` gather them themselves. Closures over local tables, not a class:
 * the scoring loop then keeps them in registers. Each head has its own closure and tables, sharing
 * only the per-word entries; the emergency head is scored only for posts that would end at high.
 */
export function createUrgencyNet(model: UrgencyModel): UrgencyNet {
  if (model.vocabulary.length >= 0xffff) throw new Error('urgency-model.json: vocabulary too large');
  const mask = (1 << model.bits) - 1;
  const ids = model.vocabulary.map((w) => WORDS.add(w));
  /** Per word id, 1 + the word's index in the vocabulary; 0 for other words. */
  const entryOf = new Uint16Array(WORDS.size);
  // Per vocabulary entry: bigramSlot's input halves for the word as first and second of a pair.
  const asFirst = new Int32Array(ids.length + 1);
  const asSecond = new Int32Array(ids.length + 1);
  const hashes = model.vocabulary.map(wordHash);
  hashes.forEach((h, i) => {
    const e = (entryOf[ids[i] as number] = i + 1);
    asFirst[e] = bigramFirst(h);
    asSecond[e] = bigramSecond(h);
  });
  const words: NetWords = { mask, asFirst, asSecond, hashes };
  const logitOf = headScorer(words, model);
  const cut = logitCut(model.threshold);
  const head = model.emergency;
  const emergencyLogitOf = head === undefined ? undefined : headScorer(words, head);
  const emergencyCut = head === undefined ? Infinity : logitCut(head.threshold);
  const entry = (id: number): number => (id >= 0 && id < entryOf.length ? (entryOf[id] as number) : 0);
  let gathered = new Uint16Array(256);
  const logit = (tokens: readonly Token[]): number => {
    if (tokens.length > gathered.length) gathered = new Uint16Array(tokens.length);
    let count = 0;
    for (const t of tokens) if (netReads(t)) gathered[count++] = entry(wordId(t));
    return logitOf(gathered, count);
  };
  return {
    entryOf: entry,
    raisesOf: (entries, count) => logitOf(entries, count) >= cut,
    emergencyOf: (entries, count) => emergencyLogitOf !== undefined && emergencyLogitOf(entries, count) >= emergencyCut,
    logit,
    raises: (tokens) => logit(tokens) >= cut,
  };
}

const logitCut = (p: number): number => Math.log(p / (1 - p));

/** What both heads share: each vocabulary entry's hash and pair halves. */
interface NetWords {
  readonly mask: number;
  readonly asFirst: Int32Array;
  readonly asSecond: Int32Array;
  readonly hashes: readonly number[];
}

interface HeadTable {
  readonly bias: number;
  readonly slots: readonly number[];
  readonly values: readonly number[];
}

/** One head's scoring loop over the shared entries, with its own unigram weights and packed table. */
function headScorer(words: NetWords, head: HeadTable): (entries: Uint16Array, count: number) => number {
  if (head.slots.length !== head.values.length) throw new Error('urgency-model.json: slots and values differ in length');
  const { mask, asFirst, asSecond } = words;
  const packed = packSlots(head, mask);
  const { filled, weights: bigrams } = packed;
  const unigrams = new Float32Array(words.hashes.length + 1);
  words.hashes.forEach((h, i) => (unigrams[i + 1] = slotWeight(packed, unigramSlot(h, mask))));
  const bias = head.bias;
  return (entries, count) => {
    let z = bias;
    let prev = 0;
    let hasPrev = false;
    for (let i = 0; i < count; i++) {
      const e = entries[i] as number;
      if (e === 0) {
        hasPrev = false;
        continue;
      }
      z += unigrams[e] as number;
      if (hasPrev) {
        const r = filled.rankOf(mix(prev ^ (asSecond[e] as number)) & mask);
        if (r >= 0) z += bigrams[r] as number;
      }
      prev = asFirst[e] as number;
      hasPrev = true;
    }
    return z;
  };
}

/**
 * The table's filled slots packed: their slot numbers as an IdRanks (a bit per slot, with the count
 * of filled slots before each 32, side by side), and their weights in slot order, by that rank.
 */
interface PackedSlots {
  readonly filled: IdRanks;
  readonly weights: Float32Array;
}

/** A head's table of 2^bits weights (a later slot listed twice wins, as in a plain table), packed. */
function packSlots(head: HeadTable, mask: number): PackedSlots {
  const bySlot = new Map<number, number>();
  head.slots.forEach((raw, i) => bySlot.set(raw & mask, head.values[i] as number));
  const filled = new IdRanks(bySlot.keys());
  const weights = new Float32Array(filled.size);
  for (const [slot, weight] of bySlot) weights[filled.rankOf(slot)] = weight;
  return { filled, weights };
}

/** The weight in `slot` of a packed table, 0 for an empty slot (as the plain table holds). */
function slotWeight({ filled, weights }: PackedSlots, slot: number): number {
  const r = filled.rankOf(slot);
  return r < 0 ? 0 : (weights[r] as number);
}
