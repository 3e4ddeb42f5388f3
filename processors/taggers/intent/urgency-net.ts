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

/**
 * The table is 2^17 floats (512 KB), so reading it at random costs a cache miss per feature. A word's
 * unigram weight is copied out by word id, and a bit per slot (16 KB) says which bigram slots hold a
 * weight at all: most adjacent pairs have none and never touch the table.
 *
 * The net scores word ids gathered by a walk over the tokens that reads them anyway (the signal
 * reader's): `logit` and `raises` over tokens gather them themselves.
 */
export class UrgencyNet {
  private readonly mask: number;
  private readonly table: Float32Array;
  private readonly filled: Uint32Array;
  /**
   * Per word id, 1 + the word's index in the vocabulary, 0 for other words: the only table indexed by
   * word id (two bytes a word), so the per-word data below stays small enough to keep in cache.
   */
  private readonly entryOf: Uint16Array;
  /** Per vocabulary entry: unigram weight, and bigramSlot's two halves for the word as first and second of a pair. */
  private readonly unigrams: Float32Array;
  private readonly asFirst: Int32Array;
  private readonly asSecond: Int32Array;
  private readonly bias: number;
  private readonly cut: number;
  private gathered = new Int32Array(256);

  constructor(model: UrgencyModel) {
    if (model.slots.length !== model.values.length) throw new Error('urgency-model.json: slots and values differ in length');
    if (model.vocabulary.length >= 0xffff) throw new Error('urgency-model.json: vocabulary too large');
    const mask = (this.mask = (1 << model.bits) - 1);
    this.table = new Float32Array(mask + 1);
    this.filled = new Uint32Array((mask >>> 5) + 1);
    model.slots.forEach((raw, i) => {
      const slot = raw & mask;
      this.table[slot] = model.values[i] as number;
      this.filled[slot >>> 5] = (this.filled[slot >>> 5] as number) | (1 << (slot & 31));
    });
    const ids = model.vocabulary.map((w) => WORDS.add(w));
    const n = model.vocabulary.length + 1;
    this.entryOf = new Uint16Array(WORDS.size);
    this.unigrams = new Float32Array(n);
    this.asFirst = new Int32Array(n);
    this.asSecond = new Int32Array(n);
    model.vocabulary.forEach((w, i) => {
      const h = wordHash(w);
      const e = (this.entryOf[ids[i] as number] = i + 1);
      this.asFirst[e] = bigramFirst(h);
      this.asSecond[e] = bigramSecond(h);
      this.unigrams[e] = this.table[unigramSlot(h, mask)] as number;
    });
    this.bias = model.bias;
    this.cut = Math.log(model.threshold / (1 - model.threshold));
  }

  /** The logit of a post whose tokens the net reads (see netReads) have word ids ids[0..count). */
  logitOf(ids: Int32Array, count: number): number {
    const entryOf = this.entryOf;
    let z = this.bias;
    let prev = 0;
    let hasPrev = false;
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      const e = id >= 0 && id < entryOf.length ? (entryOf[id] as number) : 0;
      if (e === 0) {
        hasPrev = false;
        continue;
      }
      z += this.unigrams[e] as number;
      if (hasPrev) z += this.bigram(mix(prev ^ (this.asSecond[e] as number)) & this.mask);
      prev = this.asFirst[e] as number;
      hasPrev = true;
    }
    return z;
  }

  /** Whether `logitOf` these ids is at or above the threshold's logit. */
  raisesOf(ids: Int32Array, count: number): boolean {
    return this.logitOf(ids, count) >= this.cut;
  }

  /** The net's logit for these tokens (log-odds of "raised"). */
  logit(tokens: readonly Token[]): number {
    if (tokens.length > this.gathered.length) this.gathered = new Int32Array(tokens.length);
    let count = 0;
    for (const t of tokens) if (netReads(t)) this.gathered[count++] = wordId(t);
    return this.logitOf(this.gathered, count);
  }

  /** Whether the net would raise the post. */
  raises(tokens: readonly Token[]): boolean {
    return this.logit(tokens) >= this.cut;
  }

  private bigram(slot: number): number {
    return (((this.filled[slot >>> 5] as number) >>> (slot & 31)) & 1) === 0 ? 0 : (this.table[slot] as number);
  }
}

export function createUrgencyNet(model: UrgencyModel): UrgencyNet {
  return new UrgencyNet(model);
}
