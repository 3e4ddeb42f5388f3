/**
 * Token-level phrase patterns, compiled once and matched over the shared tokens. Matching starts
 * only at tokens whose lower-case form opens some pattern (one array read per token, by the token's
 * shared word id), so a post with no cue words costs a single pass.
 *
 * Pattern syntax (space separated slots):
 *   word        the token, lower case ("can't" also matches "can’t" and "cant")
 *   a|b|c       any one of these tokens
 *   [a|b]       optionally one of these tokens
 *   *  *N       a gap of 0..3 (0..N) tokens, never across ". ! ?"
 * A literal that the tokenizer splits ("a&e", "24/7") becomes consecutive slots.
 */
import { tokenize, wordId, type Token, type TokenKind } from '../text/tokens.js';
import { WordSet, WORDS } from '../text/words.js';
import { NlpError } from './errors.js';

export type Slot =
  | {
      readonly kind: 'word';
      readonly words: ReadonlySet<string>;
      /** The same words as shared word ids (text/words.ts): what tokens are compared by. */
      readonly ids: ReadonlySet<number>;
      readonly optional: boolean;
      readonly tokenKinds: ReadonlySet<TokenKind>;
    }
  | { readonly kind: 'gap'; readonly max: number };

interface Compiled<V> {
  readonly slots: readonly Slot[];
  readonly value: V;
}

/**
 * Called for each match: the pattern's value, the index of the first token matched and the index
 * after the last. Plain arguments, so a hit allocates nothing.
 */
export type OnPhrase<V> = (value: V, start: number, end: number) => void;

/** Only dots, ! ? and …: what a gap never crosses. */
export function endsSentence(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  }
  return true;
}

function wordSlot(words: Set<string>, optional: boolean, tokenKinds: Set<TokenKind>): Slot {
  return { kind: 'word', words, ids: new Set([...words].map((w) => WORDS.add(w))), optional, tokenKinds };
}

/** Spellings a phrase word may take in posts: straight, curly and dropped apostrophes. */
function spellings(word: string): string[] {
  if (!word.includes("'")) return [word];
  return [word, word.replaceAll("'", '’'), word.replaceAll("'", '')];
}

function literalTokens(text: string, pattern: string): Token[] {
  const tokens = [...tokenize(text).tokens];
  if (tokens.length === 0) throw new NlpError('NLP_DATA_INVALID', `empty slot "${text}" in pattern "${pattern}"`);
  return tokens;
}

/** The slots of a pattern (syntax above); throws NlpError NLP_DATA_INVALID on a malformed one. */
export function parseSlots(pattern: string): Slot[] {
  const slots: Slot[] = [];
  for (const raw of pattern.trim().toLowerCase().split(/\s+/)) {
    const gap = /^\*(\d*)$/.exec(raw);
    if (gap !== null) {
      slots.push({ kind: 'gap', max: gap[1] === undefined || gap[1] === '' ? 3 : Number(gap[1]) });
      continue;
    }
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const body = optional ? raw.slice(1, -1) : raw;
    const alternatives = body.split('|').filter((a) => a !== '');
    const first = alternatives[0];
    if (alternatives.length === 1 && first !== undefined && !optional) {
      for (const t of literalTokens(first, pattern)) {
        slots.push(wordSlot(new Set(spellings(t.norm)), false, new Set([t.kind])));
      }
      continue;
    }
    const words = new Set<string>();
    const tokenKinds = new Set<TokenKind>();
    for (const alt of alternatives) {
      const tokens = literalTokens(alt, pattern);
      const only = tokens[0];
      if (tokens.length !== 1 || only === undefined)
        throw new NlpError('NLP_DATA_INVALID', `alternative "${alt}" is not one token in "${pattern}"`);
      tokenKinds.add(only.kind);
      for (const s of spellings(alt)) words.add(s);
    }
    slots.push(wordSlot(words, optional, tokenKinds));
  }
  const head = slots[0];
  if (head === undefined || head.kind !== 'word' || head.optional) {
    throw new NlpError('NLP_DATA_INVALID', `pattern "${pattern}" must start with a required word`);
  }
  return slots;
}

