import type { Rng } from './prng.js';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Relative posting rate by UK local hour: quiet overnight, peaks at breakfast and in the evening. */
const HOURLY = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.15, 0.45, 0.95, 1.25, 1.2, 1.05, 1.0, 1.05, 1.0, 0.9, 0.9, 1.0, 1.15, 1.3, 1.4, 1.35, 1.15, 0.85, 0.5,
] as const;
/** By UK weekday, Sunday first (Date#getUTCDay order): Mondays bring the weekend's missed bins. */
const WEEKDAY = [0.85, 1.15, 1.05, 1.0, 1.0, 0.95, 0.8] as const;

export interface StormWindow {
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
}

let yearFrom = 0;
let yearTo = -1;
let bstFrom = 0;
let bstTo = 0;

/** UTC offset of UK clocks: BST from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
export function ukOffsetHours(ms: number): number {
  if (ms < yearFrom || ms >= yearTo) {
    const year = new Date(ms).getUTCFullYear();
    yearFrom = Date.UTC(year, 0, 1);
    yearTo = Date.UTC(year + 1, 0, 1);
    bstFrom = lastSundayUtc(year, 2);
    bstTo = lastSundayUtc(year, 9);
  }
  return ms >= bstFrom && ms < bstTo ? 1 : 0;
}

/** UK local hour (0-23) and weekday (0 = Sunday) without allocating a Date. */
export function ukLocal(ms: number): { hour: number; weekday: number } {
  const local = ms + ukOffsetHours(ms) * HOUR;
  return { hour: Math.floor(local / HOUR) % 24, weekday: (Math.floor(local / DAY) + 4) % 7 };
}

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

export function inStorm(storm: StormWindow | null, ms: number): boolean {
  return storm !== null && ms >= storm.startMs && ms < storm.endMs;
}

function stormBoost(storm: StormWindow | null, ms: number): number {
  if (!inStorm(storm, ms) || storm === null) return 1;
  return 1 + 2.4 * Math.sin((Math.PI * (ms - storm.startMs)) / (storm.endMs - storm.startMs));
}

/**
 * Hands out strictly non-decreasing timestamps whose density follows the daily and weekly rhythm
 * (and the storm): post i lands at the inverse CDF of (i + jitter) / count. O(1) memory per hour.
 */
export class Clock {
  private readonly cum: Float64Array;
  private readonly lengths: Float64Array;
  private bucket = 0;

  constructor(
    private readonly startMs: number,
    spanMs: number,
    private readonly count: number,
    storm: StormWindow | null,
  ) {
    const buckets = Math.max(1, Math.ceil(spanMs / HOUR));
    this.cum = new Float64Array(buckets);
    this.lengths = new Float64Array(buckets);
    let sum = 0;
    for (let b = 0; b < buckets; b++) {
      const from = startMs + b * HOUR;
      const len = Math.min(HOUR, startMs + spanMs - from);
      const { hour, weekday } = ukLocal(from);
      const w = (HOURLY[hour] ?? 1) * (WEEKDAY[weekday] ?? 1) * stormBoost(storm, from + len / 2);
      sum += w * (len / HOUR);
      this.cum[b] = sum;
      this.lengths[b] = len;
    }
    for (let b = 0; b < buckets; b++) this.cum[b] = (this.cum[b] ?? 0) / sum;
  }

  /** Timestamp (ms) of the i-th post; call with increasing i. */
  at(i: number, rng: Rng): number {
    const u = Math.min((i + rng.next()) / this.count, 1 - 1e-12);
    while (this.bucket < this.cum.length - 1 && (this.cum[this.bucket] ?? 1) <= u) this.bucket++;
    const prev = this.bucket > 0 ? (this.cum[this.bucket - 1] ?? 0) : 0;
    const end = this.cum[this.bucket] ?? 1;
    const frac = end > prev ? (u - prev) / (end - prev) : 0;
    return Math.floor(this.startMs + this.bucket * HOUR + frac * (this.lengths[this.bucket] ?? HOUR));
  }
}
