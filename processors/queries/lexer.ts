import { QuerySyntaxError } from './errors.js';

export type Lexeme =
  | { readonly type: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; readonly pos: number }
  | { readonly type: 'term'; readonly text: string; readonly quoted: boolean; readonly pos: number };

/** Operators are upper case only, as in most listening tools: a lower-case "or" is a word. */
const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' };
const SPACE = /\s/u;
const BREAK = /[\s()"]/u;

export function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] ?? '';
    if (SPACE.test(ch)) i++;
    else if (ch === '(' || ch === ')') out.push({ type: ch === '(' ? 'lparen' : 'rparen', pos: i++ });
    else if (ch === '"') i = readQuoted(query, i, out);
    else if (ch === '-' && startsOperand(query[i + 1])) out.push({ type: 'not', pos: i++ });
    else i = readBare(query, i, out);
  }
  return out;
}

/** `-` negates only when glued to what follows: `-laden`, `-(a OR b)`, `-"bin laden"`. */
function startsOperand(next: string | undefined): boolean {
  return next !== undefined && !SPACE.test(next) && next !== ')' && next !== '-';
}

function readQuoted(query: string, start: number, out: Lexeme[]): number {
  const end = query.indexOf('"', start + 1);
  if (end < 0) throw new QuerySyntaxError('unterminated quote: this " is never closed', start);
  out.push({ type: 'term', text: query.slice(start + 1, end), quoted: true, pos: start });
  return end + 1;
}

function readBare(query: string, start: number, out: Lexeme[]): number {
  let end = start;
  while (end < query.length && !BREAK.test(query[end] ?? ' ')) end++;
  const text = query.slice(start, end);
  const op = OPERATORS[text];
  out.push(op === undefined ? { type: 'term', text, quoted: false, pos: start } : { type: op, pos: start });
  return end;
}
