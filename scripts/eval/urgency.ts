/**
 * Urgency on every labelled set, side by side: how many emergencies are tagged emergency, how many
 * are raised at least to high, how many high-or-emergency posts are raised, and how many calm posts
 * (low or normal) are raised by mistake.
 *
 *   npx tsx scripts/eval/urgency.ts                 the table (what `npm run eval` prints)
 *   npx tsx scripts/eval/urgency.ts --misses=challenge|dev2   a development set's misses, for tuning
 *
 * Every set is scored twice: by the phrase rules alone and by the rules with the learned safety net
 * (processors/taggers/intent/urgency-net.ts, on by default), which raises to high what the rules
 * leave below it.
 *
 * Held out, reported, never tuned on: the enrichment test split and urgency held-out set 6 (no option
 * prints their misses).
 * Tuned on: the challenge set and dev set 2 (test/data/urgency/README.md); the net is fitted on
 * those, urgency sets 1 to 5 (held out until earlier methods had been scored on them, so no longer
 * held out; no option prints their misses either) and the urgency training sets 1 and 2.
 */
import { fileURLToPath } from 'node:url';

import { createIntentTagger, loadUrgencyModel } from '../../processors/taggers/intent/index.js';
import type { Tagger } from '../../processors/taggers/tagger.js';
import {
  createTaggers,
  evaluate,
  evaluateUrgency,
  loadChallenge,
  loadLabelled,
  RAISED,
  type EvalSection,
  type EnrichmentMetrics,
  type UrgencyMetrics,
} from './enrichment.js';

const dataPath = (file: string): string => fileURLToPath(new URL(`../../test/data/urgency/${file}`, import.meta.url));

export const HELDOUT_PATH = dataPath('heldout.labelled.ndjson');
export const HELDOUT2_PATH = dataPath('heldout2.labelled.ndjson');
export const HELDOUT3_PATH = dataPath('heldout3.labelled.ndjson');
export const HELDOUT4_PATH = dataPath('heldout4.labelled.ndjson');
export const HELDOUT5_PATH = dataPath('heldout5.labelled.ndjson');
export const HELDOUT6_PATH = dataPath('heldout6.labelled.ndjson');
export const DEV2_PATH = dataPath('dev.labelled.ndjson');

/** The figures every set reports, whatever its labels hold. */
export interface UrgencyRow extends Pick<
  UrgencyMetrics,
  'n' | 'emergencies' | 'highOrEmergency' | 'emergencyRecall' | 'emergencyRaisedRecall' | 'highOrEmergencyRecall' | 'falseAlarmRate'
> {
  readonly key: string;
  readonly title: string;
  readonly role: 'held out' | 'development';
}

function rowOf(key: string, title: string, role: UrgencyRow['role'], m: EnrichmentMetrics | UrgencyMetrics): UrgencyRow {
  return {
    key,
    title,
    role,
    n: m.n,
    emergencies: m.emergencies,
    highOrEmergency: m.highOrEmergency,
    emergencyRecall: m.emergencyRecall,
    emergencyRaisedRecall: m.emergencyRaisedRecall,
    highOrEmergencyRecall: m.highOrEmergencyRecall,
    falseAlarmRate: m.falseAlarmRate,
  };
}

export interface UrgencySets {
  readonly test: EnrichmentMetrics;
  readonly heldout6: UrgencyMetrics;
  readonly heldout5: UrgencyMetrics;
  readonly heldout4: UrgencyMetrics;
  readonly heldout3: UrgencyMetrics;
  readonly heldout: UrgencyMetrics;
  readonly heldout2: UrgencyMetrics;
  readonly challenge: UrgencyMetrics;
  readonly dev2: UrgencyMetrics;
}

/** Every set through one tagger. The urgency sets carry no sentiment or topics: the tagger sees neutral and none. */
export function evaluateSets(tagger: Tagger = createIntentTagger()): UrgencySets {
  const test = evaluate(
    loadLabelled().filter((p) => p.split === 'test'),
    { ...createTaggers(), intent: tagger },
  );
  return {
    test,
    heldout6: evaluateUrgency(loadChallenge(HELDOUT6_PATH), tagger),
    heldout5: evaluateUrgency(loadChallenge(HELDOUT5_PATH), tagger),
    heldout4: evaluateUrgency(loadChallenge(HELDOUT4_PATH), tagger),
    heldout3: evaluateUrgency(loadChallenge(HELDOUT3_PATH), tagger),
    heldout: evaluateUrgency(loadChallenge(HELDOUT_PATH), tagger),
    heldout2: evaluateUrgency(loadChallenge(HELDOUT2_PATH), tagger),
    challenge: evaluateUrgency(loadChallenge(), tagger),
    dev2: evaluateUrgency(loadChallenge(DEV2_PATH), tagger),
  };
}

