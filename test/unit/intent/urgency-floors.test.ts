/**
 * Safety floors for urgency on every labelled urgency set, a little under what scripts/eval/urgency.ts
 * measured. Development sets (tuned on): the dev split of the enrichment set, the challenge set and
 * dev set 2; no labelled emergency there may be missed. Held out (never tuned on): the urgency
 * held-out sets 1 and 2, whose floors only stop regressions. The urgency sets are held to the
 * figures of rules plus the learned safety net (urgency-net.ts, fitted on the development sets and
 * the urgency training set; on with CP_URGENCY_NET=on), and the held-out sets also to the rules
 * alone, the default. The dev split of the enrichment set is measured with the default tagger. The enrichment test split has its floors in floors.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { evaluate, loadLabelled, type EnrichmentMetrics, type UrgencyMetrics } from '../../../scripts/eval/enrichment.js';
import { evaluateSets } from '../../../scripts/eval/urgency.js';
import { createIntentTagger, loadUrgencyModel } from '../../../processors/taggers/intent/index.js';

let dev: EnrichmentMetrics;
let challenge: UrgencyMetrics;
let dev2: UrgencyMetrics;
let heldout: UrgencyMetrics;
let heldout2: UrgencyMetrics;
let rulesOnly: { heldout: UrgencyMetrics; heldout2: UrgencyMetrics };

beforeAll(() => {
  dev = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
  ({ challenge, dev2, heldout, heldout2 } = evaluateSets(createIntentTagger({ urgencyModel: loadUrgencyModel() })));
  rulesOnly = evaluateSets();
});

describe('urgency on the dev split', () => {
  it('raises every labelled emergency to emergency and every high post to high or emergency', () => {
    expect(dev.emergencies).toBeGreaterThanOrEqual(19);
    expect(dev.emergencyRecall).toBe(1);
    expect(dev.highOrEmergencyRecall).toBe(1);
  });

  it('keeps false alarms rare (measured 3.6% with the net, 1.2% rules only)', () => {
    expect(dev.falseAlarmRate).toBeLessThanOrEqual(0.05);
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

  it('raises nearly every high post (measured 100%) and keeps false alarms rare (measured 2.0%)', () => {
    expect(dev2.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.97);
    expect(dev2.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

describe('urgency on the held-out set (never tuned on)', () => {
  // Measured with the net (one look, after its threshold was fixed): 75.0% emergency -> emergency,
  // 99.0% emergency -> high or emergency, 99.3% of high or emergency raised, 23.7% false alarms.
  // Rules alone: 75.0%, 79.0%, 78.0%, 11.5% (blind baseline 74.0%, 78.0%, 74.7%, 13.5%).
  it('keeps what it raises', () => {
    expect(heldout.emergencies).toBe(100);
    expect(heldout.emergencyRecall).toBeGreaterThanOrEqual(0.74);
    expect(heldout.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.98);
    expect(heldout.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps false alarms at or under the measured rate plus one post', () => {
    expect(heldout.falseAlarmRate).toBeLessThanOrEqual(0.244);
  });
});

describe('urgency on held-out set 2 (never tuned on)', () => {
  // First and only look, with the net's threshold fixed: rules alone 66.0% emergency -> emergency,
  // 70.0% emergency -> high or emergency, 66.0% of high or emergency raised, 11.2% false alarms;
  // rules + net 66.0%, 98.0%, 98.0%, 45.4%.
  it('keeps what it raises', () => {
    expect(heldout2.emergencies).toBe(100);
    expect(heldout2.emergencyRecall).toBeGreaterThanOrEqual(0.65);
    expect(heldout2.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.97);
    expect(heldout2.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps false alarms at or under the measured rate plus one post', () => {
    expect(heldout2.falseAlarmRate).toBeLessThanOrEqual(0.461);
  });
});

describe('urgency on the held-out sets with the rules alone (the default)', () => {
  // Measured: held-out set 79.0% of emergencies raised to high or more, 11.5% false alarms; held-out
  // set 2: 70.0% and 11.2%. Far from never missing one: see the README.
  it('keeps what the rules raise and their false alarms', () => {
    expect(rulesOnly.heldout.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.78);
    expect(rulesOnly.heldout2.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.69);
    expect(rulesOnly.heldout.falseAlarmRate).toBeLessThanOrEqual(0.122);
    expect(rulesOnly.heldout2.falseAlarmRate).toBeLessThanOrEqual(0.119);
  });
});
