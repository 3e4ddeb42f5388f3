import { describe, expect, it } from 'vitest';

import { PairIndex } from '../../../processors/taggers/sentiment/pairs.js';
import { seededRandom } from '../../../scripts/sentiment/random.js';

describe('PairIndex', () => {
  // The hash filter in front of the slots must never turn away a pair that has a row.
  it('finds every stored pair with its row and no other pair, like a map', () => {
    const random = seededRandom(11);
    const index = new PairIndex(5000);
    const rows = new Map<string, number[]>();
    while (rows.size < 5000) {
      const first = Math.floor(random() * 3000);
      const second = Math.floor(random() * 3000);
      const row = [random(), random(), random()];
      index.set(first, second, row);
      rows.set(`${first} ${second}`, row);
    }
    const got = [...rows.keys()].map((key) => {
      const [first = 0, second = 0] = key.split(' ').map(Number);
      const at = index.get(first, second);
      return at < 0 ? [] : Array.from(index.weights.subarray(at, at + 3));
    });
    expect(got).toEqual([...rows.values()]);
    let absent = 0;
    let found = 0;
    for (let first = 0; first < 300; first++) {
      for (let second = 0; second < 300; second++) {
        if (rows.has(`${first} ${second}`)) continue;
        absent++;
        if (index.get(first, second) !== -1) found++;
      }
    }
    expect(absent).toBeGreaterThan(80000);
    expect(found).toBe(0);
  });

  it('keeps the last row set for a pair', () => {
    const index = new PairIndex(1);
    index.set(0, 0, [1, 2, 3]);
    index.set(0, 0, [4, 5, 6]);
    const at = index.get(0, 0);
    expect(Array.from(index.weights.subarray(at, at + 3))).toEqual([4, 5, 6]);
    expect(index.get(0, 1)).toBe(-1);
  });
});
