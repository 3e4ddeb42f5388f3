/** Capitalisation facts about the shared tokens, used by the organisation and people finders. */
import type { Token } from '../../text/tokens.js';
import { possessive } from './word-bits.js';

const SENTENCE_PUNCT = /^[.!?…:;]+$/;

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  return token.text.charCodeAt(0) !== token.norm.charCodeAt(0);
}

/** Lower case without a possessive "'s": "Council's" -> "council". */
export function baseNorm(token: Token): string {
  return possessive(token.norm) ? token.norm.slice(0, -2) : token.norm;
}

export function baseText(token: Token): string {
  return possessive(token.text) ? token.text.slice(0, -2) : token.text;
}

/** First word of a sentence, where a capital says nothing about names. */
export function isSentenceStart(tokens: readonly Token[], i: number, raw: string): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  const token = tokens[i];
  if (prev === undefined || token === undefined) return true;
  if (prev.kind === 'emoji' || prev.kind === 'emoticon') return true;
  if (prev.kind === 'punct' && SENTENCE_PUNCT.test(prev.text)) return true;
  if (raw.slice(prev.start + prev.text.length, token.start).includes('\n')) return true;
  for (let j = 0; j < i; j++) if (tokens[j]?.kind !== 'mention') return false;
  return true;
}

/**
 * Posts typed in capitals: capital letters then carry no information. More than half of the words
 * (of four or more) written in upper case.
 */
export function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    // The first two letters in capitals is enough to tell "HELP" from "Help"; no string is built.
    if (t.text.charCodeAt(0) !== t.norm.charCodeAt(0) && t.text.charCodeAt(1) !== t.norm.charCodeAt(1)) upper++;
  }
  return words >= 4 && upper * 2 > words;
}

/** Tokens [start, end) as written, whitespace collapsed, without a closing possessive. */
export function spanText(tokens: readonly Token[], start: number, end: number, raw: string): string {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return '';
  const text = raw.slice(first.start, last.start) + baseText(last);
  return text.replace(/\s+/g, ' ');
}

export function pushUnique(list: string[], value: string): void {
  const lower = value.toLowerCase();
  for (const v of list) if (v.toLowerCase() === lower) return;
  list.push(value);
}
