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
 * The multinomial logistic model, laid out for lookups without allocation: the offsets of each
 * key's weight rows (in one Float64Array) sit in arrays indexed by its shared word id
 * (text/words.ts), bigrams in a pair index, so a token costs array reads, no string hashing, and
 * no key is concatenated.
 */
export interface LinearModel {
  /** Writes the three logits (offsets included) for an analysed post into `out`. */
  logits(a: Analysis, out: Float64Array): void;
}

export function loadLinearModel(dir: string = DEFAULT_DATA_DIR): LinearModel {
  return buildLinearModel(readDataFile(dir, DATA_FILES.model, LinearModelFileSchema));
}

export function buildLinearModel(file: LinearModelFile): LinearModel {
  const rows: number[] = [];
  const addRow = (row: readonly number[]): number => {
    rows.push(row[0] ?? 0, row[1] ?? 0, row[2] ?? 0);
    return rows.length - 3;
  };
  const uni = Object.entries(file.unigrams).map(([key, row]) => [WORDS.add(key), addRow(row)] as const);
  const neg = Object.entries(file.negated).map(([key, row]) => [WORDS.add(key), addRow(row)] as const);
  const bigrams = Object.entries(file.bigrams);
  const pairs = new PairIndex(bigrams.length);
  const firsts = new WordSet();
  for (const [pair, row] of bigrams) {
    const space = pair.indexOf(' ');
    const first = WORDS.add(pair.slice(0, space));
    firsts.add(first);
    pairs.set(first, WORDS.add(pair.slice(space + 1)), addRow(row));
  }
  const dense = new Float64Array(DENSE_FEATURES.length * 3);
  DENSE_FEATURES.forEach((name, f) => {
    const row = file.dense[name];
    if (row === undefined) throw new SentimentDataError('SENTIMENT_DATA_INVALID', DATA_FILES.model, `no weights for dense feature ${name}`);
    dense.set(row, f * 3);
  });
  const base = new Float64Array([0, 1, 2].map((c) => (file.bias[c] ?? 0) + (file.offsets[c] ?? 0)));
  const sparse = { rows: rowsById(uni, neg), pairs, firsts };
  return new Scorer(new Float64Array(rows), sparse, dense, base);
}

/**
 * Offsets of each word's rows by word id, -1 for words without one: plain at [id * 2], inside a
 * negation at [id * 2 + 1], side by side so one cache line serves both.
 */
function rowsById(uni: readonly (readonly [number, number])[], neg: readonly (readonly [number, number])[]): Int32Array {
  const out = new Int32Array(WORDS.size * 2).fill(-1);
  for (const [id, row] of uni) out[id * 2] = row;
  for (const [id, row] of neg) out[id * 2 + 1] = row;
  return out;
}

interface SparseWeights {
  /** See rowsById. */
  readonly rows: Int32Array;
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
    private readonly w: Float64Array,
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
      if (pair >= 0) this.add(pair, value);
    }
    this.prev = id;
    const at = id * 2 + (negated ? 1 : 0);
    if (id < 0 || at >= sparse.rows.length) return;
    const row = sparse.rows[at] as number;
    if (row >= 0) this.add(row, value);
  }

  private add(at: number, value: number): void {
    const out = this.out;
    out[0] = (out[0] as number) + value * (this.w[at] as number);
    out[1] = (out[1] as number) + value * (this.w[at + 1] as number);
    out[2] = (out[2] as number) + value * (this.w[at + 2] as number);
  }
}
