/** Question shape from the tokens: question marks, and sentences opened by a question word or auxiliary. */
import type { WordSet } from '../../text/words.js';

export interface QuestionShape {
  /** A "?" anywhere. */
  marked: boolean;
  /** A sentence that opens with a question word and ends with "?". */
  openedAndMarked: boolean;
  /** A sentence that opens with a question word, with or without "?". */
  opened: boolean;
  /** The post @mentions an account (usually the body it is addressed to). */
  mentions: boolean;
}

export function emptyQuestionShape(): QuestionShape {
  return { marked: false, openedAndMarked: false, opened: false, mentions: false };
}

/**
 * Question shape, fed one token at a time by a loop that reads the tokens anyway (the signal
 * reader's, which sorts them by kind), so a post's tokens are read once.
 */
export class QuestionTracker {
  private marked = false;
  private opened = false;
  private openedAndMarked = false;
  private sentenceOpened = false;
  private atStart = true;
  private mentions = false;

  /** `openers` holds word ids. */
  constructor(private readonly openers: WordSet) {}

  reset(): void {
    this.marked = false;
    this.opened = false;
    this.openedAndMarked = false;
    this.sentenceOpened = false;
    this.atStart = true;
    this.mentions = false;
  }

  mention(): void {
    this.mentions = true;
  }

  /** A punctuation token that ends a sentence (". ! ? …" and runs of them); `q`: it holds a "?". */
  sentenceEnd(q: boolean): void {
    this.marked ||= q;
    if (q && this.sentenceOpened) this.openedAndMarked = true;
    this.atStart = true;
    this.sentenceOpened = false;
  }

  /** A word token, by word id. */
  word(id: number): void {
    if (!this.atStart) return;
    this.sentenceOpened = this.openers.has(id);
    this.opened ||= this.sentenceOpened;
    this.atStart = false;
  }

  /** Writes the shape of the tokens seen since `reset` into `out`. */
  finish(out: QuestionShape): QuestionShape {
    out.marked = this.marked;
    out.opened = this.opened;
    out.openedAndMarked = this.openedAndMarked;
    out.mentions = this.mentions;
    return out;
  }
}
