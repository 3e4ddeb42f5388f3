import type { Post } from '../../core/contracts/post.js';
import type { TextView } from '../text/tokens.js';
import type { LeafNode, QueryNode } from './ast.js';
import { MatchContext, defaultLanguage } from './context.js';
import { prefilterOf } from './literals.js';
import { handleElementPattern, hashtagElementPattern, jsRegex, sigilTextPattern, textPattern } from './patterns.js';
import { Vocabulary } from './vocabulary.js';

/** A compiled query over one post's shared context. */
export type Evaluator = (ctx: MatchContext) => boolean;

/** A compiled query over a post and its tokens; `language` is tags.language when known. */
export type QueryMatcher = (post: Post, text: TextView, language?: string) => boolean;

/** Compiles a parsed query once into a matcher for the stream. */
export function compileMatcher(ast: QueryNode): QueryMatcher {
  const vocabulary = new Vocabulary();
  const evaluate = compileEvaluator(ast, vocabulary);
  return (post, text, language) => evaluate(new MatchContext(post, text, language ?? defaultLanguage(post), vocabulary));
}

/** Compiles a query against a vocabulary shared with other queries (see tagger.ts). */
export function compileEvaluator(node: QueryNode, vocabulary: Vocabulary): Evaluator {
  switch (node.kind) {
    case 'and': {
      const parts = node.children.map((c) => compileEvaluator(c, vocabulary));
      return (ctx) => {
        for (const p of parts) if (!p(ctx)) return false;
        return true;
      };
    }
    case 'or': {
      const parts = node.children.map((c) => compileEvaluator(c, vocabulary));
      return (ctx) => {
        for (const p of parts) if (p(ctx)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = compileEvaluator(node.child, vocabulary);
      return (ctx) => !inner(ctx);
    }
    default:
      return compileLeaf(node, vocabulary);
  }
}

function compileLeaf(leaf: LeafNode, vocabulary: Vocabulary): Evaluator {
  switch (leaf.kind) {
    case 'text':
      return textLeaf(leaf.words, vocabulary);
    case 'hashtag':
      return sigilLeaf('#', leaf.value, jsRegex(hashtagElementPattern(leaf.value, 'js')), (p) => p.hashtags);
    case 'mention':
      return sigilLeaf('@', leaf.value, jsRegex(handleElementPattern(leaf.value, 'js')), (p) => p.mentions);
    case 'field':
      return fieldLeaf(leaf.field, leaf.value);
  }
}

function textLeaf(words: readonly string[], vocabulary: Vocabulary): Evaluator {
  const re = jsRegex(textPattern(words, 'js'));
  const pre = prefilterOf(words);
  const ids = pre.words.map((w) => vocabulary.register(w));
  // A prefix must at least be a substring: checking that spares the regex the many posts an OR's
  // other branch or an AND's other part brought here ("street light*" on every "street").
  const substrings = [...pre.prefixes, ...pre.substrings];
  return (ctx) => {
    for (const id of ids) if (!ctx.hasWord(id)) return false;
    if (pre.exact && ids.length > 0) return true;
    if (substrings.length > 0) {
      const folded = ctx.folded;
      for (const s of substrings) if (!folded.includes(s)) return false;
    }
    return re.test(ctx.text.raw);
  };
}

/** A hashtag or mention counts whether the platform listed it or it is only written in the text. */
function sigilLeaf(sigil: '#' | '@', value: string, element: RegExp, list: (p: Post) => readonly string[]): Evaluator {
  const re = jsRegex(sigilTextPattern(sigil, value, 'js'));
  // Only the ASCII head is safe to compare lower-cased (see literals.ts).
  const needle = /^[\x21-\x29\x2b-\x7e]*/.exec(sigil + value)?.[0] ?? '';
  return (ctx) => {
    for (const x of list(ctx.post)) if (element.test(x)) return true;
    return (needle.length < 2 || ctx.folded.includes(needle)) && re.test(ctx.text.raw);
  };
}

function fieldLeaf(field: 'author' | 'platform' | 'lang', value: string): Evaluator {
  switch (field) {
    case 'author': {
      const re = jsRegex(handleElementPattern(value, 'js'));
      return (ctx) => re.test(ctx.post.author.handle);
    }
    case 'platform':
      return (ctx) => ctx.post.platform === value;
    case 'lang':
      return (ctx) => ctx.language === value;
  }
}
