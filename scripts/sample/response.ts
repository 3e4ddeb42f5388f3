import { ukLocal } from './clock.js';
import type { Rng } from './prng.js';
import type { SampleUrgency } from './types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Exponential delay with the given mean. */
const delay = (rng: Rng, mean: number): number => -Math.log(1 - rng.next()) * mean;

function inOfficeHours(ms: number): boolean {
  const { hour, weekday } = ukLocal(ms);
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18;
}

/** Next 08:00-18:00 weekday instant at or after `ms` (UK time), stepping by the hour. */
function nextOfficeOpen(ms: number): number {
  let t = ms;
  for (let i = 0; i < 24 * 4 && !inOfficeHours(t); i++) t = Math.floor(t / HOUR) * HOUR + HOUR;
  return t;
}

/**
 * When a council's social media team would answer: emergencies within minutes at any hour, the
 * rest within a few office hours, with a little evening and weekend cover.
 */
export function replyDue(postedMs: number, urgency: SampleUrgency, rng: Rng): number {
  if (urgency === 'emergency') return postedMs + 3 * MINUTE + delay(rng, 20 * MINUTE);
  const mean = urgency === 'high' ? 1.5 * HOUR : 3 * HOUR;
  if (inOfficeHours(postedMs) || rng.chance(0.15)) return postedMs + 10 * MINUTE + delay(rng, mean);
  return nextOfficeOpen(postedMs) + delay(rng, mean);
}
