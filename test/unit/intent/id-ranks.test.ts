import { describe, expect, it } from 'vitest';

import { bitCount, IdRanks } from '../../../processors/taggers/intent/id-ranks.js';

describe('IdRanks', () => {
  // Members on both sides of 32-id boundaries, bit 31 included, and one repeated.
  const ids = [70, 3, 31, 32, 0, 63, 64, 3, 200];
  const ranks = new IdRanks(ids);

  it('numbers the members 0, 1, 2... in id order', () => {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    expect(ranks.size).toBe(sorted.length);
    sorted.forEach((id, rank) => expect(ranks.rankOf(id)).toBe(rank));
  });

  it('answers -1 for other ids, negative ids and ids past the last member', () => {
    for (const id of [1, 30, 33, 62, 65, 199, 201, 5000, -1, -33]) expect(ranks.rankOf(id)).toBe(-1);
  });

  it('counts the set bits of any 32-bit word', () => {
    expect(bitCount(0)).toBe(0);
    expect(bitCount(-1)).toBe(32);
    expect(bitCount(0x80000001 | 0)).toBe(2);
    expect(bitCount(0x0f0f0f0f)).toBe(16);
  });
});
