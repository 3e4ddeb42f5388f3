import type { LeafNode, QueryNode } from './ast.js';
import { handleElementPattern, hashtagElementPattern, sigilTextPattern, textPattern } from './patterns.js';

export interface SqlFilter {
  /** A boolean expression over the posts table; user values appear only as `{name:String}`. */
  readonly sql: string;
  /** Values for the placeholders, passed as query parameters (never spliced into the SQL). */
  readonly params: Record<string, string>;
}

const PREFIX = /^[A-Za-z_][A-Za-z0-9_]{0,30}$/;

/**
 * Compiles a parsed query to a ClickHouse filter over `posts` (columns text, author_handle,
 * platform, language, hashtags, mentions). Regexes are the RE2 rendering of the patterns the stream
 * matcher runs (patterns.ts), so both select the same posts. `paramPrefix` keeps names unique when the
 * filter is combined with other parameters.
 */
export function toSql(ast: QueryNode, paramPrefix: string): SqlFilter {
  if (!PREFIX.test(paramPrefix)) throw new RangeError(`parameter prefix "${paramPrefix}" must be an identifier`);
  const params: Record<string, string> = {};
  const names = new Map<string, string>();
  const param = (value: string): string => {
    let name = names.get(value);
    if (name === undefined) {
      name = `${paramPrefix}${names.size}`;
      names.set(value, name);
      params[name] = value;
    }
    return `{${name}:String}`;
  };
  return { sql: render(ast, param), params };
}

type Param = (value: string) => string;

function render(node: QueryNode, param: Param): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.children.map((c) => render(c, param)).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `(NOT ${render(node.child, param)})`;
    default:
      return renderLeaf(node, param);
  }
}

function renderLeaf(leaf: LeafNode, param: Param): string {
  switch (leaf.kind) {
    case 'text':
      return `match(text, ${param(textPattern(leaf.words, 're2'))})`;
    case 'hashtag':
      return inListOrText('hashtags', hashtagElementPattern(leaf.value, 're2'), sigilTextPattern('#', leaf.value, 're2'), param);
    case 'mention':
      return inListOrText('mentions', handleElementPattern(leaf.value, 're2'), sigilTextPattern('@', leaf.value, 're2'), param);
    case 'field':
      switch (leaf.field) {
        case 'author':
          return `match(author_handle, ${param(handleElementPattern(leaf.value, 're2'))})`;
        case 'platform':
          return `(platform = ${param(leaf.value)})`;
        case 'lang':
          return `(language = ${param(leaf.value)})`;
      }
  }
}

function inListOrText(column: 'hashtags' | 'mentions', element: string, inText: string, param: Param): string {
  return `(arrayExists(x -> match(x, ${param(element)}), ${column}) OR match(text, ${param(inText)}))`;
}
