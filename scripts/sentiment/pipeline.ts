import type { LinearModelFile } from '../../processors/taggers/sentiment/data.js';
import { DENSE_FEATURES } from '../../processors/taggers/sentiment/features.js';
import type { SentimentLexicon } from '../../processors/taggers/sentiment/lexicon.js';
import { CORPORA, loadCorpus, type Corpus, type LabelledText, type RatedText } from './corpora.js';
import { extract } from './dataset.js';
import { logits, train, type TrainExample, type TrainOptions, type Weights } from './logreg.js';
import { metrics, type Metrics } from './metrics.js';
import { seededRandom, shuffle } from './random.js';

export interface TrainConfig {
  /** `hard`: the mean rating cut at ±neutralBand; `soft`: the share of raters below, at and above zero. */
  readonly labels: 'hard' | 'soft';
  /** |mean rating| below this is neutral (hard labels, and always for the tuning folds' gold labels). */
  readonly neutralBand: number;
  readonly corpusWeight: Readonly<Record<Corpus, number>>;
  /**
   * The VADER tweets are cut into this many folds: each fold is scored by a model trained on
   * everything else, and the decision offsets are tuned on those out-of-fold scores (never on
   * TweetEval). The shipped model is then trained on all the data.
   */
  readonly folds: number;
  readonly minCount: number;
  readonly useDense: boolean;
  readonly useSparse: boolean;
  /** Weights smaller than this in all three classes are dropped from the shipped file. */
  readonly prune: number;
  readonly train: TrainOptions;
  readonly seed: number;
  /**
   * Per-corpus intercepts during training, so a corpus's own share of polar text (movie snippets are
   * 95% polar, editorials 46%) is not learnt by its topic words. The shipped intercept is the tweets'.
   */
  readonly corpusBias: boolean;
}

export const DEFAULT_CONFIG: TrainConfig = {
  labels: 'hard',
  neutralBand: 0.5,
  corpusWeight: { tweets: 1, nytEditorialSnippets: 1, movieReviewSnippets: 1, amazonReviewSnippets: 1 },
  folds: 5,
  minCount: 2,
  useDense: true,
  useSparse: true,
  prune: 0.002,
  train: { l2: 1e-4, l2Dense: 1e-6, iterations: 300 },
  seed: 2014,
  corpusBias: false,
};

/**
 * Gold labels of the tuning tweets: a mean rating within ±0.5 of zero is neutral. The raters' own
 * spread is about one point, so half a point is where a majority stops agreeing on a polarity.
 */
export const DEV_BAND = 0.5;

export function hardLabel(mean: number, band: number): number {
  return mean <= -band ? 0 : mean >= band ? 2 : 1;
}

/** Every VADER text, with the tweets' fold (0..folds-1, seeded shuffle); -1 for the other corpora. */
export function foldCorpora(config: TrainConfig): { rows: RatedText[]; fold: Int32Array } {
  const rows: RatedText[] = [];
  const folds: number[] = [];
  for (const corpus of CORPORA) {
    const texts = loadCorpus(corpus);
    if (corpus !== 'tweets') {
      rows.push(...texts);
      folds.push(...texts.map(() => -1));
      continue;
    }
    shuffle(texts, seededRandom(config.seed)).forEach((row, k) => {
      rows.push(row);
      folds.push(k % config.folds);
    });
  }
  return { rows, fold: Int32Array.from(folds) };
}

interface Featurised {
  readonly row: RatedText;
  readonly dense: Float64Array;
  readonly keys: readonly string[];
  readonly values: readonly number[];
}

interface Fitted {
  readonly weights: Weights;
  readonly vocab: ReadonlyMap<string, number>;
}

export interface TrainResult {
  readonly file: LinearModelFile;
  /** Out-of-fold figures on the VADER tweets: offsets tuned on the other folds (honest), before offsets. */
  readonly cv: Metrics;
  readonly cvRaw: Metrics;
  readonly features: number;
}

export function trainLinear(
  config: TrainConfig,
  lexicon: SentimentLexicon,
  about: string,
  log: (line: string) => void = () => {},
): TrainResult {
  const { rows, fold } = foldCorpora(config);
  const data = rows.map((row): Featurised => ({ row, ...extract(row.text, lexicon) }));
  const scores: Float64Array[] = [];
  const gold: number[] = [];
  const scoreFold: number[] = [];
  for (let f = 0; f < config.folds; f++) {
    const fitted = fit(
      data.filter((_, i) => fold[i] !== f),
      config,
    );
    const z = new Float64Array(3);
    data.forEach((d, i) => {
      if (fold[i] !== f) return;
      logits(fitted.weights, toExample(d, fitted.vocab, config, false), z);
      scores.push(Float64Array.from(z));
      gold.push(hardLabel(d.row.mean, DEV_BAND));
      scoreFold.push(f);
    });
    log(`fold ${f + 1}/${config.folds} done`);
  }
  const all = scores.map((_, k) => k);
  const nested = all.map(() => 1);
  for (let f = 0; f < config.folds; f++) {
    const offsets = tuneOffsets(
      all.filter((k) => scoreFold[k] !== f).map((k) => scores[k] as Float64Array),
      all.filter((k) => scoreFold[k] !== f).map((k) => gold[k] as number),
    );
    for (const k of all) if (scoreFold[k] === f) nested[k] = argmax(scores[k] as Float64Array, offsets);
  }
  const offsets = tuneOffsets(scores, gold);
  const final = fit(data, config);
  return {
    file: toFile(final.weights, final.vocab, offsets, config, about),
    cv: metrics(gold, nested),
    cvRaw: metrics(
      gold,
      scores.map((z) => argmax(z, [0, 0, 0])),
    ),
    features: final.vocab.size,
  };
}

