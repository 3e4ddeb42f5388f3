import { BoundedMap } from '../../../core/bounded-map.js';
import { tokenize } from '../../text/tokens.js';

/**
 * Term syntax. A term is read with the same tokenizer as posts, so a term and the text it should
 * match split identically ("a&e" -> a, &, e; "M62" -> m, 62). Each token becomes one element; a `*`
 * straight after a word makes it a prefix ("pothole*"). `#tag` and `@handle` terms match those
 * tokens exactly.
 */
export interface Element {
  readonly text: string;
  readonly prefix: boolean;
}

export interface TermPattern {
  readonly elements: readonly Element[];
  /** True for `#tag` / `@handle` terms, matched against the whole token with its sigil. */
  readonly sigil: boolean;
}

export type TermParse =
  { readonly ok: true; readonly key: string; readonly patterns: readonly TermPattern[] } | { readonly ok: false; readonly message: string };

const MIN_STEM = 3;
const MAX_ELEMENTS = 8;
const SIGIL_TERM = /^[#@][\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u;
const UNUSABLE_KINDS = new Set(['url', 'email']);

/** Lower-cases and folds curly apostrophes, as the matcher does for tokens. */
export function normaliseWord(s: string): string {
  return s.includes('’') ? s.replaceAll('’', "'") : s;
}

/** Validation and every tenant's compile parse the same terms: parse each text once. */
const PARSE_CACHE_LIMIT = 50_000;
const parsed = new BoundedMap<string, TermParse>(PARSE_CACHE_LIMIT);

export function parseTerm(raw: string): TermParse {
  return parsed.get(raw) ?? parsed.set(raw, parseUncached(raw));
}

function parseUncached(raw: string): TermParse {
  const text = normaliseWord(raw.trim().toLowerCase());
  if (text.startsWith('#') || text.startsWith('@')) return parseSigil(text);
  const elements = parseElements(text);
  if (typeof elements === 'string') return { ok: false, message: elements };
  return { ok: true, key: keyOf(elements), patterns: withVariants(elements) };
}

function parseSigil(text: string): TermParse {
  if (!SIGIL_TERM.test(text)) return { ok: false, message: `"${text}" is not a valid #hashtag or @handle term` };
  const elements = [{ text, prefix: false }];
  return { ok: true, key: text, patterns: [{ elements, sigil: true }] };
}

/** Returns the elements, or a message saying why the term is unusable. */
function parseElements(text: string): Element[] | string {
  const out: { text: string; prefix: boolean; end: number }[] = [];
  for (const tok of tokenize(text).tokens) {
    if (tok.norm === '*') {
      const prev = out[out.length - 1];
      if (prev === undefined || prev.end !== tok.start || prev.prefix) return `"*" must directly end a word in "${text}"`;
      // Only a leading stem is looked up on its own; later ones are anchored by the words before.
      if (out.length === 1 && prev.text.length < MIN_STEM) return `wildcard stem "${prev.text}*" is shorter than ${MIN_STEM} characters`;
      prev.prefix = true;
      continue;
    }
    if (UNUSABLE_KINDS.has(tok.kind)) return `links and e-mail addresses cannot be terms ("${tok.text}")`;
    // Matching starts from a token the scanner looks up, and it never looks up punctuation.
    if (out.length === 0 && tok.kind === 'punct') return `term "${text}" must start with a word`;
    out.push({ text: tok.norm, prefix: false, end: tok.start + tok.text.length });
  }
  if (out.length === 0) return `term "${text}" has no words`;
  if (out.length > MAX_ELEMENTS) return `term "${text}" has more than ${MAX_ELEMENTS} words`;
  return out.map(({ text: t, prefix }) => ({ text: t, prefix }));
}

function keyOf(elements: readonly Element[]): string {
  return elements.map((e) => (e.prefix ? `${e.text}*` : e.text)).join(' ');
}

const WORDISH = /^[\p{L}\p{M}'-]+$/u;

/**
 * People write compounds three ways ("fly tipping", "fly-tipping", "flytipping"; "#binday"), so a
 * two- or three-word term also matches its hyphenated and closed-up forms, and a hyphenated word
 * its spaced and closed-up forms. The last element keeps its wildcard.
 */
function withVariants(elements: readonly Element[]): TermPattern[] {
  const base: TermPattern = { elements, sigil: false };
  const parts = compoundParts(elements);
  if (parts === undefined) return [base];
  const prefix = elements[elements.length - 1]?.prefix ?? false;
  const variants: TermPattern[] = [base];
  const add = (els: Element[]): void => {
    if (keyOf(els) !== keyOf(elements)) variants.push({ elements: els, sigil: false });
  };
  add([{ text: parts.join('-'), prefix }]);
  add([{ text: parts.join(''), prefix }]);
  add(parts.map((p, i) => ({ text: p, prefix: i === parts.length - 1 && prefix })));
  return variants;
}

function compoundParts(elements: readonly Element[]): string[] | undefined {
  if (!elements.every((e) => WORDISH.test(e.text))) return undefined;
  if (elements.some((e, i) => e.prefix && i !== elements.length - 1)) return undefined;
  const first = elements[0];
  if (elements.length === 1 && first !== undefined && first.text.includes('-')) {
    const parts = first.text.split('-');
    return parts.length <= 3 && parts.every((p) => p.length > 0) ? parts : undefined;
  }
  if (elements.length < 2 || elements.length > 3) return undefined;
  if (elements.some((e) => e.text.includes('-'))) return undefined;
  return elements.map((e) => e.text);
}
