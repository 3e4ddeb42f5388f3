/**
 * The only module that imports compromise. Everything it hands out is plain typed data; its `any`
 * and `object` types stop here.
 */
import nlp from 'compromise';

import { NlpError } from './errors.js';

/** compromise's lexicon: word (lower case, may contain spaces) to one tag or several. */
export type RawLexicon = Readonly<Record<string, string | readonly string[]>>;

export interface CompromiseModel {
  /** Single-word and multi-word entries with their part-of-speech / entity tags. */
  readonly lexicon: RawLexicon;
  /** Words that make a capitalised span an organisation ("council", "agency", "trust"...). */
  readonly orgWords: readonly string[];
}

// UK words compromise does not know; registered once so the deep path tags them too.
const UK_WORDS: Record<string, string> = {
  cllr: 'Honorific',
  councillor: 'Honorific',
  dame: 'Honorific',
};

let registered = false;

function registerOnce(): void {
  if (registered) return;
  nlp.addWords(UK_WORDS);
  registered = true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: string, path: string): Record<string, unknown> {
  const next = isRecord(value) ? value[key] : undefined;
  if (!isRecord(next)) throw new NlpError('NLP_MODEL_SHAPE', `compromise model has no object at ${path}.${key}`);
  return next;
}

function toLexicon(entries: Record<string, unknown>, into: Record<string, string | readonly string[]>): void {
  for (const [word, tag] of Object.entries(entries)) {
    if (typeof tag === 'string') into[word] = tag;
    else if (Array.isArray(tag)) into[word] = tag.filter((t): t is string => typeof t === 'string');
  }
}

let cachedModel: CompromiseModel | undefined;

/** Reads compromise's built-in lexicon once (tens of milliseconds) and keeps the typed copy. */
export function compromiseModel(): CompromiseModel {
  if (cachedModel !== undefined) return cachedModel;
  registerOnce();
  const world: unknown = nlp.world();
  const model = child(world, 'model', 'world');
  const one = child(model, 'one', 'model');
  const two = child(model, 'two', 'model');
  const lexicon: Record<string, string | readonly string[]> = {};
  toLexicon(child(one, 'lexicon', 'model.one'), lexicon);
  // Multi-word entries ("labour party") live in a second, frozen table.
  if (isRecord(one['frozenLex'])) toLexicon(one['frozenLex'], lexicon);
  const orgWords = Object.keys(child(two, 'orgWords', 'model.two'));
  cachedModel = { lexicon, orgWords };
  return cachedModel;
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export interface DeepEntities {
  readonly people: string[];
  readonly organisations: string[];
}

/** Full compromise parse (~1.2 ms): people and organisations as written. Never call per post. */
export function parseEntities(text: string): DeepEntities {
  registerOnce();
  const doc = nlp(text);
  return {
    people: toStrings(doc.people().out('array')),
    organisations: toStrings(doc.organizations().out('array')),
  };
}
