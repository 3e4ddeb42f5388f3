/**
 * Cheap look-around on the raw text for regex hits: the neighbouring words, lower case. The
 * patterns below define them; ASCII text (nearly all of it) is walked by hand, since a slice and a
 * regex per look cost more than the rest of a road or postcode check.
 */
import { isAsciiDigit, isAsciiLetter, isSpace } from '../../text/tokens.js';

const NEXT_WORD = /^[\s,;:()"'’-]*([\p{L}\p{N}]+)/u;
const PREV_WORD = /([\p{L}\p{N}]+)[\s,;:()"'’-]*$/u;
const WINDOW = 24;
const ASCII_END = 128;

const RIGHT_QUOTE = 0x2019;
/** The ASCII separators of the patterns besides white space. */
const SEPARATOR = new Uint8Array(ASCII_END);
for (const c of ',;:()"\'-') SEPARATOR[c.charCodeAt(0)] = 1;

const isSeparator = (c: number): boolean => (c < ASCII_END ? SEPARATOR[c] === 1 : c === RIGHT_QUOTE) || isSpace(c);

export function isAsciiWordChar(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** The word after `end`, or '' when another character comes first. */
export function nextWord(raw: string, end: number): string {
  const limit = Math.min(raw.length, end + WINDOW);
  let i = end;
  while (i < limit && isSeparator(raw.charCodeAt(i))) i++;
  const start = i;
  while (i < limit && isAsciiWordChar(raw.charCodeAt(i))) i++;
  // Any other non-ASCII character may be a letter or digit of the pattern's.
  if (i < limit && raw.charCodeAt(i) >= ASCII_END) return nextWordByPattern(raw, end);
  return raw.slice(start, i).toLowerCase();
}

/** The word before `start`, or '' when another character comes between. */
export function prevWord(raw: string, start: number): string {
  const limit = Math.max(0, start - WINDOW);
  let i = start;
  while (i > limit && isSeparator(raw.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > limit && isAsciiWordChar(raw.charCodeAt(i - 1))) i--;
  if (i > limit && raw.charCodeAt(i - 1) >= ASCII_END) return prevWordByPattern(raw, start);
  return raw.slice(i, end).toLowerCase();
}

export function nextWordByPattern(raw: string, end: number): string {
  const m = NEXT_WORD.exec(raw.slice(end, end + WINDOW));
  return m?.[1]?.toLowerCase() ?? '';
}

export function prevWordByPattern(raw: string, start: number): string {
  const m = PREV_WORD.exec(raw.slice(Math.max(0, start - WINDOW), start));
  return m?.[1]?.toLowerCase() ?? '';
}
