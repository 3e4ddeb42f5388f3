/**
 * A 32-bit hash of two ints (word ids), for the open-addressing tables keyed by a pair: a
 * multiplicative step on the first, so pairs that differ in either id land apart, and the high
 * bits folded down, so a table can take the low ones (a bit filter the high ones). Only slot
 * positions and filter bits depend on it, never a stored or trained value.
 */
export function pairHash(first: number, second: number): number {
  const h = Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b);
  return h ^ (h >>> 15);
}
