/**
 * Evaluation of the intent/urgency and language taggers on the labelled enrichment set
 * (test/data/enrichment/posts.labelled.ndjson). Intent, needs_response and urgency are scored with
 * the LABELLED sentiment and topics as inputs, so the figures do not depend on those taggers.
 *
 *   npx tsx scripts/eval/enrichment.ts            test split (and dev for reference)
 *   npx tsx scripts/eval/enrichment.ts --dev      dev split only, with the misses (for tuning)
 *
 * Urgency on the urgency sets (challenge, held-out, dev set 2) is scripts/eval/urgency.ts; the
 * loaders and scorers it shares live here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { PLATFORMS, type Platform, type Post } from '../../core/contracts/post.js';
import {
  emptyTags,
  INTENTS,
  LANGUAGES,
  SENTIMENT_LABELS,
  URGENCIES,
  type Intent,
  type Language,
  type SentimentLabel,
  type Tags,
  type Urgency,
} from '../../core/contracts/tags.js';
import { createIntentTagger, loadUrgencyModel } from '../../processors/taggers/intent/index.js';
import { createLanguageTagger } from '../../processors/taggers/language/index.js';
import type { Tagger } from '../../processors/taggers/tagger.js';
import { tokenize } from '../../processors/text/tokens.js';

export interface EvalSection {
  title: string;
  lines: string[];
  metrics: Record<string, number>;
}

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface LabelledPost {
  readonly id: string;
  readonly text: string;
  readonly platform: Platform;
  readonly topics: readonly string[];
  readonly intent: Intent;
  readonly needs_response: boolean;
  readonly urgency: Urgency;
  readonly language: Language;
  readonly sentiment: SentimentLabel;
  readonly split: Split;
}

export const LABELLED_PATH = fileURLToPath(new URL('../../test/data/enrichment/posts.labelled.ndjson', import.meta.url));

function oneOf<T extends string>(values: readonly T[], value: unknown, field: string, line: number): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new Error(`posts.labelled.ndjson line ${line}: bad ${field} ${String(value)}`);
  return found;
}

/** Each non-blank line of an NDJSON file as a record, with its 1-based line number. */
function readRecords(path: string): { r: Record<string, unknown>; line: number }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, i) => (text.trim() === '' ? [] : [{ r: JSON.parse(text) as Record<string, unknown>, line: i + 1 }]));
}

export function loadLabelled(path: string = LABELLED_PATH): LabelledPost[] {
  return readRecords(path).map(({ r, line }) => ({
    id: String(r['id']),
    text: String(r['text']),
    platform: oneOf(PLATFORMS, r['platform'], 'platform', line),
    topics: Array.isArray(r['topics']) ? r['topics'].map(String) : [],
    intent: oneOf(INTENTS, r['intent'], 'intent', line),
    needs_response: r['needs_response'] === true,
    urgency: oneOf(URGENCIES, r['urgency'], 'urgency', line),
    language: oneOf(LANGUAGES, r['language'], 'language', line),
    sentiment: oneOf(SENTIMENT_LABELS, r['sentiment'], 'sentiment', line),
    split: oneOf(SPLITS, r['split'], 'split', line),
  }));
}

export function toPost(item: Pick<LabelledPost, 'id' | 'text' | 'platform'>): Post {
  return {
    id: `${item.platform}:${item.id}`,
    platform: item.platform,
    source: 'eval',
    direction: 'inbound',
    author: { id: 'eval', handle: 'eval', name: 'eval' },
    text: item.text,
    created_at: '2024-01-01T00:00:00Z',
    mentions: [],
    hashtags: [],
    links: [],
  };
}

const SENTIMENT_SCORE: Record<SentimentLabel, number> = { negative: -0.6, neutral: 0, positive: 0.6 };

/** The tags the intent tagger sees: the labelled sentiment and topics, as the earlier taggers would write them. */
function inputTags(item: LabelledPost): Tags {
  const tags = emptyTags();
  tags.sentiment = { label: item.sentiment, score: SENTIMENT_SCORE[item.sentiment] };
  tags.topics = item.topics.map((id) => ({ id, score: 1 }));
  return tags;
}

export type Confusion<T extends string> = Record<T, Record<T, number>>;

