import { SampleError } from './errors.js';
import type { GenerateOptions } from './types.js';

export const SAMPLE_DEFAULTS = {
  seed: 20261120,
  /** The bundled sample covers the 14 days ending 2026-11-20. */
  start: new Date('2026-11-07T00:00:00.000Z'),
  spanDays: 14,
} as const;

export interface ResolvedOptions {
  readonly count: number;
  readonly seed: number;
  readonly startMs: number;
  readonly spanMs: number;
}

/** Checks options once, up front, so a bad call fails before the first post. */
export function resolveOptions(opts: GenerateOptions): ResolvedOptions {
  const { count, seed = SAMPLE_DEFAULTS.seed, start = SAMPLE_DEFAULTS.start, spanDays = SAMPLE_DEFAULTS.spanDays } = opts;
  if (!Number.isSafeInteger(count) || count < 0) invalid(`count must be a non-negative integer, got ${count}`);
  if (!Number.isFinite(seed)) invalid(`seed must be a finite number, got ${seed}`);
  const startMs = start.getTime();
  if (!Number.isFinite(startMs)) invalid('start is not a valid date');
  if (!Number.isFinite(spanDays) || spanDays <= 0) invalid(`spanDays must be positive, got ${spanDays}`);
  return { count, seed: seed >>> 0, startMs, spanMs: Math.round(spanDays * 86_400_000) };
}

function invalid(message: string): never {
  throw new SampleError('SAMPLE_INVALID_OPTIONS', message);
}
