import { describe, expect, it } from 'vitest';

import { BoundedMap } from '../../../core/bounded-map.js';

describe('BoundedMap', () => {
  it('returns what was set, and undefined for a key never set', () => {
    const m = new BoundedMap<string, number | null>(4);
    expect(m.set('a', 1)).toBe(1);
    expect(m.set('b', null)).toBeNull();
    expect(m.get('a')).toBe(1);
    expect(m.get('b')).toBeNull();
    expect(m.get('c')).toBeUndefined();
  });

  it('forgets everything once it holds max entries, then keeps the new one', () => {
    const m = new BoundedMap<number, number>(3);
    for (const k of [1, 2, 3]) m.set(k, k * 10);
    expect([1, 2, 3].map((k) => m.get(k))).toEqual([10, 20, 30]);
    m.set(4, 40);
    expect([1, 2, 3].map((k) => m.get(k))).toEqual([undefined, undefined, undefined]);
    expect(m.get(4)).toBe(40);
  });
});
