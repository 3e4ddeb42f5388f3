/**
 * Safety floors for urgency on every labelled urgency set, a little under what scripts/eval/urgency.ts
 * measured. Development sets (tuned on): the dev split of the enrichment set, the challenge set, dev
 * set 2 and urgency sets 1, 2 and 3 (held out until earlier methods were scored on them; the net is
 * now fitted on them); no labelled emergency there may be missed. Every set is held to the default
 * tagger, the rules plus the learned safety net (urgency-net.ts), and set 3 also to the rules alone
 * (CP_URGENCY_NET=off). Held out: held-out set 4 below (floors set after its one look) and the
 * enrichment test split (floors.test.ts).
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
let rulesOnly: { heldout3: UrgencyMetrics; heldout4: UrgencyMetrics };

beforeAll(() => {
  dev = evaluate(loadLabelled().filter((p) => p.split === 'dev'));
  ({ challenge, dev2, heldout, heldout2, heldout3, heldout4 } = evaluateSets(createIntentTagger({ urgencyModel: loadUrgencyModel() })));
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

describe('urgency sets 1, 2 and 3 (fitted on since they were scored)', () => {
  // In-sample for the net and its emergency head: 100% of emergencies tagged emergency on all three,
  // 11.5%, 11.2% and 13.3% false alarms (the rules' own; the net adds none there).
  it('tags every labelled emergency emergency and keeps false alarms down', () => {
    for (const set of [heldout, heldout2, heldout3]) {
      expect(set.emergencies).toBe(100);
      expect(set.emergencyRaisedRecall).toBe(1);
      expect(set.emergencyRecall).toBeGreaterThanOrEqual(0.97);
      expect(set.falseAlarmRate).toBeLessThanOrEqual(0.14);
    }
  });
});

describe('urgency set 3, rules alone', () => {
  // Its one look as a held-out set, before it became training data: rules alone 44.0% emergency ->
  // emergency, 49.0% emergency -> high or emergency, 52.0% of high or emergency raised, 13.3% false
  // alarms; the net fitted on sets 1 and 2 44.0%, 98.0%, 98.0%, 22.0%. The rules have not changed since.
  it('keeps what the rules alone raise and their false alarms', () => {
    expect(rulesOnly.heldout3.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.48);
    expect(rulesOnly.heldout3.falseAlarmRate).toBeLessThanOrEqual(0.14);
  });
});

describe('held-out urgency set 4 (written blind; one look)', () => {
  // Its one look: rules alone 53.0% emergency -> emergency, 59.0% emergency -> high or emergency,
  // 60.0% of high or emergency raised, 4.7% false alarms; the default tagger 90.0%, 98.0%, 98.7%,
  // 9.3% (the net before set 3 and the emergency head: 53.0%, 98.0%, 98.7%, 12.7%).
  it('raises nearly every emergency, tags most of them emergency, and keeps false alarms down', () => {
    expect(heldout4.emergencies).toBe(100);
    expect(heldout4.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.97);
    expect(heldout4.emergencyRecall).toBeGreaterThanOrEqual(0.88);
    expect(heldout4.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.97);
    expect(heldout4.falseAlarmRate).toBeLessThanOrEqual(0.11);
  });

  it('keeps what the rules alone raise and their false alarms', () => {
    expect(rulesOnly.heldout4.emergencyRaisedRecall).toBeGreaterThanOrEqual(0.58);
    expect(rulesOnly.heldout4.falseAlarmRate).toBeLessThanOrEqual(0.06);
  });
});
