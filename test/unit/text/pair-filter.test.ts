import { describe, expect, it } from 'vitest';

import { PairFilter } from '../../../processors/text/pair-filter.js';

describe('PairFilter', () => {
  it('answers true for every pair added, including negative ids', () => {
    const f = new PairFilter(500);
    const pairs: [number, number][] = [];
    for (let i = 0; i < 500; i++) pairs.push([i * 7 + 1, (i * 13) % 997], [-1, i]);
    for (const [a, b] of pairs) f.add(a, b);
    for (const [a, b] of pairs) expect(f.has(a, b)).toBe(true);
  });

  it('rejects most pairs never added, and is order-sensitive', () => {
    const f = new PairFilter(1000);
    for (let i = 0; i < 1000; i++) f.add(i, i + 1);
    let wrong = 0;
    for (let i = 0; i < 10000; i++) if (f.has(i + 1, i)) wrong++;
    expect(wrong).toBeLessThan(1500);
  });
});