function emptyConfusion<T extends string>(values: readonly T[]): Confusion<T> {
  const m = {} as Confusion<T>;
  for (const a of values) {
    m[a] = {} as Record<T, number>;
    for (const b of values) m[a][b] = 0;
  }
  return m;
}

export interface Miss {
  readonly id: string;
  readonly field: 'intent' | 'needs_response' | 'urgency' | 'language';
  readonly expected: string;
  readonly got: string;
  readonly text: string;
}

export interface EnrichmentMetrics {
  readonly n: number;
  readonly intentAccuracy: number;
  /** Complaint and report counted as one class (the labellers' hardest boundary). */
  readonly intentAccuracyComplaintReportJoint: number;
  readonly intentConfusion: Confusion<Intent>;
  readonly needsResponseAccuracy: number;
  readonly urgencyAccuracy: number;
  readonly urgencyConfusion: Confusion<Urgency>;
  /** Items labelled emergency that came out emergency. */
  readonly emergencyRecall: number;
  /** Items labelled emergency that came out high or emergency. */
  readonly emergencyRaisedRecall: number;
  /** Items labelled high or emergency that came out high or emergency. */
  readonly highOrEmergencyRecall: number;
  /** Items labelled low or normal that came out high or emergency, over all such items. */
  readonly falseAlarmRate: number;
  readonly languageAccuracy: number;
  readonly languageConfusion: Confusion<Language>;
  readonly emergencies: number;
  readonly highOrEmergency: number;
  readonly misses: Miss[];
}

export interface EnrichmentTaggers {
  readonly intent: Tagger;
  readonly language: Tagger;
}

export function createTaggers(): EnrichmentTaggers {
  return { intent: createIntentTagger({ urgencyModel: loadUrgencyModel() }), language: createLanguageTagger() };
}

const raisedLevel = (u: Urgency): boolean => u === 'high' || u === 'emergency';
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const joint = (i: Intent): string => (i === 'report' ? 'complaint' : i);

export function evaluate(items: readonly LabelledPost[], taggers: EnrichmentTaggers = createTaggers()): EnrichmentMetrics {
  const intentConfusion = emptyConfusion(INTENTS);
  const urgencyConfusion = emptyConfusion(URGENCIES);
  const languageConfusion = emptyConfusion(LANGUAGES);
  const misses: Miss[] = [];
  const c = {
    intent: 0,
    joint: 0,
    needs: 0,
    urgency: 0,
    lang: 0,
    emerg: 0,
    emergHit: 0,
    emergRaised: 0,
    raised: 0,
    raisedHit: 0,
    calm: 0,
    alarms: 0,
  };
  for (const item of items) {
    const input = { post: toPost(item), text: tokenize(item.text) };
    const tags = inputTags(item);
    taggers.intent.tag(input, tags);
    const langTags = emptyTags();
    taggers.language.tag(input, langTags);
    intentConfusion[item.intent][tags.intent]++;
    urgencyConfusion[item.urgency][tags.urgency]++;
    languageConfusion[item.language][langTags.language]++;
    const miss = (field: Miss['field'], expected: string, got: string) =>
      misses.push({ id: item.id, field, expected, got, text: item.text });
    if (tags.intent === item.intent) c.intent++;
    else miss('intent', item.intent, tags.intent);
    if (joint(tags.intent) === joint(item.intent)) c.joint++;
    if (tags.needs_response === item.needs_response) c.needs++;
    else miss('needs_response', String(item.needs_response), String(tags.needs_response));
    if (tags.urgency === item.urgency) c.urgency++;
    else miss('urgency', item.urgency, tags.urgency);
    if (langTags.language === item.language) c.lang++;
    else miss('language', item.language, langTags.language);
    if (item.urgency === 'emergency') {
      c.emerg++;
      if (tags.urgency === 'emergency') c.emergHit++;
      if (raisedLevel(tags.urgency)) c.emergRaised++;
    }
    if (raisedLevel(item.urgency)) {
      c.raised++;
      if (raisedLevel(tags.urgency)) c.raisedHit++;
    } else {
      c.calm++;
      if (raisedLevel(tags.urgency)) c.alarms++;
    }
  }
  const n = items.length;
  return {
    n,
    intentAccuracy: ratio(c.intent, n),
    intentAccuracyComplaintReportJoint: ratio(c.joint, n),
    intentConfusion,
    needsResponseAccuracy: ratio(c.needs, n),
    urgencyAccuracy: ratio(c.urgency, n),
    urgencyConfusion,
    emergencyRecall: ratio(c.emergHit, c.emerg),
    emergencyRaisedRecall: ratio(c.emergRaised, c.emerg),
    highOrEmergencyRecall: ratio(c.raisedHit, c.raised),
    falseAlarmRate: ratio(c.alarms, c.calm),
    languageAccuracy: ratio(c.lang, n),
    languageConfusion,
    emergencies: c.emerg,
    highOrEmergency: c.raised,
    misses,
  };
}

