/** Floors for the language tagger on the labelled enrichment set (see scripts/eval/enrichment.ts). */
import { beforeAll, describe, expect, it } from 'vitest';

import { evaluate, loadLabelled, type EnrichmentMetrics } from '../../../scripts/eval/enrichment.js';

let test: EnrichmentMetrics;
let dev: EnrichmentMetrics;

beforeAll(() => {
  const all = loadLabelled();
  test = evaluate(all.filter((p) => p.split === 'test'));
  dev = evaluate(all.filter((p) => p.split === 'dev'));
});

describe('language accuracy (measured: test 99.7%, dev 100%)', () => {
  it('tells English, Welsh and other languages apart on held-out posts', () => {
    expect(test.languageAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(test.languageConfusion.cy.cy).toBeGreaterThanOrEqual(27);
    expect(test.languageConfusion.en.cy + test.languageConfusion.en.other).toBeLessThanOrEqual(3);
  });

  it('keeps the dev split', () => {
    expect(dev.languageAccuracy).toBeGreaterThanOrEqual(0.98);
  });
});
