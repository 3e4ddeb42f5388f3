import { describe, expect, it } from 'vitest';
import { Clock, ukOffsetHours } from '../../../scripts/sample/clock.js';
import { isoString } from '../../../scripts/sample/iso.js';
import { Rng, Weighted } from '../../../scripts/sample/prng.js';

describe('Rng', () => {
  it('repeats for a seed and stays in range', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(new Rng(8).next()).not.toBe(new Rng(7).next());
  });

  it('Weighted picks in proportion to weight', () => {
    const w = new Weighted(['a', 'b', 'c'], (x) => (x === 'a' ? 8 : x === 'b' ? 2 : 0));
    const rng = new Rng(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10000; i++) counts[w.pick(rng) as 'a' | 'b' | 'c']++;
    expect(counts.c).toBe(0);
    expect(counts.a / 10000).toBeGreaterThan(0.77);
    expect(counts.a / 10000).toBeLessThan(0.83);
  });
});

describe('isoString', () => {
  it('matches Date#toISOString', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 5000; i++) {
      const ms = Math.floor(1.6e12 + rng.next() * 3e11);
      expect(isoString(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

describe('clock', () => {
  it('knows British Summer Time', () => {
    expect(ukOffsetHours(Date.parse('2026-07-01T12:00:00Z'))).toBe(1);
    expect(ukOffsetHours(Date.parse('2026-11-20T12:00:00Z'))).toBe(0);
    expect(ukOffsetHours(Date.parse('2026-03-29T00:59:00Z'))).toBe(0);
    expect(ukOffsetHours(Date.parse('2026-03-29T01:00:00Z'))).toBe(1);
    expect(ukOffsetHours(Date.parse('2026-10-25T01:00:00Z'))).toBe(0);
  });

  it('hands out non-decreasing times inside the period, denser by day than by night', () => {
    const start = Date.parse('2026-11-07T00:00:00Z');
    const span = 7 * 86_400_000;
    const clock = new Clock(start, span, 20000, null);
    const rng = new Rng(1);
    const times = Array.from({ length: 20000 }, (_, i) => clock.at(i, rng));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
    expect(times[0]).toBeGreaterThanOrEqual(start);
    expect(times[times.length - 1]).toBeLessThan(start + span);
    const hour = (t: number) => new Date(t).getUTCHours();
    const day = times.filter((t) => hour(t) >= 9 && hour(t) < 12).length;
    const night = times.filter((t) => hour(t) >= 2 && hour(t) < 5).length;
    expect(day).toBeGreaterThan(night * 5);
  });
});
