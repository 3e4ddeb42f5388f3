import type { Sentiment, SentimentLabel } from '../../../core/contracts/tags.js';
import type { TextView } from '../../text/tokens.js';
import { collectItems, createAnalysis } from './analysis.js';
import { DEFAULT_DATA_DIR } from './data.js';
import { loadLexicon, type SentimentLexicon } from './lexicon.js';
import { CLASS_ORDER, loadLinearModel, type LinearModel } from './linear.js';
import { plainLexiconCompound } from './plain.js';
import { applyRules, DEFAULT_RULE_OPTIONS, type RuleOptions } from './rules.js';

/**
 * `model`: the learnt logistic model over the rule-based lexicon features and n-grams (the default,
 * chosen by measurement); `rules`: VADER-style rules alone; `plain`: the bare lexicon sum (baseline).
 */
export const SENTIMENT_METHODS = ['model', 'rules', 'plain'] as const;
export type SentimentMethod = (typeof SENTIMENT_METHODS)[number];

export interface SentimentOptions {
  readonly method?: SentimentMethod;
  /** Folder holding the lexicon and weights; defaults to the project's data/sentiment/. */
  readonly dataDir?: string;
  /** Pre-built data (training and tests build variants); read from dataDir when absent. */
  readonly lexicon?: SentimentLexicon;
  readonly model?: LinearModel;
  readonly rules?: Partial<RuleOptions>;
}

export type SentimentScorer = (text: TextView) => Sentiment;

/** VADER's published decision rule for its compound score. */
const COMPOUND_THRESHOLD = 0.05;

/** Builds a scorer; all data is loaded here, once. The scorer reuses buffers: one per thread. */
export function createSentimentScorer(options: SentimentOptions = {}): SentimentScorer {
  const method = options.method ?? 'model';
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  const lexicon = options.lexicon ?? loadLexicon(dir, { uk: method !== 'plain' });
  const rules: RuleOptions = { ...DEFAULT_RULE_OPTIONS, ...options.rules };
  const a = createAnalysis();
  if (method === 'plain') {
    return (text) => {
      collectItems(text, lexicon, a);
      return fromCompound(plainLexiconCompound(a, lexicon));
    };
  }
  if (method === 'rules') {
    return (text) => {
      collectItems(text, lexicon, a);
      applyRules(a, lexicon, rules);
      return fromCompound(a.compound);
    };
  }
  const model = options.model ?? loadLinearModel(dir);
  const logits = new Float64Array(3);
  return (text) => {
    collectItems(text, lexicon, a);
    applyRules(a, lexicon, rules);
    model.logits(a, logits);
    return fromLogits(logits);
  };
}

function fromCompound(compound: number): Sentiment {
  const label: SentimentLabel = compound >= COMPOUND_THRESHOLD ? 'positive' : compound <= -COMPOUND_THRESHOLD ? 'negative' : 'neutral';
  return { label, score: round(compound) };
}

/** Label by arg-max; score is P(positive) - P(negative), so it grades intensity within a label. */
function fromLogits(z: Float64Array): Sentiment {
  const z0 = z[0] as number;
  const z1 = z[1] as number;
  const z2 = z[2] as number;
  const m = Math.max(z0, z1, z2);
  // The largest logit's term is exp(0), exactly 1: two exponentials a post, not three.
  const e0 = z0 === m ? 1 : Math.exp(z0 - m);
  const e1 = z1 === m ? 1 : Math.exp(z1 - m);
  const e2 = z2 === m ? 1 : Math.exp(z2 - m);
  const best = z0 === m ? 0 : z2 === m ? 2 : 1;
  return { label: CLASS_ORDER[best], score: round((e2 - e0) / (e0 + e1 + e2)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

let defaultScorer: SentimentScorer | undefined;

/**
 * Scores one tokenized text with the default model (data loaded on the first call). Deterministic:
 * the same text always gets the same result.
 */
export function scoreSentiment(text: TextView): Sentiment {
  defaultScorer ??= createSentimentScorer();
  return defaultScorer(text);
}