function fit(data: readonly Featurised[], config: TrainConfig): Fitted {
  const vocab = vocabulary(data, config);
  const trained = train(
    data.map((f) => toExample(f, vocab, config, true)),
    DENSE_FEATURES.length,
    vocab.size + CORPORA.length,
    config.train,
  );
  return { weights: config.corpusBias ? foldBias(trained, vocab.size) : trained, vocab };
}

function toExample(f: Featurised, vocab: ReadonlyMap<string, number>, config: TrainConfig, training: boolean): TrainExample {
  const ids: number[] = [];
  const values: number[] = [];
  f.keys.forEach((k, i) => {
    const id = vocab.get(k);
    if (id === undefined) return;
    ids.push(id);
    values.push(f.values[i] ?? 1);
  });
  if (training && config.corpusBias) {
    ids.push(vocab.size + CORPORA.indexOf(f.row.corpus));
    values.push(1);
  }
  return {
    dense: config.useDense ? f.dense : new Float64Array(DENSE_FEATURES.length),
    ids: Int32Array.from(ids),
    values: Float64Array.from(values),
    target: target(f.row, config),
    weight: config.corpusWeight[f.row.corpus],
  };
}

/** Ships the tweets' intercept (the closest corpus to social posts) as the model's bias. */
function foldBias(w: Weights, vocabSize: number): Weights {
  const at = (vocabSize + CORPORA.indexOf('tweets')) * 3;
  const bias = Float64Array.from(w.bias, (b, c) => b + (w.sparse[at + c] as number));
  return { bias, dense: w.dense, sparse: w.sparse.subarray(0, vocabSize * 3) };
}

function vocabulary(rows: readonly Featurised[], config: TrainConfig): Map<string, number> {
  const df = new Map<string, number>();
  if (!config.useSparse) return new Map();
  for (const r of rows) for (const k of new Set(r.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const kept = [...df]
    .filter(([, n]) => n >= config.minCount)
    .map(([k]) => k)
    .sort();
  return new Map(kept.map((k, i) => [k, i]));
}

function target(row: RatedText, config: TrainConfig): [number, number, number] {
  if (config.labels === 'soft') return [...row.raterShares];
  const t: [number, number, number] = [0, 0, 0];
  t[hardLabel(row.mean, config.neutralBand)] = 1;
  return t;
}

function argmax(z: Float64Array, offsets: readonly number[]): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let c = 0; c < 3; c++) {
    const v = (z[c] as number) + (offsets[c] ?? 0);
    if (v > bestValue) {
      best = c;
      bestValue = v;
    }
  }
  return best;
}

/** Offsets for the negative and positive logits (neutral fixed at 0) that maximise macro recall. */
function tuneOffsets(scores: readonly Float64Array[], gold: readonly number[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = -1;
  for (let i = -40; i <= 40; i++) {
    for (let j = -40; j <= 40; j++) {
      const offsets: [number, number, number] = [i / 20, 0, j / 20];
      const m = metrics(
        gold,
        scores.map((z) => argmax(z, offsets)),
      );
      const score = m.macroRecall - (1e-4 * (Math.abs(i) + Math.abs(j))) / 20;
      if (score > bestScore) {
        bestScore = score;
        best = offsets;
      }
    }
  }
  return best;
}

function toFile(
  w: Weights,
  vocab: ReadonlyMap<string, number>,
  offsets: readonly number[],
  config: TrainConfig,
  about: string,
): LinearModelFile {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  const row = (arr: Float64Array, i: number) => [r(arr[i * 3] as number), r(arr[i * 3 + 1] as number), r(arr[i * 3 + 2] as number)];
  const file: LinearModelFile = {
    about,
    classes: ['negative', 'neutral', 'positive'],
    bias: row(w.bias, 0),
    offsets: offsets.map(r),
    dense: Object.fromEntries(DENSE_FEATURES.map((name, f) => [name, row(w.dense, f)])),
    unigrams: {},
    negated: {},
    bigrams: {},
  };
  for (const [key, id] of vocab) {
    const weights = row(w.sparse, id);
    if (weights.every((x) => Math.abs(x) < config.prune)) continue;
    const table = key.startsWith('u:') ? file.unigrams : key.startsWith('n:') ? file.negated : file.bigrams;
    table[key.slice(2)] = weights;
  }
  return file;
}

export function toLabelled(rows: readonly RatedText[], band: number): LabelledText[] {
  return rows.map((r) => ({ text: r.text, label: hardLabel(r.mean, band) }));
}
