import type { QueryNode } from './ast.js';
import { prefilterOf } from './literals.js';

/**
 * What a post must contain for the query to possibly match: one of `words` as a whole word, or a
 * word starting with one of `prefixes`. Null when no such condition exists (a query on
 * `platform:` alone, a leading wildcard, a non-Latin word): those queries run on every post.
 */
export interface Triggers {
  readonly words: readonly string[];
  readonly prefixes: readonly string[];
}

export function triggersOf(node: QueryNode): Triggers | null {
  switch (node.kind) {
    case 'not':
    case 'field':
      return null;
    case 'or':
      return union(node.children.map(triggersOf));
    case 'and':
      return smallest(node.children.map(triggersOf));
    case 'text':
      return fromWords(node.words);
    case 'hashtag':
    case 'mention':
      // Whether listed by the platform or written in the text, the value's words are there.
      return fromWords([node.value.split('@')[0] ?? '']);
  }
}

function fromWords(words: readonly string[]): Triggers | null {
  const pre = prefilterOf(words);
  const word = longest(pre.words);
  if (word !== undefined) return { words: [word], prefixes: [] };
  const prefix = longest(pre.prefixes);
  return prefix === undefined ? null : { words: [], prefixes: [prefix] };
}

function union(all: readonly (Triggers | null)[]): Triggers | null {
  if (all.some((t) => t === null)) return null;
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const t of all as Triggers[]) {
    for (const w of t.words) words.add(w);
    for (const p of t.prefixes) prefixes.add(p);
  }
  return { words: [...words], prefixes: [...prefixes] };
}

/** Any one child's triggers will do for AND: take the fewest, preferring whole words. */
function smallest(all: readonly (Triggers | null)[]): Triggers | null {
  let best: Triggers | null = null;
  const cost = (t: Triggers): number => t.words.length + 2 * t.prefixes.length;
  for (const t of all) if (t !== null && (best === null || cost(t) < cost(best))) best = t;
  return best;
}

/** The longest (rarest, usually) candidate. */
function longest(words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (best === undefined || w.length > best.length) best = w;
  return best;
}
