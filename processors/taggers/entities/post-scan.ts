/**
 * One pass over a post's tokens for everything the entity finders would otherwise ask token by token:
 * handles, hashtags, links and emails straight from the token kinds; where codes and phones may
 * start; which words are capitalised; whether the post is typed in capitals; and whether any
 * capitalised word could take part in a name at all, so the organisation and people searches are
 * skipped on posts where they cannot find anything. Its arrays are reused from post to post
 * (taggers are synchronous), so a post allocates only what it finds.
 */
import type { Entities } from '../../../core/contracts/tags.js';
import { CAPS_FIRST, CAPS_SECOND, wordId, type Token } from '../../text/tokens.js';
import { addCandidates, type Candidates } from './candidates.js';
import type { EntityLexicon } from './data.js';
import { phraseMayStart } from './phrase-cue.js';
import { baseScanFlags, SCAN_FIRST_NAME, SCAN_HONORIFIC, SCAN_ORG_HEAD, SCAN_PHRASE_FIRST } from './scan-flags.js';
import { baseBits } from './word-bits.js';

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

/**
 * An earlier token of the same kind and lower case (a token's norm): that handle or hashtag is kept
 * already, so one of each is kept whatever its case. The post's tokens are at hand, where a list of
 * the norms kept would be refilled (and its store reallocated) post after post.
 */
function seenBefore(tokens: readonly Token[], i: number, t: Token): boolean {
  for (let j = 0; j < i; j++) {
    const u = tokens[j] as Token;
    if (u.kind === t.kind && u.norm === t.norm) return true;
  }
  return false;
}

export class PostScan implements Candidates {
  /** 1 where the token is a word that opens with a capital. */
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
  /** Some token may start a known organisation's name (phrase-cue.ts): else the phrase scan finds none. */
  knownOrgCue = false;
  /** How much of `used` the last post may have marked (0 when it ran no finder). */
  private dirty = 0;

  /** Reads `tokens` (of `raw`), adding their handles, hashtags, links and emails to `out`. */
  read(tokens: readonly Token[], raw: string, lex: EntityLexicon, out: Entities): void {
    const n = tokens.length;
    this.reset(n);
    const { capital } = this;
    const flags = lex.scanFlags;
    // Locals, not fields, while the loop runs: a field written in the loop is a store at every token.
    let upper = 0;
    let before = 0;
    let known = false;
    let orgCue = false;
    let personCue = false;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const id = wordId(t);
      const inTable = id >= 0 && id < flags.length;
      const f = inTable ? (flags[id] as number) : 0;
      known ||= phraseMayStart(f, (before & SCAN_PHRASE_FIRST) !== 0);
      if (t.kind !== 'word') {
        capital[i] = 0;
        if (t.kind !== 'punct') this.marked(tokens, i, t, out);
      } else if ((t.caps & CAPS_FIRST) !== 0) {
        capital[i] = 1;
        const cues = inTable ? f : baseScanFlags(baseBits(lex.bits, t));
        orgCue ||= (cues & SCAN_ORG_HEAD) !== 0;
        personCue ||= (cues & SCAN_FIRST_NAME) !== 0 || ((f | before) & SCAN_HONORIFIC) !== 0;
        if ((t.caps & CAPS_SECOND) !== 0) upper++;
      } else capital[i] = 0;
      before = f;
    }
    this.knownOrgCue = known;
    this.orgCue = orgCue;
    this.personCue = personCue;
    this.shouting = upper >= MIN_SHOUTED && shouted(tokens, upper);
    // The finders mark names only on a post with a cue: the next post need clear `used` only then.
    this.dirty = known || orgCue || personCue ? n + SLACK : 0;
  }

  /** `capital` is written for every token by `read`; only the slack past the end is cleared here. */
  private reset(n: number): void {
    if (this.capital.length < n + SLACK) {
      this.capital = new Uint8Array(Math.max(n + SLACK, this.capital.length * 2));
      this.used = new Uint8Array(this.capital.length);
      this.dirty = 0;
    }
    // Loops, not fill(): a typed array's fill is a call into the runtime, dear for a few bytes.
    const { capital, used } = this;
    for (let i = 0; i < this.dirty; i++) used[i] = 0;
    for (let i = n; i < n + SLACK; i++) capital[i] = 0;
    // Setting a length is a runtime call even when it is already 0, which it mostly is.
    if (this.codes.length !== 0) this.codes.length = 0;
    if (this.phones.length !== 0) this.phones.length = 0;
  }

  /** Handles, hashtags, links and emails, and where codes and phones may start. */
  private marked(tokens: readonly Token[], i: number, t: Token, out: Entities): void {
    switch (t.kind) {
      case 'mention':
        if (!seenBefore(tokens, i, t)) out.handles.push(t.text);
        break;
      case 'hashtag':
        if (!seenBefore(tokens, i, t)) out.hashtags.push(t.text);
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
