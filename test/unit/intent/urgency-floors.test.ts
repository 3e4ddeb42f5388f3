/**
 * Safety floors for urgency on the two development sets it was tuned on: the dev split of the
 * labelled enrichment set and the urgency challenge set. No labelled emergency may be missed; false
 * alarms stay under a ceiling a little above the measured rate. (The held-out test split has its own
 * floors in floors.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';

import {
  evaluate,
  evaluateUrgency,
  loadChallenge,
  loadLabelled,
  type EnrichmentMetrics,
  type UrgencyMetrics,
} from '../../../scripts/eval/enrichment.js';

let dev: EnrichmentMetrics;
let challenge: UrgencyMetrics;

beforeAll(() => {
  dev = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
  challenge = evaluateUrgency(loadChallenge());
});

describe('urgency on the dev split', () => {
  it('raises every labelled emergency to emergency and every high post to high or emergency', () => {
    expect(dev.emergencies).toBeGreaterThanOrEqual(19);
    expect(dev.emergencyRecall).toBe(1);
    expect(dev.highOrEmergencyRecall).toBe(1);
  });

  it('keeps false alarms rare (measured 1.2%)', () => {
    expect(dev.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

describe('urgency on the challenge set', () => {
  it('raises every labelled emergency to emergency', () => {
    expect(challenge.emergencies).toBeGreaterThanOrEqual(100);
    expect(challenge.emergencyRecall).toBe(1);
  });

  it('raises nearly every high post (measured 100%) and keeps figures of speech down (measured 0.0%)', () => {
    expect(challenge.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.98);
    expect(challenge.falseAlarmRate).toBeLessThanOrEqual(0.02);
    expect(challenge.levelAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