/** A post of the urgency challenge set: harder, unseen wordings of emergencies and figurative traps. */
export interface ChallengePost {
  readonly id: string;
  readonly text: string;
  readonly platform: Platform;
  readonly urgency: Urgency;
  readonly language: Language;
  /** What kind of emergency or trap the post is ("gas", "self-harm", "negative-trick"...). */
  readonly category: string;
}

export const CHALLENGE_PATH = fileURLToPath(new URL('../../test/data/urgency/challenge.labelled.ndjson', import.meta.url));

export function loadChallenge(path: string = CHALLENGE_PATH): ChallengePost[] {
  return readRecords(path).map(({ r, line }) => ({
    id: String(r['id']),
    text: String(r['text']),
    platform: oneOf(PLATFORMS, r['platform'], 'platform', line),
    urgency: oneOf(URGENCIES, r['urgency'], 'urgency', line),
    language: oneOf(LANGUAGES, r['language'], 'language', line),
    category: String(r['category']),
  }));
}

/** What urgency decides: not raised (low or normal), high, emergency. */
export const RAISED = ['none', 'high', 'emergency'] as const;
export type Raised = (typeof RAISED)[number];
const raisedOf = (u: Urgency): Raised => (u === 'high' || u === 'emergency' ? u : 'none');

export interface UrgencyMiss {
  readonly id: string;
  readonly category: string;
  readonly expected: Raised;
  readonly got: Raised;
  readonly text: string;
}

export interface UrgencyMetrics {
  readonly n: number;
  readonly emergencies: number;
  readonly highOrEmergency: number;
  readonly emergencyRecall: number;
  readonly emergencyRaisedRecall: number;
  readonly highOrEmergencyRecall: number;
  readonly falseAlarmRate: number;
  /** Agreement on none / high / emergency (low and normal need sentiment and topics, which the set lacks). */
  readonly levelAccuracy: number;
  readonly confusion: Confusion<Raised>;
  readonly misses: UrgencyMiss[];
}

/**
 * Urgency alone on posts that carry no sentiment or topic labels: the intent tagger runs with neutral
 * sentiment and no topics, so only its safety wording can raise a post.
 */
