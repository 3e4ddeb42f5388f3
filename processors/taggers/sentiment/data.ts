import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Type, type Static, type TSchema } from 'typebox';

import { compileValidator, describeErrors } from '../../../core/contracts/validate.js';
import { SentimentDataError } from './errors.js';

/** The project's data/sentiment/ folder, found relative to this module. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/sentiment/', import.meta.url));

export const DATA_FILES = {
  vader: 'vader-lexicon.json',
  uk: 'uk-lexicon.json',
  model: 'model.json',
} as const;

const Valences = Type.Record(Type.String(), Type.Number());

/** VADER's word and emoticon valences (lower-cased) and the emoji valences derived from them. */
export const VaderLexiconFileSchema = Type.Object({
  about: Type.String(),
  words: Valences,
  emoji: Valences,
});
export type VaderLexiconFile = Static<typeof VaderLexiconFileSchema>;

/** Hand-written British additions: word and emoji valences, phrases ("a|b c", valence). */
export const UkLexiconFileSchema = Type.Object({
  about: Type.String(),
  words: Valences,
  emoji: Valences,
  phrases: Type.Array(Type.Tuple([Type.String({ minLength: 1 }), Type.Number()])),
});
export type UkLexiconFile = Static<typeof UkLexiconFileSchema>;

const Row = Type.Array(Type.Number(), { minItems: 3, maxItems: 3 });

/** Weights of the multinomial logistic model, one row of three (negative, neutral, positive) per feature. */
export const LinearModelFileSchema = Type.Object({
  about: Type.String(),
  classes: Type.Tuple([Type.Literal('negative'), Type.Literal('neutral'), Type.Literal('positive')]),
  bias: Row,
  /** Added to the logits before the arg-max: tuned on held-out VADER tweets for macro recall. */
  offsets: Row,
  dense: Type.Record(Type.String(), Row),
  unigrams: Type.Record(Type.String(), Row),
  negated: Type.Record(Type.String(), Row),
  bigrams: Type.Record(Type.String(), Row),
});
export type LinearModelFile = Static<typeof LinearModelFileSchema>;

export function readDataFile<S extends TSchema>(dir: string, file: string, schema: S): Static<S> {
  const path = join(dir, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    const code = cause instanceof SyntaxError ? 'SENTIMENT_DATA_INVALID' : 'SENTIMENT_DATA_MISSING';
    throw new SentimentDataError(code, path, 'cannot load', { cause });
  }
  const result = compileValidator(schema)(parsed);
  if (!result.ok) throw new SentimentDataError('SENTIMENT_DATA_INVALID', path, describeErrors(result.errors));
  return result.value;
}
