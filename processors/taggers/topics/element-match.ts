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
    if ((c === CURLY_APOSTROPHE ? APOSTROPHE : c) !== stem.charCodeAt(k)) return false;
  }
  return true;
}