export function rows(sets: UrgencySets): UrgencyRow[] {
  return [
    rowOf('test', 'enrichment test split', 'held out', sets.test),
    rowOf('heldout6', 'urgency held-out set 6', 'held out', sets.heldout6),
    rowOf('heldout5', 'urgency set 5 (was held out)', 'development', sets.heldout5),
    rowOf('heldout4', 'urgency set 4 (was held out)', 'development', sets.heldout4),
    rowOf('heldout3', 'urgency set 3 (was held out)', 'development', sets.heldout3),
    rowOf('heldout', 'urgency set 1 (was held out)', 'development', sets.heldout),
    rowOf('heldout2', 'urgency set 2 (was held out)', 'development', sets.heldout2),
    rowOf('challenge', 'urgency challenge set', 'development', sets.challenge),
    rowOf('dev2', 'urgency dev set 2', 'development', sets.dev2),
  ];
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Rows of the rules alone and of the rules with the net, set by set. */
function table(rulesOnly: readonly UrgencyRow[], withNet: readonly UrgencyRow[]): string[] {
  const head = ['set', 'role', 'urgency by', 'posts', 'emerg.', 'emerg.->emerg.', 'emerg.->>=high', 'high+emerg.->>=high', 'false alarms'];
  const pairs = rulesOnly.flatMap((r, i) => [['rules', r] as const, ['rules+net', withNet[i] ?? r] as const]);
  const body = pairs.map(([by, r]) => [
    r.title,
    r.role,
    by,
    String(r.n),
    String(r.emergencies),
    pct(r.emergencyRecall),
    pct(r.emergencyRaisedRecall),
    pct(r.highOrEmergencyRecall),
    pct(r.falseAlarmRate),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), ...body.map(line)];
}

function confusion(title: string, m: UrgencyMetrics): string[] {
  const cell = (s: string) => s.padStart(10);
  return [
    `${title} (rows: labelled, columns: tagged; none = low or normal)`,
    cell('') + RAISED.map(cell).join(''),
    ...RAISED.map((a) => cell(a) + RAISED.map((b) => cell(String(m.confusion[a][b]))).join('')),
  ];
}

function addMetrics(metrics: Record<string, number>, prefix: string, all: readonly UrgencyRow[]): void {
  for (const r of all) {
    metrics[`${prefix}${r.key}.emergency_recall`] = r.emergencyRecall;
    metrics[`${prefix}${r.key}.emergency_raised_recall`] = r.emergencyRaisedRecall;
    metrics[`${prefix}${r.key}.high_or_emergency_recall`] = r.highOrEmergencyRecall;
    metrics[`${prefix}${r.key}.false_alarm_rate`] = r.falseAlarmRate;
  }
}

export async function run(): Promise<EvalSection> {
  const sets = evaluateSets(createIntentTagger({ urgencyModel: loadUrgencyModel() }));
  const rulesSets = evaluateSets();
  const withNet = rows(sets);
  const rulesOnly = rows(rulesSets);
  const metrics: Record<string, number> = {};
  addMetrics(metrics, '', withNet);
  addMetrics(metrics, 'rules_only.', rulesOnly);
  return {
    title: 'Urgency: emergencies raised and false alarms, every labelled set',
    lines: [
      'emerg.->emerg.: labelled emergency, tagged emergency. emerg.->>=high: tagged high or emergency.',
      'false alarms: labelled low or normal, tagged high or emergency. The urgency sets have no sentiment or',
      'topic labels, so the tagger sees them as neutral with no topic; the test split uses its labels.',
      'rules: phrase rules and frames only. rules+net (the default): with the learned safety net, which raises to high and',
      'lifts a confident high to emergency; it was fitted on the development sets other than set 5 and on the urgency',
      'training sets, so those rows are in-sample.',
      ...table(rulesOnly, withNet),
      ...confusion('urgency, held-out set 6, rules only', rulesSets.heldout6),
      ...confusion('urgency, held-out set 6, rules+net', sets.heldout6),
      ...confusion('urgency, challenge set', sets.challenge),
    ],
    metrics,
  };
}

async function main(): Promise<void> {
  const which = process.argv.find((a) => a.startsWith('--misses='))?.slice(9);
  if (which === 'challenge' || which === 'dev2') {
    const m = evaluateUrgency(loadChallenge(which === 'dev2' ? DEV2_PATH : undefined));
    for (const miss of m.misses)
      console.log(`${miss.id} ${miss.category} want ${miss.expected} got ${miss.got} | ${miss.text.slice(0, 150)}`);
    return;
  }
  if (which !== undefined) throw new Error(`--misses takes challenge or dev2 (held-out sets print no misses), not ${which}`);
  const section = await run();
  console.log(`# ${section.title}`);
  for (const line of section.lines) console.log(line);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
