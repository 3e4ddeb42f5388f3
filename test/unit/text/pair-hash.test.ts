import { describe, expect, it } from 'vitest';

import { pairHash } from '../../../processors/text/pair-hash.js';

describe('pairHash', () => {
  it('keeps the values the tables were laid out with (sentiment pairs, IdPairs)', () => {
    const pairs: [number, number][] = [
      [0, 0],
      [1, 2],
      [2, 1],
      [123456, 7],
      [-1, 5],
    ];
    expect(pairs.map(([a, b]) => pairHash(a, b))).toEqual([0, -1651957567, -1454535944, 1941453532, -793434745]);
  });
});
