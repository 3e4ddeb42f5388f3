/**
 * Safety floors for urgency on every labelled urgency set, a little under what scripts/eval/urgency.ts
 * measured. Development sets (tuned on): the dev split of the enrichment set, the challenge set and
 * dev set 2; no labelled emergency there may be missed. Held out (never tuned on): the urgency
 * held-out set, whose floors only stop regressions (its last measurement is far from the target).
 * The enrichment test split has its floors in floors.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { evaluate, loadLabelled, type EnrichmentMetrics, type UrgencyMetrics } from '../../../scripts/eval/enrichment.js';
import { evaluateSets } from '../../../scripts/eval/urgency.js';

let dev: EnrichmentMetrics;
let challenge: UrgencyMetrics;
let dev2: UrgencyMetrics;
let heldout: UrgencyMetrics;

beforeAll(() => {
  dev = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
  ({ challenge, dev2, heldout } = evaluateSets());
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

describe('urgency on dev set 2', () => {
  it('raises every labelled emergency to high or emergency (measured 98.4% to emergency)', () => {
    expect(dev2.emergencies).toBeGreaterThanOrEqual(120);
    expect(dev2.emergencyRaisedRecall).toBe(1);
    expect(dev2.emergencyRecall).toBeGreaterThanOrEqual(0.97);
  });

  it('raises nearly every high post (measured 98.9%) and keeps false alarms rare (measured 1.4%)', () => {
    expect(dev2.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.97);
    expect(dev2.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

describe('urgency on the held-out set (never tuned on)', () => {
  // Measured: 75.0% emergency -> emergency, 79.0% emergency -> high or emergency, 78.0% of high or
  // emergency raised, 11.5% false alarms (blind baseline 74.0%, 78.0%, 74.7%, 13.5%).
  it('keeps what it raises', () => {
    expect(heldout.emergencies).toBe(100);
    expect(heldout.emergencyRecall).toBeGreaterThanOrEqual(0.74);
    expect(heldout.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.78);
    expect(heldout.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.77);
  });

  it('keeps false alarms at or under the measured rate plus one post', () => {
    expect(heldout.falseAlarmRate).toBeLessThanOrEqual(0.125);
  });
});
