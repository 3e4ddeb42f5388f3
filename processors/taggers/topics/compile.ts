import type { Token } from '../../text/tokens.js';
import type { Taxonomy } from './taxonomy.js';
import { normaliseWord, parseTerm, type Element } from './terms.js';

/** One way of writing one term of one topic. Variants of a term share `term`, so they count once. */
export interface CompiledPattern {
  readonly topic: number;
  readonly term: number;
  readonly weight: number;
  readonly exclusion: boolean;
  /** A landmark term, discounted after a locative word ("by the bus stop"). */
  readonly place: boolean;
  readonly elements: readonly Element[];
}

/**
 * What a token can start: one-token patterns (complete hits) and longer ones to check onwards.
 * Longer patterns are grouped by their second word, so a common first word ("a" in "a38",
 * "a&e", "a level") costs one lookup of the next token, not a scan of every candidate.
 */
export interface Resolved {
  readonly singles: readonly number[];
  /** Longer patterns by exact second element. */
  readonly next: ReadonlyMap<string, readonly number[]> | undefined;
  /** Longer patterns whose second element is a prefix (checked one by one). */
  readonly nextPrefix: readonly number[];
}

export interface CompiledTaxonomy {
  readonly ids: readonly string[];
  readonly patterns: readonly CompiledPattern[];
  readonly termCount: number;
  /** Cached per distinct token text: the hot path is one Map lookup per token. */
  readonly resolve: (token: Token) => Resolved;
}

const EMPTY: Resolved = Object.freeze({ singles: [], next: undefined, nextPrefix: [] });
/** Social text is Zipfian, so a modest cache holds nearly every token seen; cleared, not evicted. */
const CACHE_LIMIT = 100_000;

interface Buckets {
  readonly exact: Map<string, number[]>;
  readonly prefix: Map<string, number[]>;
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const patterns: CompiledPattern[] = [];
  let termCount = 0;
  taxonomy.topics.forEach((topic, t) => {
    const seen = new Set<string>();
    const add = (text: string, weight: number, exclusion: boolean, place = false): void => {
      const parsed = parseTerm(text);
      const key = `${exclusion ? '!' : ''}${parsed.ok ? parsed.key : text}`;
      if (!parsed.ok || seen.has(key)) return;
      seen.add(key);
      const term = termCount++;
      for (const p of parsed.patterns) patterns.push({ topic: t, term, weight, exclusion, place, elements: p.elements });
    };
    for (const term of topic.terms) {
      if (typeof term === 'string') add(term, 1, false);
      else add(term.text, term.weight ?? 1, false, term.place ?? false);
    }
    for (const text of topic.exclusions ?? []) add(text, 0, true);
  });
  return { ids: taxonomy.ids, patterns, termCount, resolve: buildResolver(patterns) };
}

function buildResolver(patterns: readonly CompiledPattern[]): (token: Token) => Resolved {
  const singles: Buckets = { exact: new Map(), prefix: new Map() };
  const starts: Buckets = { exact: new Map(), prefix: new Map() };
  const sigils = new Map<string, number[]>();
  const prefixLengths = new Set<number>();
  patterns.forEach((p, i) => {
    const first = p.elements[0];
    if (first === undefined) return;
    const isSigil = p.elements.length === 1 && (first.text.startsWith('#') || first.text.startsWith('@'));
    if (isSigil) return push(sigils, first.text, i);
    const buckets = p.elements.length === 1 ? singles : starts;
    if (first.prefix) prefixLengths.add(first.text.length);
    push(first.prefix ? buckets.prefix : buckets.exact, first.text, i);
  });
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  const cache = new Map<string, Resolved>();

  const resolveWord = (word: string, into: { singles: number[]; starts: number[] }): void => {
    const w = normaliseWord(word);
    // A possessive, or Welsh "'r" (the), leaves the word itself ("boiler's", "raeanu'r").
    if (w.length > 3 && (w.endsWith("'s") || w.endsWith("'r"))) resolveWord(w.slice(0, -2), into);
    append(into.singles, singles.exact.get(w));
    append(into.starts, starts.exact.get(w));
    for (const len of lengths) {
      if (len > w.length) break;
      const stem = w.slice(0, len);
      append(into.singles, singles.prefix.get(stem));
      append(into.starts, starts.prefix.get(stem));
    }
  };

  const compute = (token: Token): Resolved => {
    const into = { singles: [] as number[], starts: [] as number[] };
    if (token.kind === 'hashtag' || token.kind === 'mention') append(into.singles, sigils.get(token.norm));
    if (token.kind === 'hashtag') resolveWord(token.norm.slice(1), into);
    else if (token.kind !== 'mention') resolveWord(token.norm, into);
    return into.singles.length === 0 && into.starts.length === 0 ? EMPTY : groupStarts(into.singles, into.starts, patterns);
  };

  return (token) => {
    const hit = cache.get(token.norm);
    if (hit !== undefined) return hit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const resolved = compute(token);
    cache.set(token.norm, resolved);
    return resolved;
  };
}

function groupStarts(singles: number[], starts: readonly number[], patterns: readonly CompiledPattern[]): Resolved {
  let next: Map<string, number[]> | undefined;
  const nextPrefix: number[] = [];
  for (const i of starts) {
    const second = patterns[i]?.elements[1];
    if (second === undefined) continue;
    if (second.prefix) nextPrefix.push(i);
    else push((next ??= new Map<string, number[]>()), second.text, i);
  }
  return { singles, next, nextPrefix };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function append(into: number[], from: readonly number[] | undefined): void {
  if (from !== undefined) for (const v of from) into.push(v);
}

/** Whether a pattern's later elements follow token `start`; returns the end index or -1. */
export function matchFrom(pattern: CompiledPattern, tokens: readonly Token[], start: number): number {
  const els = pattern.elements;
  if (start + els.length > tokens.length) return -1;
  for (let k = 1; k < els.length; k++) {
    const el = els[k];
    const tok = tokens[start + k];
    if (el === undefined || tok === undefined || !elementMatches(el, tok.norm)) return -1;
  }
  return start + els.length;
}

function elementMatches(el: Element, norm: string): boolean {
  const text = norm.includes('’') ? normaliseWord(norm) : norm;
  return el.prefix ? text.startsWith(el.text) : text === el.text;
}
