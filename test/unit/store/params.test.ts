import { describe, expect, test } from 'vitest';
import { toChdbParams } from '../../../core/store/params.js';

describe('toChdbParams (parity with @clickhouse/client formatting)', () => {
  test('a Date becomes a Unix timestamp that keeps its milliseconds', () => {
    expect(toChdbParams({ a: new Date(1_763_626_500_123), b: new Date(1_763_626_500_000) })).toEqual({
      a: '1763626500.123',
      b: '1763626500',
    });
    expect(toChdbParams({ a: new Date('1970-01-01T00:00:00.007Z') })).toEqual({ a: '0.007' });
  });

  test('booleans are 1/0, non-finite numbers are nan/+inf/-inf, Dates in arrays are numbers', () => {
    expect(toChdbParams({ t: true, f: false, n: Number.NaN, p: Infinity, m: -Infinity })).toEqual({
      t: 1,
      f: 0,
      n: 'nan',
      p: '+inf',
      m: '-inf',
    });
    expect(toChdbParams({ a: [new Date('1970-01-01T00:00:01.500Z'), new Date(0)] })).toEqual({ a: [1.5, 0] });
  });

  test('everything else is passed through unchanged', () => {
    const arr = ['x', "y'"];
    const out = toChdbParams({ s: "it's", n: 3, big: 2n ** 64n - 1n, arr, nil: null });
    expect(out).toEqual({ s: "it's", n: 3, big: 2n ** 64n - 1n, arr, nil: null });
  });
});
