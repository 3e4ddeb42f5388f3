/**
 * The regular expressions a query leaf compiles to, for two engines that must agree: JavaScript
 * (flags `iu`) for the stream, ClickHouse's RE2 for stored posts. Only syntax both read the same
 * way is used: `\p{..}` classes, escapes of syntax characters, `(?:...)`, `^`, `$`; never `\s`,
 * `\w` or `\b`, whose Unicode meaning differs.
 *
 * Case: JavaScript gets the `i` flag for the whole pattern; RE2 gets `(?i:...)` around the literal
 * parts only. The word-boundary classes are closed under case folding, so the meaning is the same,
 * and RE2 compiles a case-folded `\p{L}` class about twice as slowly as a plain one.
 */
export type Dialect = 'js' | 're2';

/** A letter, digit, combining mark or underscore: what a word is made of. */
const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_]`;
const NOT_WORD_CHAR = String.raw`[^\p{L}\p{N}\p{M}_]`;
/** Between the words of a phrase: spaces of any kind, line breaks, hyphens, dashes, slashes. */
const PHRASE_GAP = String.raw`[-\t\n\v\f\r\p{Z}‐‑–—/]+`;
const BEFORE = `(?:^|${NOT_WORD_CHAR})`;
const AFTER = `(?:${NOT_WORD_CHAR}|$)`;
const SYNTAX_CHARS = /[\\^$.*+?()[\]{}|]/g;
const FEDIVERSE_INSTANCE = '@[-.0-9A-Za-z_]+';

function caseless(pattern: string, dialect: Dialect): string {
  return dialect === 're2' && pattern !== '' ? `(?i:${pattern})` : pattern;
}

function literal(s: string, dialect: Dialect): string {
  return caseless(
    s.replace(SYNTAX_CHARS, (c) => `\\${c}`),
    dialect,
  );
}

/** A query word with `*` wildcards standing for any run of word characters. */
function wordPattern(word: string, dialect: Dialect): string {
  return word
    .split('*')
    .map((part) => literal(part, dialect))
    .join(`${WORD_CHAR}*`);
}

/** Words (a phrase) that follow each other in the text, standing alone as words. */
export function textPattern(words: readonly string[], dialect: Dialect): string {
  return `${BEFORE}${words.map((w) => wordPattern(w, dialect)).join(PHRASE_GAP)}${AFTER}`;
}

/** `#tag` / `@handle` written in the text itself. */
export function sigilTextPattern(sigil: '#' | '@', value: string, dialect: Dialect): string {
  return `${BEFORE}${sigil}${wordPattern(value, dialect)}${AFTER}`;
}

/** One element of the post's hashtags array, with or without its `#`. */
export function hashtagElementPattern(value: string, dialect: Dialect): string {
  return `^#?${wordPattern(value, dialect)}$`;
}

/**
 * One element of the mentions array, or the author handle, with or without `@`; a bare handle
 * also matches its fediverse form `handle@instance` unless the query names the instance.
 */
export function handleElementPattern(value: string, dialect: Dialect): string {
  const instance = value.includes('@') ? '' : `(?:${caseless(FEDIVERSE_INSTANCE, dialect)})?`;
  return `^@?${wordPattern(value, dialect)}${instance}$`;
}

export const jsRegex = (pattern: string): RegExp => new RegExp(pattern, 'iu');
