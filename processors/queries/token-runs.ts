import { BoundedMap } from '../../core/bounded-map.js';
import { isSpace, wordId, type TextView, type Token } from '../text/tokens.js';
import { WordCode, WordMemo } from '../text/words.js';
import { forEachSpan, isWordCodePoint } from './runs.js';

/**
 * A post's word runs (runs.ts) read from its shared tokens instead of its characters: what each
 * token's runs bring (vocabulary words, triggered queries) is worked out once per word id and then
 * costs one byte read, where the character scan lower-cased the post, then hashed and looked up
 * every run of it.
 *
 * Why `walkTokens` visits the runs the character scan of foldText(lower) visits:
 * - Lower-casing is per character except for Σ (final sigma), and the fold changes only ſ. A token
 *   whose norm holds σ, ς or ſ is UNSAFE: the walk gives up and the caller scans the characters.
 * - A norm is its token's text lower-cased on its own (tokens.ts). With no Σ in the text, the
 *   lower-cased text is therefore the gaps between tokens lower-cased, each followed by its
 *   token's norm, in order.
 * - The tokens fall into chunks: tokens touching each other, chunks apart. Every gap is checked to
 *   be white space, which is no word character (the tokenizer leaves out only white space and,
 *   rarely, digits of other scripts: those make the walk give up). So no run crosses a gap, and
 *   the runs of the text are the runs of its chunks.
 * - In a chunk, a run crosses from one token into the next only where the first ends and the next
 *   starts with a word character ("a38" is a word and a number, "foo_bar" a word, a punct and a
 *   word); such a chunk's characters are lower-cased and scanned. Otherwise every run lies inside
 *   one norm, and the chunk's runs are its norms' runs.
 * Visiting a run only marks a word and adds queries to a set, and what the walk visits before it
 * gives up are runs of the text, so the character scan after it leaves the same result.
 */

const STARTS_WORD = 1;
const ENDS_WORD = 2;
/** The norm holds σ, ς or ſ (see above): its post takes the character scan. */
const UNSAFE = 4;
/** The norm's runs mark a vocabulary word or trigger a query. */
const TRIGGERS = 8;

/** What one token's runs bring. */
export interface RunFacts {
  flags: number;
  /** Vocabulary ids (vocabulary.ts) of its runs. */
  readonly marks: number[];
  /** Queries its runs trigger, as whole words or by prefix (repeats are harmless). */
  readonly queries: number[];
}

/** Looks up the run `s.slice(start, end)`, pushing what it brings into `into`. */
export type RunLookup = (s: string, start: number, end: number, into: RunFacts) => void;

const blank = (): RunFacts => ({ flags: 0, marks: [], queries: [] });
/** Facts of norms that bring nothing, by flags: shared, never written. */
const PLAIN: readonly Readonly<RunFacts>[] = Array.from({ length: TRIGGERS }, (_, flags) =>
  Object.freeze({ flags, marks: [], queries: [] }),
);
const plain = (flags: number): Readonly<RunFacts> => PLAIN[flags] as Readonly<RunFacts>;

/**
 * A token's run facts: a byte of flags per word id (most words bring nothing, and a byte table
 * stays in the processor's cache), the marks and queries by word id for the few that bring
 * something, and the facts of words outside the table by norm, up to a cap. All are bounded and
 * hold only what this tagger's own queries make of a word's text, never anything of a post.
 */
export class TokenRuns {
  private readonly flags = new WordCode((norm) => this.analyse(norm, blank()).flags);
  private readonly facts = new WordMemo((_id, norm) => this.analyse(norm, blank()));
  /** Words outside the table (handles, hashtags, typos) recur in a stream: kept up to a cap. */
  private readonly outside = new BoundedMap<string, Readonly<RunFacts>>(OUTSIDE_CAP);
  /** The queries a hashtag or handle the platform listed triggers, by its text, up to a cap. */
  private readonly listed = new BoundedMap<string, readonly number[]>(OUTSIDE_CAP);

  constructor(private readonly lookup: RunLookup) {}

  /** The token's flags alone: for most words a byte read, with no facts object to look at. */
  flagsOf(t: Token): number {
    const id = wordId(t);
    return id >= 0 ? this.flags.of(id, t.norm) : this.of(t).flags;
  }