interface Bucket<V> {
  /** Patterns whose second slot is a required word, by that word's id: most candidates die on one lookup. */
  readonly bySecond: Map<number, Compiled<V>[]>;
  /** Patterns of one slot, or whose second slot is a gap or optional. */
  readonly rest: Compiled<V>[];
}

/**
 * Patterns by the shared word id (text/words.ts) of their first word: a token costs an array read,
 * not a string hash. Words are registered as patterns are added.
 */
export class PhraseMatcher<V> {
  /** A Map, not an array by id: a matcher grows with its own patterns, not with the whole word table. */
  private readonly byFirst = new Map<number, Bucket<V>>();
  /** The ids with a bucket: a small bit set answers for most tokens without touching `byFirst`. */
  private readonly heads = new WordSet();
  /** No pattern starts with punctuation: punctuation tokens are then skipped without a lookup. */
  private punctHeads = false;

  /** Compiles `pattern` (syntax above); throws NlpError NLP_DATA_INVALID on a malformed one. */
  add(pattern: string, value: V): this {
    const slots = parseSlots(pattern);
    const head = slots[0];
    if (head === undefined || head.kind !== 'word') return this;
    const second = slots[1];
    const compiled: Compiled<V> = { slots, value };
    if (head.tokenKinds.has('punct')) this.punctHeads = true;
    for (const id of head.ids) {
      const bucket = this.bucketFor(id);
      if (second === undefined || second.kind !== 'word' || second.optional) {
        bucket.rest.push(compiled);
        continue;
      }
      for (const w of second.ids) {
        const list = bucket.bySecond.get(w);
        if (list === undefined) bucket.bySecond.set(w, [compiled]);
        else list.push(compiled);
      }
    }
    return this;
  }

  private bucketFor(id: number): Bucket<V> {
    let bucket = this.byFirst.get(id);
    if (bucket === undefined) {
      bucket = { bySecond: new Map(), rest: [] };
      this.byFirst.set(id, bucket);
      this.heads.add(id);
    }
    return bucket;
  }

  /** Every match, at most one per pattern and start token (the shortest). */
  scan(tokens: readonly Token[], onHit: OnPhrase<V>): void {
    const skipPunct = !this.punctHeads;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const bucket = token === undefined || (skipPunct && token.kind === 'punct') ? undefined : this.bucketAt(wordId(token));
      if (bucket === undefined) continue;
      for (const c of bucket.rest) {
        const end = matchFrom(c.slots, 1, tokens, i + 1);
        if (end >= 0) onHit(c.value, i, end);
      }
      const next = tokens[i + 1];
      const paired = next === undefined || bucket.bySecond.size === 0 ? undefined : bucket.bySecond.get(wordId(next));
      if (paired === undefined) continue;
      for (const c of paired) {
        const end = matchFrom(c.slots, 2, tokens, i + 2);
        if (end >= 0) onHit(c.value, i, end);
      }
    }
  }

  private bucketAt(id: number): Bucket<V> | undefined {
    return this.heads.has(id) ? this.byFirst.get(id) : undefined;
  }

  /** True when any pattern matches. */
  test(tokens: readonly Token[]): boolean {
    let found = false;
    this.scan(tokens, () => {
      found = true;
    });
    return found;
  }
}

/** Index after the match of slots[s..] starting at tokens[t], or -1. */
function matchFrom(slots: readonly Slot[], s: number, tokens: readonly Token[], t: number): number {
  const slot = slots[s];
  if (slot === undefined) return t;
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= slot.max; skip++) {
      const end = matchFrom(slots, s + 1, tokens, t + skip);
      if (end >= 0) return end;
      const skipped = tokens[t + skip];
      if (skipped === undefined || endsSentence(skipped.norm)) return -1;
    }
    return -1;
  }
  const token = tokens[t];
  if (token !== undefined && slot.ids.has(wordId(token))) {
    const end = matchFrom(slots, s + 1, tokens, t + 1);
    if (end >= 0) return end;
  }
  return slot.optional ? matchFrom(slots, s + 1, tokens, t) : -1;
}
