/**
 * One pass over a post's tokens for everything the entity finders would otherwise ask token by token:
 * handles, hashtags, links and emails straight from the token kinds; where codes and phones may
 * start; which words are capitalised; whether the post is typed in capitals; and whether any
 * capitalised word could take part in a name at all, so the organisation and people searches are
 * skipped on posts where they cannot find anything. Its arrays are reused from post to post
 * (taggers are synchronous), so a post allocates only what it finds.
 */
import type { Entities } from '../../../core/contracts/tags.js';
import type { Token } from '../../text/tokens.js';
import { addCandidates, type Candidates } from './candidates.js';
import type { EntityLexicon } from './data.js';
import { isCapitalised } from './spans.js';
import { baseBits, IN, normBits } from './word-bits.js';

/** Beyond the last token: `capital[i + 1]` and `used[j]` up to two past the end read zeros. */
const SLACK = 2;

/**
 * A post is typed in capitals when it has at least four words of two letters or more and more than
 * half of them are in upper case: so at least three are (3 of 4 is the least that counts). Below
 * that the words need not be counted.
 */
const MIN_SHOUTED = 3;
const MIN_WORDS = 4;

function shouted(tokens: readonly Token[], upper: number): boolean {
  let words = 0;
  for (const t of tokens) if (t.kind === 'word' && t.text.length >= 2) words++;
  return words >= MIN_WORDS && upper * 2 > words;
}

export class PostScan implements Candidates {
  /** 1 where the token is a word written with a capital (isCapitalised in spans.ts). */
  capital = new Uint8Array(256);
  /** 1 where the token is already inside a name; zeroed for each post. */
  used = new Uint8Array(256);
  readonly codes: number[] = [];
  readonly phones: number[] = [];
  /** Typed in capitals (more than half of four or more words): capitals then say nothing. */
  shouting = false;
  /**
   * Some capitalised word is a head word: only a capitalised run holding one can be an
   * organisation (findSpans in organisations.ts examines nothing else).
   */
  orgCue = false;
  /**
   * A title on or just before a capitalised word, or a capitalised first name: findPeople
   * (people.ts) starts a name only at one of those.
   */
  personCue = false;
  /** Lower case of the handles and hashtags kept, to keep one of each whatever its case. */
  private readonly handleNorms: string[] = [];
  private readonly tagNorms: string[] = [];

  /** Reads `tokens`, adding their handles, hashtags, links and emails to `out`. */
  read(tokens: readonly Token[], lex: EntityLexicon, out: Entities): void {
    const n = tokens.length;
    this.reset(n);
    let upper = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') {
        this.marked(tokens, i, t, out);
        continue;
      }
      if (!isCapitalised(t)) continue;
      this.capital[i] = 1;
      this.cues(tokens, i, t, lex);
      // The first two letters in capitals tell "HELP" from "Help"; no string is built.
      if (t.text.length >= 2 && t.text.charCodeAt(1) !== t.norm.charCodeAt(1)) upper++;
    }
    this.shouting = upper >= MIN_SHOUTED && shouted(tokens, upper);
  }

  private reset(n: number): void {
    if (this.capital.length < n + SLACK) {
      this.capital = new Uint8Array(Math.max(n + SLACK, this.capital.length * 2));
      this.used = new Uint8Array(this.capital.length);
    }
    this.capital.fill(0, 0, n + SLACK);
    this.used.fill(0, 0, n + SLACK);
    // Setting a length is a runtime call even when it is already 0, which it mostly is.
    if (this.codes.length !== 0) this.codes.length = 0;
    if (this.phones.length !== 0) this.phones.length = 0;
    if (this.handleNorms.length !== 0) this.handleNorms.length = 0;
    if (this.tagNorms.length !== 0) this.tagNorms.length = 0;
    this.orgCue = false;
    this.personCue = false;
  }

  /** What the capitalised word at `i` (and a title right before it) may start. */
  private cues(tokens: readonly Token[], i: number, t: Token, lex: EntityLexicon): void {
    const base = baseBits(lex.bits, t);
    if ((base & (IN.headWords | IN.prefixHeads)) !== 0) this.orgCue = true;
    if (this.personCue) return;
    const before = tokens[i - 1];
    this.personCue =
      (base & IN.firstNames) !== 0 ||
      (normBits(lex.bits, t) & IN.honorifics) !== 0 ||
      (before !== undefined && (normBits(lex.bits, before) & IN.honorifics) !== 0);
  }

  /** Handles, hashtags, links and emails, and where codes and phones may start. */
  private marked(tokens: readonly Token[], i: number, t: Token, out: Entities): void {
    switch (t.kind) {
      case 'mention':
        // A token's norm is its text in lower case: what pushUnique would compare.
        if (!this.handleNorms.includes(t.norm)) {
          this.handleNorms.push(t.norm);
          out.handles.push(t.text);
        }
        break;
      case 'hashtag':
        if (!this.tagNorms.includes(t.norm)) {
          this.tagNorms.push(t.norm);
          out.hashtags.push(t.text);
        }
        break;
      case 'url':
        if (!out.links.includes(t.text)) out.links.push(t.text);
        break;
      case 'email':
        if (!out.emails.includes(t.norm)) out.emails.push(t.norm);
        break;
      case 'number':
        addCandidates(tokens, i, this);
        break;
      default:
        break;
    }
  }
}
