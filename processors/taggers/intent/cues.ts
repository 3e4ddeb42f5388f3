/**
 * Intent scores and the cue groups of intent.json: each group adds its weight once, half again for a
 * second hit. Scores live in a Float64Array indexed in INTENTS order, reused from post to post.
 */
import { INTENTS, type Intent } from '../../../core/contracts/tags.js';
import type { CueGroup } from './intent-data.js';

/** Score of each intent, at its index in INTENTS. */
export type IntentScores = Float64Array;

export const INTENT_INDEX: Readonly<Record<Intent, number>> = Object.fromEntries(INTENTS.map((intent, i) => [intent, i])) as Record<
  Intent,
  number
>;

export function zeroScores(): IntentScores {
  return new Float64Array(INTENTS.length);
}

const REPEAT_SHARE = 0.5;
const MAX_HITS = 2;

export class CueCollector {
  private readonly hits: Uint8Array;
  /** Each group's intent index and weight, read per hit. */
  private readonly intentOf: Uint8Array;
  private readonly weightOf: Float64Array;

  constructor(groups: readonly CueGroup[]) {
    this.hits = new Uint8Array(groups.length);
    this.intentOf = Uint8Array.from(groups.map((g) => INTENT_INDEX[g.intent]));
    this.weightOf = Float64Array.from(groups.map((g) => g.weight));
  }

  /** A loop, not `fill`: for a dozen groups the call into the built-in costs more than the stores. */
  reset(): void {
    const hits = this.hits;
    for (let g = 0; g < hits.length; g++) hits[g] = 0;
  }

  hit(group: number, into: IntentScores): void {
    const seen = this.hits[group] ?? MAX_HITS;
    if (seen >= MAX_HITS) return;
    this.hits[group] = seen + 1;
    const weight = this.weightOf[group] ?? 0;
    const i = this.intentOf[group] ?? 0;
    into[i] = (into[i] ?? 0) + (seen === 0 ? weight : weight * REPEAT_SHARE);
  }
}

/** The intent with the highest score; the first in INTENTS order on a tie. */
export function bestIntent(scores: IntentScores): Intent {
  let best = INTENTS.length - 1;
  let top = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? -Infinity;
    if (s > top) {
      top = s;
      best = i;
    }
  }
  return INTENTS[best] ?? 'other';
}
