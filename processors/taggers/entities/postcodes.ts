/** UK postcodes: full ones always count; an outward code alone only when it is clearly one. */
import { isAsciiLetter } from '../../text/tokens.js';
import { nextWord, prevWord } from './context.js';
import type { EntityLexicon } from './data.js';

// Inward codes never use C, I, K, M, O or V, which keeps "A38 2am" or "M5 6pm" out.
const FULL = /([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/uy;
const OUTWARD = /([A-Z]{1,2}\d[A-Z\d]?)(?![\p{L}\p{N}])/uy;
const AREA = /^[A-Z]+/;

function areaOf(outward: string): string {
  return AREA.exec(outward)?.[0] ?? '';
}

/**
 * Whether the one or two ASCII letters at `start`, in upper case, are a postcode area: every
 * postcode opens with one, and most candidates are roads ("A38") that need no regex then.
 */
function opensWithArea(raw: string, start: number, lex: EntityLexicon): boolean {
  if (!isAsciiLetter(raw.charCodeAt(start))) return false;
  const letters = isAsciiLetter(raw.charCodeAt(start + 1)) ? 2 : 1;
  return lex.areas.has(raw.slice(start, start + letters).toUpperCase());
}

/**
 * Adds the postcodes at the candidate offsets `starts` to `out`, upper case, one space: "ex8 1ab"
 * -> "EX8 1AB". Returns whether a full one (outward and inward code) was among them.
 */
export function findPostcodes(raw: string, starts: readonly number[], lex: EntityLexicon, out: string[]): boolean {
  let full = false;
  for (const start of starts) {
    if (!opensWithArea(raw, start, lex)) continue;
    FULL.lastIndex = start;
    const m = FULL.exec(raw);
    if (m !== null) {
      const outward = (m[1] ?? '').toUpperCase();
      if (lex.areas.has(areaOf(outward))) {
        push(out, `${outward} ${(m[2] ?? '').toUpperCase()}`);
        full = true;
        continue;
      }
    }
    const outward = outwardAt(raw, start, lex);
    if (outward !== undefined) push(out, outward);
  }
  return full;
}

function outwardAt(raw: string, start: number, lex: EntityLexicon): string | undefined {
  OUTWARD.lastIndex = start;
  const code = OUTWARD.exec(raw)?.[1];
  if (code === undefined || !lex.outcodes.has(code)) return undefined;
  if (needsCue(code, lex) && !hasCue(raw, start, start + code.length, lex)) return undefined;
  return code;
}

// One-letter areas clash with roads (M5), phones (S4) and the like; a few codes are also chemistry.
function needsCue(code: string, lex: EntityLexicon): boolean {
  return areaOf(code).length === 1 || lex.ambiguousOutcodes.has(code);
}

function hasCue(raw: string, start: number, end: number, lex: EntityLexicon): boolean {
  return lex.postcodeCues.has(prevWord(raw, start)) || lex.postcodeCues.has(nextWord(raw, end));
}

function push(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
