/**
 * Splits a migration file into statements: `;` ends a statement unless it sits inside a quoted
 * string or identifier ('...', "...", `...`) or a comment. Comments are dropped, so a file's
 * commentary never becomes an empty statement.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '-' && next === '-') {
      i = skipLineComment(text, i);
      current += '\n';
    } else if (ch === '/' && next === '*') {
      i = skipBlockComment(text, i);
      current += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = quotedEnd(text, i, ch);
      current += text.slice(i, end);
      i = end;
    } else if (ch === ';') {
      push(statements, current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  push(statements, current);
  return statements;
}

function push(statements: string[], raw: string): void {
  const statement = raw
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  if (statement !== '') statements.push(statement);
}

function skipLineComment(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end + 1;
}

function skipBlockComment(text: string, start: number): number {
  const end = text.indexOf('*/', start + 2);
  return end === -1 ? text.length : end + 2;
}

/** Index just past the closing quote; handles backslash escapes and doubled quotes. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return text.length;
}
