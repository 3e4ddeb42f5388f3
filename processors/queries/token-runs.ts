import { BoundedMap } from '../../core/bounded-map.js';
import { isSpace, wordId, type TextView, type Token } from '../text/tokens.js';
import { WideWordCode, WORDS } from '../text/words.js';
import { forEachSpan, isWordCodePoint } from './runs.js';

/**
 * A post's word runs (runs.ts) read from its shared tokens instead of its characters: what each
 * token's runs bring (vocabulary words, triggered queries) is worked out once per word id and then
 * costs one table read, where the character scan lower-cased the post, then hashed and looked up
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
 * Visiting a run only marks a word and adds queries to a set. A chunk's runs are sent only once
 * the gaps on both sides of it are checked, so what the walk sends before it gives up are runs of
 * the text, and the character scan after it leaves the same result.
 */

const STARTS_WORD = 1;
const ENDS_WORD = 2;
/** The norm holds σ, ς or ſ (see above): its post takes the character scan. */
const UNSAFE = 4;
/** The norm's runs mark a vocabulary word or trigger a query. */
const TRIGGERS = 8;
/** In the code table: the word's flags are worked out (a zero code: not yet). */
const KNOWN = 16;
/**
 * The code's bits from here up hold the word's length as written (0: read the token's text). A
 * token's end is then its start plus a number from this table, where reading its text's length
 * meant a string on the heap per token, the walk's costliest memory read.
 */
const LENGTH_SHIFT = 5;
const MAX_LENGTH = 0xffff >>> LENGTH_SHIFT;
/** Lower-casing lengthens only İ (to i and U+0307): a norm without U+0307 is as long as its text. */
const COMBINING_DOT = '\u0307';

/** What one token's runs bring. */
export interface RunFacts {
  flags: number;
  /** Vocabulary ids (vocabulary.ts) of its runs. */
  readonly marks: number[];
  /** Queries (forms of queries, trigger-index.ts) its runs trigger, as whole words or by prefix (repeats are harmless). */
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
 * A token's run facts: a code of flags and length per word id (most words bring nothing, and a
 * table of 16 bits a word stays in the processor's cache), the marks and queries by word id for the few that bring
 * something, and the facts of words outside the table by norm, up to a cap. All are bounded and
 * hold only what this tagger's own queries make of a word's text, never anything of a post.
 */
export class TokenRuns {
  /** Flags | KNOWN | length << LENGTH_SHIFT by word id, worked out when a post first uses the word. */
  private readonly codes = new WideWordCode((id) => this.learn(id));
  /** Facts by word id of the words that trigger; dense, so reads stay fast. */
  private readonly facts: (Readonly<RunFacts> | undefined)[] = [];
  /** Words outside the table (handles, hashtags, typos) recur in a stream: kept up to a cap. */
  private readonly outside = new BoundedMap<string, Readonly<RunFacts>>(OUTSIDE_CAP);
  /** The queries a hashtag or handle the platform listed triggers, by its text, up to a cap. */
  private readonly listed = new BoundedMap<string, readonly number[]>(OUTSIDE_CAP);
  /**
   * The triggering facts of the chunk being walked, sent once its gaps are checked: the walk
   * counts them itself (entries past its count are stale), as emptying an array by its length
   * calls into the runtime.
   */
  readonly pending: Readonly<RunFacts>[] = [];

  constructor(private readonly lookup: RunLookup) {}

  /** The code of a word in the table: one read once the word has been seen. */
  codeOf(id: number): number {
    return this.codes.of(id);
  }

  /** The facts of a word in the table whose flags say TRIGGERS. */
  factsOf(id: number): Readonly<RunFacts> {
    return this.facts[id] as Readonly<RunFacts>;
  }

  /** A word outside the table: its facts, shared plain ones when it brings nothing. */
  outsideOf(norm: string): Readonly<RunFacts> {
    return this.outside.get(norm) ?? this.outside.set(norm, this.outsideFacts(norm));
  }

  private learn(id: number): number {
    const norm = WORDS.word(id);
    const found = this.analyse(norm, blank());
    if ((found.flags & TRIGGERS) !== 0) {
      while (this.facts.length <= id) this.facts.push(undefined);
      this.facts[id] = found;
    }
    const length = norm.length <= MAX_LENGTH && !norm.includes(COMBINING_DOT) ? norm.length : 0;
    return found.flags | KNOWN | (length << LENGTH_SHIFT);
  }

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
 * tokens' (see the top of this file), and the caller must scan the characters. One pass: each
 * token's flags are read once, and a chunk's triggering facts wait in `runs.pending` until the
 * chunk ends (most chunks are one token, and most tokens trigger nothing).
 */
export function walkTokens(text: TextView, runs: TokenRuns, sink: RunSink): boolean {
  const { raw, tokens } = text;
  const pending = runs.pending;
  let waiting = 0;
  let from = 0;
  let end = 0;
  let endsWord = false;
  let joined = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const start = t.start;
    if (start !== end) {
      // Most gaps are one plain space: tested inline.
      if ((start !== end + 1 || raw.charCodeAt(end) !== 32) && !allSpace(raw, end, start)) return false;
      if (joined || waiting > 0) sendChunk(text, from, k, joined ? 0 : waiting, pending, sink);
      waiting = 0;
      from = k;
      endsWord = false;
      joined = false;
    }
    const id = wordId(t);
    const facts = id >= 0 ? undefined : runs.outsideOf(t.norm);
    const code = facts === undefined ? runs.codeOf(id) : facts.flags;
    if ((code & UNSAFE) !== 0) return false;
    if (endsWord && (code & STARTS_WORD) !== 0) joined = true;
    endsWord = (code & ENDS_WORD) !== 0;
    if ((code & TRIGGERS) !== 0) pending[waiting++] = facts ?? runs.factsOf(id);
    const length = code >>> LENGTH_SHIFT;
    end = start + (length !== 0 ? length : t.text.length);
  }
  if (!allSpace(raw, end, raw.length)) return false;
  if (joined || waiting > 0) sendChunk(text, from, tokens.length, joined ? 0 : waiting, pending, sink);
  return true;
}

/**
 * Touching tokens [k, j): the first `count` facts of `pending`, or when a run joins two tokens
 * (count 0) the chunk's characters.
 */
function sendChunk(text: TextView, k: number, j: number, count: number, pending: readonly Readonly<RunFacts>[], sink: RunSink): void {
  if (count > 0) {
    for (let i = 0; i < count; i++) sink.facts(pending[i] as Readonly<RunFacts>);
    return;
  }
  const tokens = text.tokens;
  const last = tokens[j - 1] as Token;
  sink.chars(text.raw.slice((tokens[k] as Token).start, last.start + last.text.length).toLowerCase());
}

function allSpace(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}
