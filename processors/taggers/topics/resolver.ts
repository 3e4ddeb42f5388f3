/**
 * What each token can start: the patterns whose first element it matches, found once per known
 * word and kept by its shared word id (text/words.ts), so the hot path is one array read per
 * token. A word outside the table can still match a prefix ("potholes" for "pothole*") or be a
 * possessive of a term; it is resolved by id probes and kept by its text, up to a cap.
 */
import { BoundedMap } from '../../../core/bounded-map.js';
import { wordId, type Token, type TokenKind } from '../../text/tokens.js';
import { NO_WORD, WordMemo, WORDS } from '../../text/words.js';
import type { CompiledPattern, Resolved } from './compile.js';
import { STEM_KEY_LENGTH, stemKey } from './element-match.js';
import { normaliseWord } from './terms.js';

const EMPTY: Resolved = Object.freeze({ singles: [], next: undefined, nextPrefix: [], byStem: undefined });

/** Pattern indexes by the word id of their first element, whole-word and prefix ones apart. */
interface Buckets {
  readonly exact: Map<number, number[]>;
  readonly prefix: Map<number, number[]>;
}

interface Found {
  readonly singles: number[];
  readonly starts: number[];
}

/** What a token starts, and (for word-roles.ts) whether a word in the table starts anything. */
export interface Resolver {
  /** Any token; a word in the table is worked out once and kept by id. */
  resolve(token: Token): Resolved;
  /** What the word with this id (not NO_WORD) starts. */
  known(id: number): Resolved;
  /** What a word in the table (its text as a token's norm) starts. */
  ofWord(word: string): Resolved;
}

export function buildResolver(patterns: readonly CompiledPattern[]): Resolver {
  const singles: Buckets = { exact: new Map(), prefix: new Map() };
  const starts: Buckets = { exact: new Map(), prefix: new Map() };
  const sigils = new Map<number, number[]>();
  const prefixLengths = new Set<number>();
  patterns.forEach((p, i) => {
    const first = p.elements[0];
    if (first === undefined) return;
    const isSigil = p.elements.length === 1 && (first.text.startsWith('#') || first.text.startsWith('@'));
    if (isSigil) return push(sigils, WORDS.add(first.text), i);
    const buckets = p.elements.length === 1 ? singles : starts;
    if (first.prefix) prefixLengths.add(first.text.length);
    push(first.prefix ? buckets.prefix : buckets.exact, WORDS.add(first.text), i);
  });
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  const stems = new StemStarts(patterns);

  /** `known`: false when `word` is certainly not in the table (saves a probe). */
  const resolveWord = (word: string, into: Found, known: boolean): void => {
    const w = normaliseWord(word);
    // A possessive, or Welsh "'r" (the), leaves the word itself ("boiler's", "raeanu'r").
    if (w.length > 3 && (w.endsWith("'s") || w.endsWith("'r"))) resolveWord(w.slice(0, -2), into, true);
    const id = known || w !== word ? WORDS.find(w) : NO_WORD;
    if (id >= 0) {
      append(into.singles, singles.exact.get(id));
      append(into.starts, starts.exact.get(id));
    }
    if (!stems.mayStart(w)) return;
    for (const len of lengths) {
      if (len > w.length) break;
      const stem = WORDS.findSlice(w, 0, len);
      if (stem < 0) continue;
      append(into.singles, singles.prefix.get(stem));
      append(into.starts, starts.prefix.get(stem));
    }
  };

  /** `known`: whether the norm is in the table (an unknown one matches no whole word or sigil). */
  // Most words resolve to nothing: collect into scratch arrays and copy only a result.
  const into: Found = { singles: [], starts: [] };
  const compute = (norm: string, kind: TokenKind, known: boolean): Resolved => {
    into.singles.length = 0;
    into.starts.length = 0;
    if (known && (kind === 'hashtag' || kind === 'mention')) append(into.singles, sigils.get(WORDS.find(norm)));
    if (kind === 'hashtag') resolveWord(norm.slice(1), into, true);
    else if (kind !== 'mention') resolveWord(norm, into, known);
    if (into.singles.length === 0 && into.starts.length === 0) return EMPTY;
    return groupStarts({ singles: [...into.singles], starts: into.starts }, patterns);
  };

  // Among the tokens looked up here, a norm says its kind ("#..." a hashtag, "@..." a mention).
  const byWord = new WordMemo((_id, word) => compute(word, kindOfNorm(word), true));
  // Words outside the table (handles, hashtags, plurals of stems) recur in a stream: kept by norm,
  // up to a cap. Only when the norm says the token's kind, as it does for every token scanned.
  const outside = new BoundedMap<string, Resolved>(OUTSIDE_CAP);
  const resolveOutside = (token: Token): Resolved => {
    // A handle outside the table matches no sigil term, and its words are not looked up.
    if (token.kind === 'mention') return EMPTY;
    const kind = kindOfNorm(token.norm);
    if (kind !== (token.kind === 'hashtag' ? token.kind : 'word')) return compute(token.norm, token.kind, false);
    return outside.get(token.norm) ?? outside.set(token.norm, compute(token.norm, kind, false));
  };
  return {
    resolve: (token) => {
      const id = wordId(token);
      return id < 0 ? resolveOutside(token) : byWord.of(id);
    },
    known: (id) => byWord.of(id),
    ofWord: (word) => compute(word, kindOfNorm(word), true),
  };
}

