/**
 * Evidence is the sum of matched term weights (a repeat of the same term adds a little); a topic is
 * kept once its evidence reaches MIN_EVIDENCE, so one weak, ambiguous word ("road", weight 0.3) is
 * not enough on its own but two are. The score maps evidence into 0..1 with diminishing returns.
 */
export const MIN_EVIDENCE = 0.5;
/** Each repeat of a term adds this share of its weight, up to MAX_REPEATS repeats. */
export const REPEAT_SHARE = 0.25;
export const MAX_REPEATS = 2;

export function evidenceToScore(evidence: number): number {
  return Math.round((1 - Math.exp(-evidence)) * 1000) / 1000;
}