export function evaluateUrgency(items: readonly ChallengePost[], tagger: Tagger = createIntentTagger()): UrgencyMetrics {
  const confusion = emptyConfusion(RAISED);
  const misses: UrgencyMiss[] = [];
  const c = { emerg: 0, emergHit: 0, emergRaised: 0, raised: 0, raisedHit: 0, calm: 0, alarms: 0, agree: 0 };
  for (const item of items) {
    const tags = emptyTags();
    tagger.tag({ post: toPost(item), text: tokenize(item.text) }, tags);
    const want = raisedOf(item.urgency);
    const got = raisedOf(tags.urgency);
    confusion[want][got]++;
    if (want === got) c.agree++;
    else misses.push({ id: item.id, category: item.category, expected: want, got, text: item.text });
    if (want === 'emergency') {
      c.emerg++;
      if (got === 'emergency') c.emergHit++;
      if (got !== 'none') c.emergRaised++;
    }
    if (want !== 'none') {
      c.raised++;
      if (got !== 'none') c.raisedHit++;
    } else {
      c.calm++;
      if (got !== 'none') c.alarms++;
    }
  }
  return {
    n: items.length,
    emergencies: c.emerg,
    highOrEmergency: c.raised,
    emergencyRecall: ratio(c.emergHit, c.emerg),
    emergencyRaisedRecall: ratio(c.emergRaised, c.emerg),
    highOrEmergencyRecall: ratio(c.raisedHit, c.raised),
    falseAlarmRate: ratio(c.alarms, c.calm),
    levelAccuracy: ratio(c.agree, items.length),
    confusion,
    misses,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function confusionLines<T extends string>(title: string, values: readonly T[], m: Confusion<T>): string[] {
  const width = Math.max(...values.map((v) => v.length), 8) + 1;
  const cell = (s: string) => s.padStart(width);
  const lines = [`${title} (rows: labelled, columns: tagged)`, cell('') + values.map(cell).join('')];
  for (const a of values) lines.push(cell(a) + values.map((b) => cell(String(m[a][b]))).join(''));
  return lines;
}

function describe(split: Split, m: EnrichmentMetrics): string[] {
  return [
    `split ${split}: ${m.n} posts, ${m.emergencies} emergency, ${m.highOrEmergency} high or emergency`,
    `  intent accuracy              ${pct(m.intentAccuracy)}   (complaint+report as one class: ${pct(m.intentAccuracyComplaintReportJoint)})`,
    `  needs_response accuracy      ${pct(m.needsResponseAccuracy)}`,
    `  urgency accuracy             ${pct(m.urgencyAccuracy)}`,
    `  emergency recall             ${pct(m.emergencyRecall)}   (tagged emergency / labelled emergency)`,
    `  emergency raised recall      ${pct(m.emergencyRaisedRecall)}   (labelled emergency tagged high or emergency)`,
    `  high-or-emergency recall     ${pct(m.highOrEmergencyRecall)}`,
    `  false alarm rate             ${pct(m.falseAlarmRate)}   (labelled low/normal tagged high/emergency)`,
    `  language accuracy            ${pct(m.languageAccuracy)}`,
  ];
}

function metricsOf(split: Split, m: EnrichmentMetrics): Record<string, number> {
  return {
    [`${split}.intent_accuracy`]: m.intentAccuracy,
    [`${split}.intent_accuracy_complaint_report_joint`]: m.intentAccuracyComplaintReportJoint,
    [`${split}.needs_response_accuracy`]: m.needsResponseAccuracy,
    [`${split}.urgency_accuracy`]: m.urgencyAccuracy,
    [`${split}.emergency_recall`]: m.emergencyRecall,
    [`${split}.emergency_raised_recall`]: m.emergencyRaisedRecall,
    [`${split}.high_or_emergency_recall`]: m.highOrEmergencyRecall,
    [`${split}.false_alarm_rate`]: m.falseAlarmRate,
    [`${split}.language_accuracy`]: m.languageAccuracy,
  };
}

export async function run(): Promise<EvalSection> {
  const all = loadLabelled();
  const taggers = createTaggers();
  const test = evaluate(
    all.filter((p) => p.split === 'test'),
    taggers,
  );
  const dev = evaluate(
    all.filter((p) => p.split === 'dev'),
    taggers,
  );
  const lines = [
    'Inputs: intent/needs_response/urgency use the LABELLED sentiment and topics of each post as the',
    'sentiment and topics tags, so these figures do not depend on the sentiment and topics taggers.',
    'Tuned on dev only; test is the reported figure.',
    ...describe('test', test),
    ...confusionLines('intent, test', INTENTS, test.intentConfusion),
    ...confusionLines('urgency, test', URGENCIES, test.urgencyConfusion),
    ...confusionLines('language, test', LANGUAGES, test.languageConfusion),
    ...describe('dev', dev),
  ];
  return {
    title: 'Enrichment: intent, needs_response, urgency, language',
    lines,
    metrics: { ...metricsOf('test', test), ...metricsOf('dev', dev) },
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--dev')) {
    const m = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
    for (const line of describe('dev', m)) console.log(line);
    for (const line of confusionLines('intent, dev', INTENTS, m.intentConfusion)) console.log(line);
    for (const line of confusionLines('urgency, dev', URGENCIES, m.urgencyConfusion)) console.log(line);
    const only = process.argv.find((a) => a.startsWith('--field='))?.slice(8);
    for (const miss of m.misses) {
      if (only === undefined || miss.field === only)
        console.log(`${miss.id} ${miss.field} want ${miss.expected} got ${miss.got} | ${miss.text.slice(0, 150)}`);
    }
    return;
  }
  const section = await run();
  console.log(`# ${section.title}`);
  for (const line of section.lines) console.log(line);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
