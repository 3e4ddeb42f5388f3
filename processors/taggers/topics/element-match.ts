/**
 * How a token compares with a term element, without string built-ins on the hot path: a call to
 * `includes` or `startsWith` costs several times a hand loop over a short word.
 */
const CURLY_APOSTROPHE = 0x2019;
const APOSTROPHE = 0x27;

/** Whether `norm` with curly apostrophes made straight starts with `stem`. */
export function startsWithStem(norm: string, stem: string): boolean {
  if (norm.length < stem.length) return false;
  for (let k = 0; k < stem.length; k++) {
    const c = norm.charCodeAt(k);
    if (straight(c) !== stem.charCodeAt(k)) return false;
  }
  return true;
}

/** How many leading characters key a prefix element in stemKey (a shorter token cannot match). */
export const STEM_KEY_LENGTH = 3;

/**
 * A number for the first STEM_KEY_LENGTH characters of a stem, or of a token's norm (curly
 * apostrophes made straight, as startsWithStem compares): a token can match a stem only if their
 * keys are equal.
 */
export function stemKey(s: string): number {
  return (straight(s.charCodeAt(0)) << 16) ^ (straight(s.charCodeAt(1)) << 8) ^ straight(s.charCodeAt(2));
}

function straight(c: number): number {
  return c === CURLY_APOSTROPHE ? APOSTROPHE : c;
}
