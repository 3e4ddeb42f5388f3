/** Postcodes and postcode districts written in a post ("EX8 1AB", "EX8"), mapped to councils. */
import type { Gazetteer, OutcodeTarget } from './gazetteer.js';

export interface PostcodeMention {
  readonly kind: 'postcode';
  readonly text: string;
  readonly start: number;
  readonly outcode: string;
  readonly targets: readonly OutcodeTarget[];
  readonly quality: number;
}

const POSTCODE_RE = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?)(?:[ \t]*(\d[A-Za-z]{2}))?\b/g;
/** Every postcode has a letter followed by a digit: a cheap test that skips most posts. */
const LETTER_DIGIT = /[A-Za-z]\d/;
/** A bare "M6" or "M25" is a motorway far more often than a Manchester postcode district. */
const ROAD_LIKE = /^M\d{1,2}$/;

const ORDINAL = /^\d(?:st|nd|rd|th)$/i;
/** A capitalised word right before a bare district: a product name ("Moto G3", "Galaxy S6"). */
const BRAND_BEFORE = /\b[A-Z][a-z]+\s+$/;

export function findPostcodes(raw: string, gaz: Gazetteer, out: PostcodeMention[]): void {
  if (!LETTER_DIGIT.test(raw)) return;
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(raw); m !== null; m = POSTCODE_RE.exec(raw)) {
    const written = m[1] ?? '';
    const inward = m[2];
    const outcode = written.toUpperCase();
    const targets = gaz.outcodes.get(outcode);
    if (targets === undefined) continue;
    if (inward === undefined) {
      // A bare district must be written in capitals, not look like a road number or follow a brand name.
      if (written !== outcode || ROAD_LIKE.test(outcode)) continue;
      if (
        BRAND_BEFORE.test(raw.slice(Math.max(0, m.index - 20), m.index)) &&
        gaz.byFirst.get(wordBefore(raw, m.index))?.single === undefined
      )
        continue;
    } else if (ORDINAL.test(inward) || (written === written.toLowerCase()) !== (inward === inward.toLowerCase())) {
      continue; // "b4 1st", "Ex8 2ab": not a postcode
    }
    out.push({ kind: 'postcode', text: m[0], start: m.index, outcode, targets, quality: inward === undefined ? 0.8 : 1 });
  }
}

function wordBefore(raw: string, end: number): string {
  const m = /([A-Za-z]+)\s+$/.exec(raw.slice(Math.max(0, end - 30), end));
  return (m?.[1] ?? '').toLowerCase();
}
