import { NO_WORD, WordSet, WORDS } from '../../text/words.js';
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
 * weights sit in a slot indexed by its shared word id (text/words.ts), bigrams in a pair index, so a
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
  const uni = Object.entries(file.unigrams).map(([key, row]) => [WORDS.add(key), row] as const);
  const neg = Object.entries(file.negated).map(([key, row]) => [WORDS.add(key), row] as const);
  const bigrams = Object.entries(file.bigrams);
  const pairs = new PairIndex(bigrams.length);
  const firsts = new WordSet();
  for (const [pair, row] of bigrams) {
    const space = pair.indexOf(' ');
    const first = WORDS.add(pair.slice(0, space));
    firsts.add(first);
    pairs.set(first, WORDS.add(pair.slice(space + 1)), row);
  }
  const dense = new Float64Array(DENSE_FEATURES.length * 3);
  DENSE_FEATURES.forEach((name, f) => {
    const row = file.dense[name];
    if (row === undefined) throw new SentimentDataError('SENTIMENT_DATA_INVALID', DATA_FILES.model, `no weights for dense feature ${name}`);
    dense.set(row, f * 3);
  });
  const base = new Float64Array([0, 1, 2].map((c) => (file.bias[c] ?? 0) + (file.offsets[c] ?? 0)));
  const sparse = { plain: slotsById(uni), negated: slotsById(neg), pairs, firsts };
  return new Scorer(sparse, dense, base);
}

/** Floats per word in a slot table: three weights and a mark that the word has them. */
const SLOT = 4;

/**
 * Each word's weight row in a slot of its own, indexed by word id: 32 bytes, so a word costs one
 * cache line where an offset table and a separate row cost two. Absent words have a zero mark, and
 * ids beyond the table (words registered later) have no slot.
 */
function slotsById(rows: readonly (readonly [number, readonly number[]])[]): Float64Array {
  const out = new Float64Array((Math.max(-1, ...rows.map(([id]) => id)) + 1) * SLOT);
  for (const [id, row] of rows) out.set([row[0] ?? 0, row[1] ?? 0, row[2] ?? 0, 1], id * SLOT);
  return out;
}

interface SparseWeights {
  /** Unigram slots (see slotsById), plain and inside a negation's clause. */
  readonly plain: Float64Array;
  readonly negated: Float64Array;
  readonly pairs: PairIndex;
  /** The first words of bigrams: an item after any other word has no bigram to look up. */
  readonly firsts: WordSet;
}

class Scorer implements LinearModel, SparseSink {
  private out: Float64Array = new Float64Array(3);
  /** Word id of the item before, for its bigram. */
  private prev = NO_WORD;
  private readonly x = new Float64Array(DENSE_FEATURES.length);

  constructor(
    private readonly sparse: SparseWeights,
    private readonly dense: Float64Array,
    private readonly base: Float64Array,
  ) {}

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
    this.prev = NO_WORD;
    sparseFeatures(a, this);
  }

  item(a: Analysis, i: number, negated: boolean, value: number, bigram: boolean): void {
    const id = a.ids[i] as number;
    const sparse = this.sparse;
    if (bigram && id !== NO_WORD && sparse.firsts.has(this.prev)) {
      const pair = sparse.pairs.get(this.prev, id);
      if (pair >= 0) this.add(sparse.pairs.weights, pair, value);
    }
    this.prev = id;
    const slots = negated ? sparse.negated : sparse.plain;
    const at = id * SLOT;
    if (id >= 0 && at < slots.length && slots[at + 3] === 1) this.add(slots, at, value);
  }

  private add(w: Float64Array, at: number, value: number): void {
    const out = this.out;
    out[0] = (out[0] as number) + value * (w[at] as number);
    out[1] = (out[1] as number) + value * (w[at + 1] as number);
    out[2] = (out[2] as number) + value * (w[at + 2] as number);
  }
}
