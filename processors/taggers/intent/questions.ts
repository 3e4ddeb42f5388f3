/** Question shape from the tokens: question marks, and sentences opened by a question word or auxiliary. */
import type { Token } from '../../text/tokens.js';

export interface QuestionShape {
  /** A "?" anywhere. */
  readonly marked: boolean;
  /** A sentence that opens with a question word and ends with "?". */
  readonly openedAndMarked: boolean;
  /** A sentence that opens with a question word, with or without "?". */
  readonly opened: boolean;
  /** The post @mentions an account (usually the body it is addressed to). */
  readonly mentions: boolean;
}

const QUESTION = 63; // ?
const FULL_STOP = 46;
const BANG = 33;
const ELLIPSIS = 0x2026;

function sentenceEnd(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === FULL_STOP || c === BANG || c === QUESTION || c === ELLIPSIS;
}

export function questionShape(tokens: readonly Token[], openers: ReadonlySet<string>): QuestionShape {
  let marked = false;
  let opened = false;
  let openedAndMarked = false;
  let sentenceOpened = false;
  let atStart = true;
  let mentions = false;
  for (const t of tokens) {
    if (t.kind === 'mention') {
      mentions = true;
      continue;
    }
    if (t.kind === 'punct' && sentenceEnd(t.text)) {
      const q = t.text.includes('?');
      marked ||= q;
      if (q && sentenceOpened) openedAndMarked = true;
      atStart = true;
      sentenceOpened = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (atStart) {
      sentenceOpened = openers.has(t.norm);
      opened ||= sentenceOpened;
      atStart = false;
    }
  }
  return { marked, opened, openedAndMarked, mentions };
}
