/** Capitalisation facts about the shared tokens, used by the organisation and people finders. */
import { isSpace, type Token } from '../../text/tokens.js';
import { possessive } from './word-bits.js';

const SENTENCE_PUNCT = /^[.!?…:;]+$/;
const SPACE = 32;

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // A word in lower case is mostly one string for both (the tokenizer reuses it), and then the
  // comparison reads no characters.
  return token.text !== token.norm && token.text.charCodeAt(0) !== token.norm.charCodeAt(0);
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

/** Tokens [start, end) as written, whitespace collapsed, without a closing possessive. */
export function spanText(tokens: readonly Token[], start: number, end: number, raw: string): string {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return '';
  const text = raw.slice(first.start, last.start) + baseText(last);
  return collapsible(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * Whether replacing each run of white space by one space changes `text`: some white space other than
 * a lone space. Most names are words and single spaces, and then the regex is skipped. (isSpace is
 * the regex's \s, code unit for code unit.)
 */
function collapsible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE ? isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

export function pushUnique(list: string[], value: string): void {
  const lower = value.toLowerCase();
  for (const v of list) if (v.toLowerCase() === lower) return;
  list.push(value);
}
