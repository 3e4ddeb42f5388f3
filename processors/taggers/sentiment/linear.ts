import { WORDS } from '../../text/words.js';
import type { Analysis } from './analysis.js';
import { DATA_FILES, DEFAULT_DATA_DIR, LinearModelFileSchema, readDataFile } from './data.js';
import type { LinearModelFile } from './data.js';
import { SentimentDataError } from './errors.js';
import { DENSE_FEATURES, denseFeatures, sparseFeatures, type SparseSink } from './features.js';
import { PairIndex } from './pairs.js';

/** Class order of every weight row and logit vector. */
export const CLASS_ORDER = ['negative', 'neutral', 'positive'] as const;

/**
 * The multinomial logistic model, laid out for lookups without allocation: each word's unigram
 * weights sit in a card indexed by its shared word id (text/words.ts), bigrams in a pair index, so a
 * token costs array reads, no string hashing, and no key is concatenated.
 */
export interface LinearModel {
  /** Writes the three logits (offsets included) for an analysed post into `out`. */
  logits(a: Analysis, out: Float64Array): void;
}

export function loadLinearModel(dir: string = DEFAULT_DATA_DIR): LinearModel {
  return buildLinearModel(readDataFile(dir, DATA_FILES.model, LinearModelFileSchema));
}

export function buildLinearModel(file: LinearModelFile): LinearModel {
  const cards = new ModelCards();
  for (const [key, row] of Object.entries(file.unigrams)) cards.setRow(WORDS.add(key), false, row);
  for (const [key, row] of Object.entries(file.negated)) cards.setRow(WORDS.add(key), true, row);
  const bigrams = Object.entries(file.bigrams);
  const pairs = new PairIndex(bigrams.length);
  for (const [pair, row] of bigrams) {
    const space = pair.indexOf(' ');
    const first = WORDS.add(pair.slice(0, space));
    const second = WORDS.add(pair.slice(space + 1));
    cards.addSecond(first, second);
    pairs.set(first, second, row);
  }
  const dense = new Float64Array(DENSE_FEATURES.length * 3);
  DENSE_FEATURES.forEach((name, f) => {
    const row = file.dense[name];
    if (row === undefined) throw new SentimentDataError('SENTIMENT_DATA_INVALID', DATA_FILES.model, `no weights for dense feature ${name}`);
    dense.set(row, f * 3);
  });
  const base = new Float64Array([0, 1, 2].map((c) => (file.bias[c] ?? 0) + (file.offsets[c] ?? 0)));
  const { values, negated } = cards.done();
  return new Scorer(values, negated, pairs, dense, base);
}

/** Float64 slots per word card: 32 bytes, two cards to a cache line. */
const CARD = 4;
/** Int32 slots (of the card's Int32 view, from id * CARD * 2) after the unigram weights (0..2). */
const MARKS = 6;
/** The 32-bit mask of the words that follow this one in some bigram (one bit per hash value). */
const SECONDS_MASK = 7;
/** Bits of the MARKS slot: the word has a unigram row, a row for inside a negation's clause. */
const HAS_PLAIN = 1;
const HAS_NEGATED = 2;

/**
 * Each word's sparse weights in a card of its own, indexed by its shared word id: its unigram row,
 * which rows it has and a mask of its bigram partners share half a cache line, so an item costs one
 * line for its sparse features; the previous item's card, just read, says whether the pair can have
 * weights at all. The rows for inside a negation's clause (few words, few items) sit in a table of
 * their own, read only when the card says there is one. Ids beyond the cards (words registered
 * later) have none.
 */
class ModelCards {
  private values = new Float64Array(0);
  private marks = new Int32Array(0);
  private negated = new Float64Array(0);

  setRow(id: number, negated: boolean, row: readonly number[]): void {
    this.ensure(id);
    (negated ? this.negated : this.values).set([row[0] ?? 0, row[1] ?? 0, row[2] ?? 0], id * CARD);
    this.marks[id * CARD * 2 + MARKS] = (this.marks[id * CARD * 2 + MARKS] as number) | (negated ? HAS_NEGATED : HAS_PLAIN);
  }

  addSecond(first: number, second: number): void {
    // Every word of a bigram gets a card, so the second is read like any other.
    this.ensure(Math.max(first, second));
    this.marks[first * CARD * 2 + SECONDS_MASK] = (this.marks[first * CARD * 2 + SECONDS_MASK] as number) | secondBit(second);
  }

  done(): { values: Float64Array; negated: Float64Array } {
    return { values: this.values, negated: this.negated };
  }

  private ensure(id: number): void {
    if (id * CARD < this.values.length) return;
    const size = Math.max(id + 1, (this.values.length / CARD) * 2, 1024) * CARD;
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
    this.marks = new Int32Array(values.buffer);
    const negated = new Float64Array(size);
    negated.set(this.negated);
    this.negated = negated;
  }
}

/** The bit a word sets in the SECONDS_MASK of the words it follows in a bigram. */
function secondBit(id: number): number {
  return 1 << (Math.imul(id, 0x9e3779b1) >>> 27);
}

class Scorer implements LinearModel, SparseSink {
  private out: Float64Array = new Float64Array(3);
  /** The card (offset in `values`) and word id of the item before, for its bigram; -1 when it has no card. */
  private prevCard = -1;
  private prevId = -1;
  private readonly x = new Float64Array(DENSE_FEATURES.length);
  private readonly marks: Int32Array;

  constructor(
    private readonly values: Float64Array,
    private readonly negated: Float64Array,
    private readonly pairs: PairIndex,
    private readonly dense: Float64Array,
    private readonly base: Float64Array,
  ) {
    this.marks = new Int32Array(values.buffer);
  }

  logits(a: Analysis, out: Float64Array): void {
    out.set(this.base);
    const x = this.x;
    denseFeatures(a, x);
    for (let f = 0; f < x.length; f++) {
      const v = x[f] as number;
      if (v === 0) continue;
      out[0] = (out[0] as number) + v * (this.dense[f * 3] as number);
      out[1] = (out[1] as number) + v * (this.dense[f * 3 + 1] as number);
      out[2] = (out[2] as number) + v * (this.dense[f * 3 + 2] as number);
    }
    this.out = out;
    this.prevCard = -1;
    sparseFeatures(a, this);
  }

  item(a: Analysis, i: number, negated: boolean, value: number, bigram: boolean): void {
    const id = a.ids[i] as number;
    const card = id >= 0 && id * CARD < this.values.length ? id * CARD : -1;
    const prevCard = this.prevCard;
    const prevId = this.prevId;
    this.prevCard = card;
    this.prevId = id;
    if (card < 0) return;
    // The item before must know this word as a bigram partner (its mask has the word's bit).
    if (bigram && prevCard >= 0 && ((this.marks[prevCard * 2 + SECONDS_MASK] as number) & secondBit(id)) !== 0) {
      const pair = this.pairs.get(prevId, id);
      if (pair >= 0) this.add(this.pairs.weights, pair, value);
    }
    if (((this.marks[card * 2 + MARKS] as number) & (negated ? HAS_NEGATED : HAS_PLAIN)) !== 0)
      this.add(negated ? this.negated : this.values, card, value);
  }

  private add(w: Float64Array, at: number, value: number): void {
    const out = this.out;
    out[0] = (out[0] as number) + value * (w[at] as number);
    out[1] = (out[1] as number) + value * (w[at + 1] as number);
    out[2] = (out[2] as number) + value * (w[at + 2] as number);
  }
}
