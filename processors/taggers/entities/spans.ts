/** Capitalisation facts about the shared tokens, used by the organisation and people finders. */
import { isSpace, type Token } from '../../text/tokens.js';
import { possessive } from './word-bits.js';

const SENTENCE_PUNCT = /^[.!?…:;]+$/;
const SPACE = 32;
const NEWLINE = 10;
/** "'s" */
const POSSESSIVE_LENGTH = 2;

/** Lower case without a possessive "'s": "Council's" -> "council". */
export function baseNorm(token: Token): string {
  return possessive(token.norm) ? token.norm.slice(0, -2) : token.norm;
}

/** First word of a sentence, where a capital says nothing about names. */
export function isSentenceStart(tokens: readonly Token[], i: number, raw: string): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  const token = tokens[i];
  if (prev === undefined || token === undefined) return true;
  if (prev.kind === 'emoji' || prev.kind === 'emoticon') return true;
  if (prev.kind === 'punct' && SENTENCE_PUNCT.test(prev.text)) return true;
  if (hasNewline(raw, prev.start + prev.text.length, token.start)) return true;
  for (let j = 0; j < i; j++) if (tokens[j]?.kind !== 'mention') return false;
  return true;
}

/** A line break in raw[from, to): a hand loop, where a slice would copy the gap to search it. */
function hasNewline(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (raw.charCodeAt(i) === NEWLINE) return true;
  return false;
}

/** Tokens [start, end) as written, whitespace collapsed, without a closing possessive. */
export function spanText(tokens: readonly Token[], start: number, end: number, raw: string): string {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return '';
  // The last token's text is `raw` from its start, so one slice holds the span (no joined string).
  const stop = last.start + last.text.length - (possessive(last.text) ? POSSESSIVE_LENGTH : 0);
  const text = raw.slice(first.start, stop);
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

/** Tokens [start, end) are inside a name. A loop, not fill(): a typed array's fill is a call into the runtime. */
export function markUsed(used: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) used[i] = 1;
}

export function pushUnique(list: string[], value: string): void {
  // Mostly the first of its kind in the post: then nothing is lower-cased.
  if (list.length === 0) {
    list.push(value);
    return;
  }
  const lower = value.toLowerCase();
  for (const v of list) if (v.toLowerCase() === lower) return;
  list.push(value);
}
