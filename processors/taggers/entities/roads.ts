/** Road numbers: A and M roads, B roads (three or four digits), with an optional (M) or (T) suffix. */
import { isAsciiWordChar, nextWord, prevWord } from './context.js';
import type { EntityLexicon } from './data.js';

const ROAD = /([ABMabm])(\d{1,4})(\([MTmt]\))?(?![\p{L}\p{N}&])/uy;
const GLUED_BEFORE = /[\p{L}\p{N}&]/u;

function plausible(letter: string, digits: string): boolean {
  if (digits.startsWith('0')) return false;
  if (letter === 'B') return digits.length >= 3;
  if (letter === 'M') return digits.length <= 3;
  return true;
}

const ASCII_END = 128;
const AMPERSAND = 38;

/** A letter, digit or & right before `start`: the code is part of a longer word then. */
function gluedBefore(raw: string, start: number): boolean {
  if (start === 0) return false;
  const c = raw.charCodeAt(start - 1);
  return c < ASCII_END ? isAsciiWordChar(c) || c === AMPERSAND : GLUED_BEFORE.test(raw.charAt(start - 1));
}

/** Adds to `found` "A30(T)", "M5", "B3183"; not "A4 paper" nor a lower-case "a1" without road context. */
export function findRoads(raw: string, starts: readonly number[], lex: EntityLexicon, postcodes: readonly string[], found: string[]): void {
  for (const start of starts) {
    if (gluedBefore(raw, start)) continue;
    ROAD.lastIndex = start;
    const m = ROAD.exec(raw);
    if (m === null) continue;
    const written = m[1] ?? '';
    const letter = written.toUpperCase();
    const digits = m[2] ?? '';
    if (!plausible(letter, digits)) continue;
    const road = `${letter}${digits}${(m[3] ?? '').toUpperCase()}`;
    if (postcodes.includes(road) || !inRoadContext(raw, start, start + m[0].length, written === letter, lex)) continue;
    if (!found.includes(road)) found.push(road);
  }
}

function inRoadContext(raw: string, start: number, end: number, upper: boolean, lex: EntityLexicon): boolean {
  const next = nextWord(raw, end);
  const prev = prevWord(raw, start);
  if (lex.roadNotBefore.has(next) || lex.roadNotAfter.has(prev)) return false;
  return upper || lex.roadContextAfter.has(next) || lex.roadContextBefore.has(prev);
}
