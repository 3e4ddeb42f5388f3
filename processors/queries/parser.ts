import { QUERY_LIMITS, type QueryNode } from './ast.js';
import { QuerySyntaxError } from './errors.js';
import { leafOf } from './leaves.js';
import { lex, type Lexeme } from './lexer.js';

/**
 * Parses a listening query into an AST. Precedence: NOT (and `-`) binds tightest, then AND
 * (explicit or implied by adjacency), then OR. Throws QuerySyntaxError with the position.
 */
export function parseQuery(query: string): QueryNode {
  if (query.length > QUERY_LIMITS.maxLength) {
    throw new QuerySyntaxError(`query is longer than ${QUERY_LIMITS.maxLength} characters`, QUERY_LIMITS.maxLength);
  }
  const lexemes = lex(query);
  if (lexemes.length === 0) throw new QuerySyntaxError('empty query', 0);
  const parser = new Parser(lexemes, query.length);
  const ast = parser.parse();
  if (!isPositive(ast)) {
    throw new QuerySyntaxError('a query needs at least one term that is not negated (it would match almost everything)', 0);
  }
  return ast;
}

/** True when the node can only match posts that contain something (not just lack something). */
function isPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case 'not':
      return false;
    case 'and':
      return node.children.some(isPositive);
    case 'or':
      return node.children.every(isPositive);
    default:
      return true;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  private terms = 0;

  constructor(
    private readonly lexemes: readonly Lexeme[],
    private readonly end: number,
  ) {}

  parse(): QueryNode {
    const node = this.parseOr();
    const extra = this.peek();
    if (extra !== undefined) {
      // Only a stray ')' can stop parseOr early.
      throw new QuerySyntaxError('unbalanced parenthesis: this ")" has no matching "("', extra.pos);
    }
    return node;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.i];
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    for (let op = this.peek(); op?.type === 'or'; op = this.peek()) {
      this.i++;
      this.expectOperand(op, 'OR');
      children.push(this.parseAnd());
    }
    return combine('or', children);
  }

  private parseAnd(): QueryNode {
    const children = [this.parseUnary()];
    for (let next = this.peek(); next !== undefined; next = this.peek()) {
      if (next.type === 'and') {
        this.i++;
        this.expectOperand(next, 'AND');
      } else if (!startsOperand(next)) break;
      children.push(this.parseUnary());
    }
    return combine('and', children);
  }

  private parseUnary(): QueryNode {
    const next = this.peek();
    if (next?.type !== 'not') return this.parsePrimary();
    this.i++;
    this.expectOperand(next, 'NOT');
    return this.nested(next.pos, () => ({ kind: 'not', child: this.parseUnary() }));
  }

  private parsePrimary(): QueryNode {
    const next = this.peek();
    if (next === undefined) throw new QuerySyntaxError('the query ends where a term was expected', this.end);
    if (next.type === 'lparen') return this.group(next.pos);
    if (next.type === 'term') {
      this.i++;
      if (++this.terms > QUERY_LIMITS.maxTerms) {
        throw new QuerySyntaxError(`query has more than ${QUERY_LIMITS.maxTerms} terms`, next.pos);
      }
      return leafOf(next.text, next.quoted, next.pos);
    }
    if (next.type === 'rparen') throw new QuerySyntaxError('unbalanced parenthesis: this ")" has no matching "("', next.pos);
    throw new QuerySyntaxError(`${next.type.toUpperCase()} needs a term before it`, next.pos);
  }

  private group(pos: number): QueryNode {
    this.i++;
    if (this.peek()?.type === 'rparen') throw new QuerySyntaxError('empty parentheses', pos);
    return this.nested(pos, () => {
      const inner = this.parseOr();
      if (this.peek()?.type !== 'rparen') {
        throw new QuerySyntaxError('unbalanced parenthesis: this "(" is never closed', pos);
      }
      this.i++;
      return inner;
    });
  }

  private nested(pos: number, build: () => QueryNode): QueryNode {
    if (++this.depth > QUERY_LIMITS.maxDepth) {
      throw new QuerySyntaxError(`query nests deeper than ${QUERY_LIMITS.maxDepth} levels`, pos);
    }
    const node = build();
    this.depth--;
    return node;
  }

  /** After AND/OR/NOT there must be something to apply it to. */
  private expectOperand(op: Lexeme, name: string): void {
    const next = this.peek();
    if (next === undefined || !startsOperand(next)) {
      throw new QuerySyntaxError(`${name} has nothing after it`, op.pos);
    }
  }
}

function startsOperand(l: Lexeme): boolean {
  return l.type === 'term' || l.type === 'lparen' || l.type === 'not';
}

/** Flattens `a AND (b AND c)` into one node; a single child stands alone. */
function combine(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  const flat = children.flatMap((c) => (c.kind === kind ? c.children : [c]));
  return flat.length === 1 && flat[0] !== undefined ? flat[0] : { kind, children: flat };
}
