/**
 * Where postcodes, road numbers and phone numbers could start, read off the shared tokens so the
 * regexes run only at those offsets (sticky) instead of over the whole text.
 */
import type { Token } from '../../text/tokens.js';

export interface Candidates {
  /** Offsets of a one- or two-letter word glued to a number: "EX8", "A38", "SW1A", "B3183". */
  readonly codes: number[];
  /** Offsets of a number that opens with 0, "(0" or "+44". */
  readonly phones: number[];
}

const end = (t: Token): number => t.start + t.text.length;

export function addCandidates(tokens: readonly Token[], i: number, out: Candidates): void {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || t.kind !== 'number') return;
  const glued = prev !== undefined && end(prev) === t.start;
  if (glued && prev.kind === 'word' && prev.text.length <= 2) out.codes.push(prev.start);
  else if (glued && prev.text === '+' && opensWith44(t.text)) out.phones.push(prev.start);
  else if (glued && prev.text === '(' && opensWith0(t.text)) out.phones.push(prev.start);
  else if (opensWith0(t.text)) out.phones.push(t.start);
}

// Code units, not startsWith: a call into the runtime for every number of every post.
const ZERO = 48;
const FOUR = 52;
const opensWith0 = (digits: string): boolean => digits.charCodeAt(0) === ZERO;
const opensWith44 = (digits: string): boolean => digits.charCodeAt(0) === FOUR && digits.charCodeAt(1) === FOUR;