const OUTSIDE_CAP = 4096;

const HASH = 0x23;
const AT = 0x40;

function kindOfNorm(norm: string): TokenKind {
  if (norm.length < 2) return 'word';
  const first = norm.charCodeAt(0);
  return first === HASH ? 'hashtag' : first === AT ? 'mention' : 'word';
}

/** Longer patterns grouped by their second element: its word id, or the prefix list. */
function groupStarts(found: Found, patterns: readonly CompiledPattern[]): Resolved {
  let next: Map<number, number[]> | undefined;
  const nextPrefix: number[] = [];
  for (const i of found.starts) {
    const p = patterns[i];
    const second = p?.elements[1];
    if (p === undefined || second === undefined) continue;
    if (second.prefix) nextPrefix.push(i);
    else push((next ??= new Map<number, number[]>()), p.ids[1] as number, i);
  }
  return { singles: found.singles, next, nextPrefix, byStem: groupStems(nextPrefix, patterns) };
}

function groupStems(nextPrefix: readonly number[], patterns: readonly CompiledPattern[]): Map<number, number[]> | undefined {
  if (nextPrefix.length === 0) return undefined;
  const byStem = new Map<number, number[]>();
  for (const i of nextPrefix) {
    const stem = patterns[i]?.elements[1]?.text ?? '';
    if (stem.length < STEM_KEY_LENGTH) return undefined;
    push(byStem, stemKey(stem), i);
  }
  return byStem;
}

/**
 * The first three characters of every leading wildcard stem (stems have at least three), hashed
 * into a bitmap: most words start no stem and skip the prefix probes.
 */
class StemStarts {
  private readonly bits = new Uint8Array(1 << 16);
  /** Set if some stem is shorter (terms.ts forbids it; then every word is probed). */
  private readonly short: boolean = false;

  constructor(patterns: readonly CompiledPattern[]) {
    for (const p of patterns) {
      const first = p.elements[0];
      if (first?.prefix !== true) continue;
      if (first.text.length < 3) this.short = true;
      else this.bits[key3(first.text)] = 1;
    }
  }

  mayStart(word: string): boolean {
    return this.short || (word.length >= 3 && this.bits[key3(word)] === 1);
  }
}

function key3(s: string): number {
  return (s.charCodeAt(0) * 961 + s.charCodeAt(1) * 31 + s.charCodeAt(2)) & 0xffff;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function append(into: number[], from: readonly number[] | undefined): void {
  if (from !== undefined) for (const v of from) into.push(v);
}
