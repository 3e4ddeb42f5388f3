import type { Analysis } from './analysis.js';
import { DATA_FILES, DEFAULT_DATA_DIR, LinearModelFileSchema, readDataFile } from './data.js';
import type { LinearModelFile } from './data.js';
import { SentimentDataError } from './errors.js';
import { DENSE_FEATURES, denseFeatures, sparseFeatures, type SparseSink } from './features.js';

/** Class order of every weight row and logit vector. */
export const CLASS_ORDER = ['negative', 'neutral', 'positive'] as const;

/**
 * The multinomial logistic model, laid out for lookups without allocation: one map entry per key
 * holds the offsets of its weight rows in one Float64Array, and its bigrams as a nested map, so a
 * token costs one lookup and no key is concatenated.
 */
export interface LinearModel {
  /** Writes the three logits (offsets included) for an analysed post into `out`. */
  logits(a: Analysis, out: Float64Array): void;
}

interface KeyWeights {
  /** Row offsets in the weight array, -1 when absent. */
  uni: number;
  neg: number;
  next: Map<string, number> | undefined;
}

export function loadLinearModel(dir: string = DEFAULT_DATA_DIR): LinearModel {
  return buildLinearModel(readDataFile(dir, DATA_FILES.model, LinearModelFileSchema));
}

export function buildLinearModel(file: LinearModelFile): LinearModel {
  const rows: number[] = [];
  const keys = new Map<string, KeyWeights>();
  const at = (key: string): KeyWeights => {
    let k = keys.get(key);
    if (k === undefined) keys.set(key, (k = { uni: -1, neg: -1, next: undefined }));
    return k;
  };
  const addRow = (row: readonly number[]): number => {
    rows.push(row[0] ?? 0, row[1] ?? 0, row[2] ?? 0);
    return rows.length - 3;
  };
  for (const [key, row] of Object.entries(file.unigrams)) at(key).uni = addRow(row);
  for (const [key, row] of Object.entries(file.negated)) at(key).neg = addRow(row);
  for (const [pair, row] of Object.entries(file.bigrams)) {
    const space = pair.indexOf(' ');
    const first = at(pair.slice(0, space));
    first.next ??= new Map();
    first.next.set(pair.slice(space + 1), addRow(row));
  }
  const dense = new Float64Array(DENSE_FEATURES.length * 3);
  DENSE_FEATURES.forEach((name, f) => {
    const row = file.dense[name];
    if (row === undefined) throw new SentimentDataError('SENTIMENT_DATA_INVALID', DATA_FILES.model, `no weights for dense feature ${name}`);
    dense.set(row, f * 3);
  });
  const base = new Float64Array([0, 1, 2].map((c) => (file.bias[c] ?? 0) + (file.offsets[c] ?? 0)));
  return new Scorer(new Float64Array(rows), keys, dense, base);
}

class Scorer implements LinearModel, SparseSink {
  private out: Float64Array = new Float64Array(3);
  private prev: KeyWeights | undefined;
  private readonly x = new Float64Array(DENSE_FEATURES.length);

  constructor(
    private readonly w: Float64Array,
    private readonly keys: ReadonlyMap<string, KeyWeights>,
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
    this.prev = undefined;
    sparseFeatures(a, this);
  }

  item(key: string, negated: boolean, value: number, bigram: boolean): void {
    const k = this.keys.get(key);
    if (bigram) {
      const pair = this.prev?.next?.get(key);
      if (pair !== undefined) this.add(pair, value);
    }
    this.prev = k;
    if (k === undefined) return;
    const row = negated ? k.neg : k.uni;
    if (row >= 0) this.add(row, value);
  }

  private add(at: number, value: number): void {
    const out = this.out;
    out[0] = (out[0] as number) + value * (this.w[at] as number);
    out[1] = (out[1] as number) + value * (this.w[at + 1] as number);
    out[2] = (out[2] as number) + value * (this.w[at + 2] as number);
  }
}
