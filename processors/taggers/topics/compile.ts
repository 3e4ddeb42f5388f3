import { straightWordId, type Token } from '../../text/tokens.js';
import { WORDS } from '../../text/words.js';
import { buildResolver, type Resolver } from './resolver.js';
import type { Taxonomy } from './taxonomy.js';
import { startsWithStem } from './element-match.js';
import { parseTerm, type Element } from './terms.js';

/** One way of writing one term of one topic. Variants of a term share `term`, so they count once. */
export interface CompiledPattern {
  readonly topic: number;
  readonly term: number;
  readonly weight: number;
  readonly exclusion: boolean;
  /** A landmark term, discounted after a locative word ("by the bus stop"). */
  readonly place: boolean;
  readonly elements: readonly Element[];
  /** Shared word id (text/words.ts) of each whole-word element, -1 for a prefix. */
  readonly ids: readonly number[];
}

/**
 * What a token can start: one-token patterns (complete hits) and longer ones to check onwards.
 * Longer patterns are grouped by their second word, so a common first word ("a" in "a38",
 * "a&e", "a level") costs one lookup of the next token, not a scan of every candidate.
 */
export interface Resolved {
  readonly singles: readonly number[];
  /** Longer patterns by the shared word id (text/words.ts) of their exact second element. */
  readonly next: ReadonlyMap<number, readonly number[]> | undefined;
  /** Longer patterns whose second element is a prefix (checked one by one). */
  readonly nextPrefix: readonly number[];
  /**
   * `nextPrefix` grouped by the stemKey (element-match.ts) of its second element, in the same
   * order; undefined when that list is empty or some stem there is too short to key.
   */
  readonly byStem: ReadonlyMap<number, readonly number[]> | undefined;
}

export interface CompiledTaxonomy {
  readonly ids: readonly string[];
  readonly patterns: readonly CompiledPattern[];
  readonly termCount: number;
  /** resolver.ts: kept per word id after a word's first use, one array read per token. */
  readonly resolver: Resolver;
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
      for (const p of parsed.patterns) {
        const ids = p.elements.map((e) => (e.prefix ? -1 : WORDS.add(e.text)));
        patterns.push({ topic: t, term, weight, exclusion, place, elements: p.elements, ids });
      }
    };
    for (const term of topic.terms) {
      if (typeof term === 'string') add(term, 1, false);
      else add(term.text, term.weight ?? 1, false, term.place ?? false);
    }
    for (const text of topic.exclusions ?? []) add(text, 0, true);
  });
  return { ids: taxonomy.ids, patterns, termCount, resolver: buildResolver(patterns) };
}

/**
 * Whether a pattern's elements from `from` on follow token `start` (the ones before are known to
 * match); returns the end index or -1.
 */
export function matchFrom(pattern: CompiledPattern, tokens: readonly Token[], start: number, from: number): number {
  const els = pattern.elements;
  if (start + els.length > tokens.length) return -1;
  for (let k = from; k < els.length; k++) {
    const el = els[k];
    const tok = tokens[start + k];
    if (el === undefined || tok === undefined || !elementMatches(el, pattern.ids[k] as number, tok)) return -1;
  }
  return start + els.length;
}

/** A whole-word element compares word ids (of the token with straight apostrophes, as terms have). */
function elementMatches(el: Element, id: number, tok: Token): boolean {
  return el.prefix ? startsWithStem(tok.norm, el.text) : straightWordId(tok) === id;
}
