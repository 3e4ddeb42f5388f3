/** Loads the word lists under data/nlp/ once, at tagger build time, and validates their shape. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Static, TSchema } from 'typebox';

import { compileValidator, describeErrors } from '../../core/contracts/validate.js';
import { NlpError } from './errors.js';

// Source runs from processors/nlp/, a build from dist/processors/nlp/: look a few levels up.
const CANDIDATE_ROOTS = ['../../', '../../../', '../../../../'];

/** Absolute path of data/nlp/<file>, wherever this module runs from. */
export function nlpDataPath(file: string): string {
  for (const root of CANDIDATE_ROOTS) {
    const path = fileURLToPath(new URL(`${root}data/nlp/${file}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new NlpError('NLP_DATA_MISSING', `data/nlp/${file} not found`);
}

/** Reads and validates one JSON word list; fails fast with a typed error naming the bad field. */
export function readNlpData<S extends TSchema>(file: string, schema: S): Static<S> {
  const path = nlpDataPath(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new NlpError('NLP_DATA_INVALID', `data/nlp/${file} is not valid JSON`, { cause });
  }
  const result = compileValidator(schema)(parsed);
  if (!result.ok) throw new NlpError('NLP_DATA_INVALID', `data/nlp/${file}: ${describeErrors(result.errors)}`);
  return result.value;
}
