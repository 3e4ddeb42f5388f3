/** Intent scores and the cue groups of intent.json: each group adds its weight once, half again for a second hit. */
import { INTENTS, type Intent } from '../../../core/contracts/tags.js';
import type { CueGroup } from './intent-data.js';

export type IntentScores = Record<Intent, number>;

export function zeroScores(): IntentScores {
  return { complaint: 0, question: 0, report: 0, praise: 0, information: 0, other: 0 };
}

const REPEAT_SHARE = 0.5;
const MAX_HITS = 2;

export class CueCollector {
  private readonly hits: Uint8Array;

  constructor(private readonly groups: readonly CueGroup[]) {
    this.hits = new Uint8Array(groups.length);
  }

  reset(): void {
    this.hits.fill(0);
  }

  hit(group: number, into: IntentScores): void {
    const g = this.groups[group];
    const seen = this.hits[group] ?? 0;
    if (g === undefined || seen >= MAX_HITS) return;
    this.hits[group] = seen + 1;
    into[g.intent] += seen === 0 ? g.weight : g.weight * REPEAT_SHARE;
  }
}

export function bestIntent(scores: IntentScores): Intent {
  let best: Intent = 'other';
  let top = -Infinity;
  for (const intent of INTENTS) {
    if (scores[intent] > top) {
      top = scores[intent];
      best = intent;
    }
  }
  return best;
}
