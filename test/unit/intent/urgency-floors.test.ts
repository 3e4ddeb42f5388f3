/**
 * Safety floors for urgency on every labelled urgency set, a little under what scripts/eval/urgency.ts
 * measured. Development sets (tuned on): the dev split of the enrichment set, the challenge set, dev
 * set 2 and urgency sets 1 to 4 (held out until earlier methods were scored on them; the net is now
 * fitted on them, and the rules' guards came from their false alarms); no labelled emergency there
 * may be missed. Every set is held to the default tagger, the rules plus the learned safety net
 * (urgency-net.ts), and sets 3 to 6 also to the rules alone (CP_URGENCY_NET=off). Held out:
 * held-out set 6 below (floors set after its looks) and the enrichment test split (floors.test.ts). Set 5
 * was held out until this release's guards; the guards came from its false alarms, so it is development.
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
let heldout3: UrgencyMetrics;
let heldout4: UrgencyMetrics;
let heldout5: UrgencyMetrics;
let heldout6: UrgencyMetrics;
let rulesOnly: { heldout3: UrgencyMetrics; heldout4: UrgencyMetrics; heldout5: UrgencyMetrics; heldout6: UrgencyMetrics };

beforeAll(() => {
  dev = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
  ({ challenge, dev2, heldout, heldout2, heldout3, heldout4, heldout5, heldout6 } = evaluateSets(
    createIntentTagger({ urgencyModel: loadUrgencyModel() }),
  ));
  rulesOnly = evaluateSets();
});

describe('urgency on the dev split', () => {
  it('raises every labelled emergency to emergency and every high post to high or emergency', () => {
    expect(dev.emergencies).toBeGreaterThanOrEqual(19);
    expect(dev.emergencyRecall).toBe(1);
    expect(dev.highOrEmergencyRecall).toBe(1);
  });

  it('keeps false alarms rare (measured 1.2%, rules alone and with the net)', () => {
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

describe('urgency sets 1 to 4 (fitted on since they were scored)', () => {
  // In-sample for the net and its emergency head: 100%, 99%, 100% and 100% of emergencies tagged
  // emergency; 5.1%, 6.6%, 9.3% and 2.7% false alarms (the rules' own; the net adds none there).
  it('tags every labelled emergency emergency and keeps false alarms down', () => {
    for (const set of [heldout, heldout2, heldout3, heldout4]) {
      expect(set.emergencies).toBe(100);
      expect(set.emergencyRaisedRecall).toBe(1);
      expect(set.emergencyRecall).toBeGreaterThanOrEqual(0.97);
      expect(set.falseAlarmRate).toBeLessThanOrEqual(0.1);
    }
  });
});

describe('urgency sets 3 and 4, rules alone', () => {
  // Their looks as held-out sets, before they became training data: set 3, rules alone 44.0% emergency
  // -> emergency, 49.0% emergency -> high or emergency, 52.0% of high or emergency raised, 13.3% false
  // alarms; set 4 53.0%, 59.0%, 60.0%, 4.7%. The guards added from their false alarms since bring
  // those to 9.3% and 2.7%, with the same posts raised.
  it('keeps what the rules alone raise and their false alarms', () => {
    expect(rulesOnly.heldout3.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.48);
    expect(rulesOnly.heldout3.falseAlarmRate).toBeLessThanOrEqual(0.1);
    expect(rulesOnly.heldout4.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.58);
    expect(rulesOnly.heldout4.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

describe('urgency set 5 (held out until its false alarms became guards)', () => {
  // Its looks as a held-out set are in test/data/urgency/README.md (the last: rules alone 82.0% of
  // emergencies raised, 10.7% false alarms; with the net 100.0%, 14.0%). The guards written from its
  // false alarms since bring those to 2.0% and 6.0%, with the same posts raised. The net is not
  // fitted on it.
  it('raises every emergency and keeps false alarms down', () => {
    expect(heldout5.emergencies).toBe(100);
    expect(heldout5.emergencyRaisedRecall).toBe(1);
    expect(heldout5.emergencyRecall).toBeGreaterThanOrEqual(0.95);
    expect(heldout5.falseAlarmRate).toBeLessThanOrEqual(0.07);
    expect(rulesOnly.heldout5.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.82);
    expect(rulesOnly.heldout5.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

describe('held-out urgency set 6 (written blind; one look per method)', () => {
  // Its looks (263 posts, 87 emergencies): the previous release, rules alone 83.9% emergency ->
  // emergency, 86.2% emergency -> high or emergency, 84.6% of high or emergency raised, 12.1% false
  // alarms; with the net 89.7%, 98.9%, 99.2%, 15.0%. The net refitted with set 5: 90.8%, 97.7%, 98.4%,
  // 12.9% (not shipped: one more emergency missed). This release (the guards from set 5, the net as
  // before): rules alone 83.9%, 86.2%, 84.6%, 11.4%; with the net 89.7%, 98.9%, 99.2%, 14.3%.
  it('raises nearly every emergency, tags most of them emergency, and keeps false alarms down', () => {
    expect(heldout6.emergencies).toBe(87);
    expect(heldout6.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.98);
    expect(heldout6.emergencyRecall).toBeGreaterThanOrEqual(0.88);
    expect(heldout6.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.98);
    expect(heldout6.falseAlarmRate).toBeLessThanOrEqual(0.16);
  });

  it('keeps what the rules alone raise and their false alarms', () => {
    expect(rulesOnly.heldout6.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.85);
    expect(rulesOnly.heldout6.falseAlarmRate).toBeLessThanOrEqual(0.13);
  });
});