  of(t: Token): Readonly<RunFacts> {
    const id = wordId(t);
    if (id >= 0) {
      const flags = this.flags.of(id, t.norm);
      return (flags & TRIGGERS) === 0 ? plain(flags) : this.facts.of(id);
    }
    return this.outside.get(t.norm) ?? this.outside.set(t.norm, this.outsideFacts(t.norm));
  }

  /** A word outside the table: its facts, shared plain ones when it brings nothing. */
  private outsideFacts(norm: string): Readonly<RunFacts> {
    const found = this.analyse(norm, blank());
    return (found.flags & TRIGGERS) === 0 ? plain(found.flags) : found;
  }

  /**
   * The queries the runs of `s` lower-cased trigger: what the character scan of a listed hashtag
   * or mention finds (it is not folded, and marks no words).
   */
  ofListed(s: string): readonly number[] {
    return this.listed.get(s) ?? this.listed.set(s, this.listedQueries(s));
  }

  private listedQueries(s: string): readonly number[] {
    const lower = s.toLowerCase();
    const into = blank();
    forEachSpan(lower, (start, end) => this.lookup(lower, start, end, into));
    return into.queries;
  }

  private analyse(norm: string, into: RunFacts): RunFacts {
    if (CONTEXT_CASED.test(norm)) {
      into.flags = UNSAFE;
      return into;
    }
    forEachSpan(norm, (start, end) => this.lookup(norm, start, end, into));
    into.flags = edgeFlags(norm) | (into.marks.length + into.queries.length > 0 ? TRIGGERS : 0);
    return into;
  }
}

const OUTSIDE_CAP = 4096;
/** Lower case that may differ in context (σ, ς) or under the fold (ſ). */
const CONTEXT_CASED = /[σςſ]/u;

/** Whether the norm's first and last characters are word characters. */
function edgeFlags(norm: string): number {
  const n = norm.length;
  const last = n >= 2 && isLowSurrogate(norm.charCodeAt(n - 1)) ? (norm.codePointAt(n - 2) as number) : norm.charCodeAt(n - 1);
  return (isWordCodePoint(norm.codePointAt(0) as number) ? STARTS_WORD : 0) | (isWordCodePoint(last) ? ENDS_WORD : 0);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Where the walk sends what it finds. */
export interface RunSink {
  /** What one token's runs bring. */
  facts(facts: Readonly<RunFacts>): void;
  /** The lower-cased characters of a chunk whose runs cross its tokens, to scan. */
  chars(lowered: string): void;
}

/**
 * Sends every chunk's runs to `sink`; false as soon as the text's runs could differ from the
 * tokens' (see the top of this file), and the caller must scan the characters.
 */
export function walkTokens(text: TextView, runs: TokenRuns, sink: RunSink): boolean {
  const { raw, tokens } = text;
  let end = 0;
  for (let k = 0; k < tokens.length;) {
    const first = tokens[k] as Token;
    if (!allSpace(raw, end, first.start)) return false;
    end = first.start + first.text.length;
    let j = k + 1;
    for (let t = tokens[j]; t !== undefined && t.start === end; t = tokens[++j]) end = t.start + t.text.length;
    if (!(j === k + 1 ? visitToken(first, runs, sink) : visitChunk(text, k, j, runs, sink))) return false;
    k = j;
  }
  return allSpace(raw, end, raw.length);
}

function visitToken(t: Token, runs: TokenRuns, sink: RunSink): boolean {
  const flags = runs.flagsOf(t);
  if ((flags & UNSAFE) !== 0) return false;
  if ((flags & TRIGGERS) !== 0) sink.facts(runs.of(t));
  return true;
}

/** Touching tokens [k, j): each token's runs, or the chunk's characters when a run joins two. */
function visitChunk(text: TextView, k: number, j: number, runs: TokenRuns, sink: RunSink): boolean {
  const tokens = text.tokens;
  let joined = false;
  let endsWord = false;
  for (let i = k; i < j; i++) {
    const flags = runs.flagsOf(tokens[i] as Token);
    if ((flags & UNSAFE) !== 0) return false;
    if (endsWord && (flags & STARTS_WORD) !== 0) joined = true;
    endsWord = (flags & ENDS_WORD) !== 0;
  }
  if (joined) {
    const last = tokens[j - 1] as Token;
    sink.chars(text.raw.slice((tokens[k] as Token).start, last.start + last.text.length).toLowerCase());
    return true;
  }
  for (let i = k; i < j; i++) visitToken(tokens[i] as Token, runs, sink);
  return true;
}

function allSpace(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}
