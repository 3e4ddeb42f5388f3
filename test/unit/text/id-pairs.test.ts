import { describe, expect, it } from 'vitest';

import { IdPairs } from '../../../processors/text/id-pairs.js';

describe('IdPairs', () => {
  it('answers every stored pair and -1 for any other, however the slots collide', () => {
    const pairs = new IdPairs(500);
    const stored = new Map<string, number>();
    for (let k = 0; k < 500; k++) {
      const a = (k * 7919) % 1000;
      const b = (k * 104729) % 300;
      pairs.set(a, b, k);
      stored.set(`${a},${b}`, k);
    }
    for (let a = 0; a < 1000; a += 11) {
      for (let b = -1; b < 300; b += 7) expect(pairs.get(a, b)).toBe(stored.get(`${a},${b}`) ?? -1);
    }
    for (const [key, k] of stored) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      expect(pairs.get(a, b)).toBe(k);
    }
  });

  it('grows past the pairs it was sized for, keeping every pair', () => {
    const pairs = new IdPairs(4);
    for (let k = 0; k < 1000; k++) pairs.set(k, k * 3, k);
    for (let k = 0; k < 1000; k++) expect(pairs.get(k, k * 3)).toBe(k);
    expect(pairs.get(3, 3)).toBe(-1);
  });

  it('keeps the last value set for a pair, and (a, b) apart from (b, a)', () => {
    const pairs = new IdPairs(2);
    pairs.set(1, 2, 5);
    pairs.set(1, 2, 6);
    expect(pairs.get(1, 2)).toBe(6);
    expect(pairs.get(2, 1)).toBe(-1);
  });
});
