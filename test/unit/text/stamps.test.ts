import { describe, expect, it } from 'vitest';

import { Stamps } from '../../../processors/text/stamps.js';

describe('Stamps', () => {
  it('sees an id only in the post that marked it', () => {
    const s = new Stamps(4);
    s.next();
    s.mark(1);
    expect(s.add(2)).toBe(true);
    expect(s.add(2)).toBe(false);
    expect([0, 1, 2, 3].map((i) => s.has(i))).toEqual([false, true, true, false]);
    s.next();
    expect([0, 1, 2, 3].map((i) => s.has(i))).toEqual([false, false, false, false]);
    expect(s.add(1)).toBe(true);
  });

  it('clears the marks when the counter starts over, so a mark from the last cycle never reads as seen', () => {
    // Three stamps to a cycle: the wrap comes after three posts instead of 2^32.
    const s = new Stamps(3, 3);
    s.next(); // stamp 1
    s.mark(0);
    s.next(); // stamp 2
    s.mark(1);
    s.next(); // stamp 3, the last
    s.mark(2);
    expect(s.has(2)).toBe(true);
    s.next(); // starts over at stamp 1: id 0's mark holds that stamp, from three posts before
    expect(s.has(0)).toBe(false);
    expect(s.add(0)).toBe(true);
    s.next(); // stamp 2: id 1's old mark
    expect(s.has(1)).toBe(false);
    expect(s.has(0)).toBe(false);
  });

  it('keeps its marks when it grows', () => {
    const s = new Stamps(1);
    s.next();
    s.mark(0);
    s.grow(40);
    s.mark(39);
    expect(s.has(0)).toBe(true);
    expect(s.has(39)).toBe(true);
    expect(s.has(20)).toBe(false);
  });
});
