/**
 * Sentiment on TweetEval (SemEval-2017 4A) validation: the reported test set, never used to train or
 * tune. Compares the plain lexicon sum (baseline), the VADER-style rules and the shipped model.
 *   npx tsx scripts/eval/sentiment.ts
 */
import { createSentimentScorer, type SentimentMethod } from '../../processors/taggers/sentiment/index.js';
import { loadTweetEval } from '../sentiment/corpora.js';
import { evaluate } from '../sentiment/evaluate.js';
import { formatConfusion, type Metrics } from '../sentiment/metrics.js';

export interface EvalSection {
  title: string;
  lines: string[];
  metrics: Record<string, number>;
}

const METHODS: readonly { method: SentimentMethod; label: string }[] = [
  { method: 'plain', label: 'baseline: plain VADER lexicon sum, no rules' },
  { method: 'rules', label: 'VADER-style rules + UK lexicon' },
  { method: 'model', label: 'final: logistic model over rules + n-grams' },
];

export async function evaluateSentiment(): Promise<Record<SentimentMethod, Metrics>> {
  const data = loadTweetEval();
  const out: Partial<Record<SentimentMethod, Metrics>> = {};
  for (const { method } of METHODS) out[method] = evaluate(createSentimentScorer({ method }), data);
  return out as Record<SentimentMethod, Metrics>;
}

export async function run(): Promise<EvalSection> {
  const results = await evaluateSentiment();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = ['TweetEval sentiment val (2,000 tweets: 312 neg / 869 neu / 819 pos)', '', `${'method'.padEnd(46)} macro-R  accuracy`];
  const metrics: Record<string, number> = {};
  for (const { method, label } of METHODS) {
    const m = results[method];
    lines.push(`${label.padEnd(46)}${pct(m.macroRecall)}  ${pct(m.accuracy)}`);
    metrics[`sentiment.${method}.macro_recall`] = round(m.macroRecall);
    metrics[`sentiment.${method}.accuracy`] = round(m.accuracy);
  }
  for (const method of ['plain', 'model'] as const) {
    lines.push('', `confusion (${method === 'plain' ? 'baseline' : 'final'}):`, ...formatConfusion(results[method]).map((l) => `  ${l}`));
  }
  return { title: 'Sentiment (TweetEval val)', lines, metrics };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  console.log(`# ${section.title}\n${section.lines.join('\n')}`);
}
