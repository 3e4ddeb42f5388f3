import { PLATFORMS } from '../../core/contracts/post.js';
import { FIELDS, type Field, type LeafNode } from './ast.js';
import { QuerySyntaxError } from './errors.js';

const FIELD_ALIASES: Record<string, Field> = { language: 'lang' };
const FIELD_PREFIX = /^([A-Za-z]+):(.*)$/su;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const HANDLE = /^[\p{L}\p{N}_.*-]+(?:@[\p{L}\p{N}_.*-]+)?$/u;
const TAG = /^[\p{L}\p{N}\p{M}_*]+$/u;
const LANG = /^(?:[a-z]{2,3}|other)$/;
const MIN_LITERAL_WITH_WILDCARD = 2;

/** Turns one term lexeme into a leaf node, or says precisely why it cannot be one. */
export function leafOf(text: string, quoted: boolean, pos: number): LeafNode {
  if (quoted) return phrase(text, pos);
  if (text.startsWith('#')) return { kind: 'hashtag', value: tagValue(text.slice(1), pos, '#'), pos };
  if (text.startsWith('@')) return { kind: 'mention', value: handleValue(text.slice(1), pos, '@'), pos };
  const field = FIELD_PREFIX.exec(text);
  if (field !== null) return fieldLeaf(field[1] ?? '', field[2] ?? '', pos);
  return { kind: 'text', words: [word(text, pos)], pos };
}

function phrase(text: string, pos: number): LeafNode {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) throw new QuerySyntaxError('empty phrase: put some words between the quotes', pos);
  // Inside a phrase a word may be punctuation ("fish & chips"); the phrase needs letters somewhere.
  if (!HAS_ALNUM.test(text)) throw new QuerySyntaxError(`"${text}" has no letters or digits to search for`, pos);
  return { kind: 'text', words: words.map((w) => word(w, pos + 1, false)), pos };
}

function word(raw: string, pos: number, needsAlnum = true): string {
  const w = raw.toLowerCase();
  if (needsAlnum && !HAS_ALNUM.test(w)) throw new QuerySyntaxError(`"${raw}" has no letters or digits to search for`, pos);
  checkWildcard(w, raw, pos);
  return w;
}

function checkWildcard(w: string, raw: string, pos: number): void {
  if (!w.includes('*')) return;
  if (w.replaceAll('*', '').length < MIN_LITERAL_WITH_WILDCARD) {
    throw new QuerySyntaxError(`wildcard "${raw}" needs at least ${MIN_LITERAL_WITH_WILDCARD} letters besides *`, pos);
  }
  // A trailing * never backtracks; each other * can, and two of them in one word make matching
  // a long post quadratic in the JavaScript regex engine.
  if (w.replace(/\*+$/u, '').split('*').length - 1 > 1) {
    throw new QuerySyntaxError(`"${raw}" has more than one * before its end (allowed: one, plus one at the end)`, pos);
  }
}

function tagValue(raw: string, pos: number, sigil: string): string {
  const v = raw.toLowerCase();
  if (!TAG.test(v) || !HAS_ALNUM.test(v)) throw new QuerySyntaxError(`"${sigil}${raw}" is not a valid hashtag`, pos);
  checkWildcard(v, raw, pos);
  return v;
}

function handleValue(raw: string, pos: number, prefix: string): string {
  const v = raw.toLowerCase().replace(/^@/u, '');
  if (!HANDLE.test(v) || !HAS_ALNUM.test(v)) throw new QuerySyntaxError(`"${prefix}${raw}" is not a valid handle`, pos);
  checkWildcard(v, raw, pos);
  return v;
}

function fieldLeaf(name: string, value: string, pos: number): LeafNode {
  const lower = name.toLowerCase();
  const field = FIELD_ALIASES[lower] ?? (FIELDS as readonly string[]).find((f) => f === lower);
  if (field === undefined) {
    throw new QuerySyntaxError(`unknown field "${name}:" (use ${FIELDS.join(':, ')}:, or quote the text)`, pos);
  }
  const valuePos = pos + name.length + 1;
  if (value === '') throw new QuerySyntaxError(`"${name}:" needs a value`, valuePos);
  return { kind: 'field', field: field as Field, value: fieldValue(field as Field, value, valuePos), pos };
}

function fieldValue(field: Field, raw: string, pos: number): string {
  const v = raw.toLowerCase();
  switch (field) {
    case 'author':
      return handleValue(raw, pos, 'author:');
    case 'platform':
      if (!(PLATFORMS as readonly string[]).includes(v)) {
        throw new QuerySyntaxError(`unknown platform "${raw}" (one of ${PLATFORMS.join(', ')})`, pos);
      }
      return v;
    case 'lang':
      if (!LANG.test(v)) throw new QuerySyntaxError(`"${raw}" is not a language code like en or cy`, pos);
      return v;
  }
}
