/**
 * Floors for the intent/urgency tagger on the labelled enrichment set, a little under the figures
 * scripts/eval/enrichment.ts measured. Inputs are the LABELLED sentiment and topics. Tuning used the
 * dev split only; the test split is held out.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { evaluate, loadLabelled, type EnrichmentMetrics } from '../../../scripts/eval/enrichment.js';

let test: EnrichmentMetrics;
let dev: EnrichmentMetrics;

beforeAll(() => {
  const all = loadLabelled();
  test = evaluate(all.filter((p) => p.split === 'test'));
  dev = evaluate(all.filter((p) => p.split === 'dev'));
});

describe('held-out test split (measured with the default urgency net: intent 84.6%, needs_response 88.9%, urgency 83.2%)', () => {
  it('keeps intent, needs_response and urgency accuracy', () => {
    expect(test.n).toBeGreaterThanOrEqual(250);
    expect(test.intentAccuracy).toBeGreaterThanOrEqual(0.78);
    expect(test.intentAccuracyComplaintReportJoint).toBeGreaterThanOrEqual(0.86);
    expect(test.needsResponseAccuracy).toBeGreaterThanOrEqual(0.87);
    // Rules alone: needs_response 90.3%, urgency 86.9%. The net's extra "high" flags cost both.
    expect(test.urgencyAccuracy).toBeGreaterThanOrEqual(0.82);
  });

  // Measured with the compositional urgency frames: 95.8% emergency -> emergency (23/24), 100%
  // emergency -> high or emergency, 77.4% high-or-emergency recall, 6.1% false alarms (the phrase rules
  // alone measured 70.8%, 79.2%, 60.4%, 6.1%). After the vocabulary rework on dev set 2: the same
  // recall, 6.5% false alarms (urgency accuracy 87.2% -> 86.9%). With the learned safety net, on by
  // default since it raised 98% of held-out set 3's emergencies where the rules raised 49%: 94.3%
  // high-or-emergency recall and 17.6% false alarms (it raises calm posts to high, never emergency).
  // The net refitted with set 3 and its emergency head (one look): 100% emergency -> emergency,
  // 94.3% high-or-emergency recall, 13.9% false alarms. With set 4 and this release's guards: 95.8%,
  // 94.3%, 13.9%; with training set 2 as well (what ships): 100%, 94.3%, 14.3% (the rules alone 6.1%).
  it('keeps the recall of urgent posts', () => {
    expect(test.emergencyRecall).toBeGreaterThanOrEqual(0.95);
    expect(test.emergencyRaisedRecall).toBe(1);
    expect(test.highOrEmergencyRecall).toBeGreaterThanOrEqual(0.93);
    expect(test.falseAlarmRate).toBeLessThanOrEqual(0.15);
  });
});

// The dev split's urgency recall and false alarms are held in urgency-floors.test.ts.
describe('dev split (tuned on)', () => {
  it('keeps accuracy', () => {
    expect(dev.intentAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(dev.needsResponseAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(dev.urgencyAccuracy).toBeGreaterThanOrEqual(0.94);
  });
});
