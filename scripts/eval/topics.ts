/**
 * Topic tagger evaluation on the labelled enrichment set: precision/recall/F1 per topic and
 * micro/macro averages on split "test" (dev shown for reference; only dev is used for tuning).
 * Run: npx tsx scripts/eval/topics.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createTopicTagger, type TopicTagger } from '../../processors/taggers/topics/index.js';
import { tokenize } from '../../processors/text/tokens.js';

export interface EvalSection {
  title: string;
  lines: string[];
  metrics: Record<string, number>;
}

export const LABELLED_SET = fileURLToPath(new URL('../../test/data/enrichment/posts.labelled.ndjson', import.meta.url));

export interface LabelledPost {
  readonly text: string;
  readonly topics: readonly string[];
  readonly split: 'dev' | 'test';
}

export interface TopicScore {
  readonly id: string;
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface SplitReport {
  readonly split: string;
  readonly posts: number;
  readonly perTopic: readonly TopicScore[];
  readonly micro: { precision: number; recall: number; f1: number };
  /** Averaged over topics with at least one labelled post in the split. */
  readonly macro: { precision: number; recall: number; f1: number };
}

export function readLabelled(file = LABELLED_SET): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledPost);
}

/**
 * The label space: ids the labelled set uses in either split. The set uses only the fixed ids, so
 * predictions of topics the project added on top (e.g. business_rates) are left out, not counted
 * as false positives.
 */
export function labelSpace(posts: readonly LabelledPost[]): Set<string> {
  return new Set(posts.flatMap((p) => p.topics));
}

export function evaluateSplit(
  posts: readonly LabelledPost[],
  split: string,
  tagger: TopicTagger,
  space: ReadonlySet<string> = labelSpace(posts),
): SplitReport {
  const rows = posts.filter((p) => p.split === split);
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const at = (id: string) => {
    let c = counts.get(id);
    if (c === undefined) counts.set(id, (c = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return c;
  };
  for (const post of rows) {
    const gold = new Set(post.topics);
    const predicted = new Set(
      tagger
        .topicsOf(tokenize(post.text).tokens)
        .map((t) => t.id)
        .filter((id) => space.has(id)),
    );
    for (const id of gold) {
      at(id).support++;
      if (predicted.has(id)) at(id).tp++;
      else at(id).fn++;
    }
    for (const id of predicted) if (!gold.has(id)) at(id).fp++;
  }
  const perTopic = [...counts.entries()]
    .map(([id, c]) => ({ id, ...c, ...prf(c.tp, c.fp, c.fn) }))
    .sort((a, b) => b.support - a.support || a.id.localeCompare(b.id));
  const sum = (k: 'tp' | 'fp' | 'fn') => perTopic.reduce((s, t) => s + t[k], 0);
  const supported = perTopic.filter((t) => t.support > 0);
  const mean = (k: 'precision' | 'recall' | 'f1') => supported.reduce((s, t) => s + t[k], 0) / Math.max(1, supported.length);
  return {
    split,
    posts: rows.length,
    perTopic,
    micro: prf(sum('tp'), sum('fp'), sum('fn')),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
  };
}

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function formatReport(r: SplitReport, detailed: boolean): string[] {
  const lines = [
    `split ${r.split}: ${r.posts} posts; micro P ${pct(r.micro.precision)} R ${pct(r.micro.recall)} F1 ${pct(r.micro.f1)}; ` +
      `macro P ${pct(r.macro.precision)} R ${pct(r.macro.recall)} F1 ${pct(r.macro.f1)}`,
  ];
  if (!detailed) return lines;
  lines.push(`  ${'topic'.padEnd(22)} support    P     R     F1   (tp/fp/fn)`);
  for (const t of r.perTopic) {
    lines.push(
      `  ${t.id.padEnd(22)} ${String(t.support).padStart(7)} ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)}   (${t.tp}/${t.fp}/${t.fn})`,
    );
  }
  return lines;
}

export async function run(): Promise<EvalSection> {
  const title = 'Topics (taxonomy tagger)';
  if (!existsSync(LABELLED_SET)) return { title, lines: [`labelled set missing: ${LABELLED_SET}`], metrics: {} };
  const posts = readLabelled();
  const tagger = createTopicTagger();
  const test = evaluateSplit(posts, 'test', tagger);
  const dev = evaluateSplit(posts, 'dev', tagger);
  return {
    title,
    lines: [...formatReport(test, true), ...formatReport(dev, false).map((l) => `(reference) ${l}`)],
    metrics: {
      'test.micro_f1': test.micro.f1,
      'test.micro_precision': test.micro.precision,
      'test.micro_recall': test.micro.recall,
      'test.macro_f1': test.macro.f1,
      'test.macro_recall': test.macro.recall,
      'dev.micro_f1': dev.micro.f1,
      'dev.macro_recall': dev.macro.recall,
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  console.log(`# ${section.title}\n${section.lines.join('\n')}`);
}
