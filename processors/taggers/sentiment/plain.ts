import type { Analysis } from './analysis.js';
import type { SentimentLexicon } from './lexicon.js';
import { normalize } from './rules.js';

/**
 * The reference baseline: the plain sum of lexicon valences, no rules at all (no negation, boosters,
 * contrast, caps or punctuation), squashed as VADER does. Used only to report what the rules and the
 * learnt model add.
 */
export function plainLexiconCompound(a: Analysis, lex: SentimentLexicon): number {
  let sum = 0;
  for (let i = 0; i < a.n; i++) {
    const e = a.entries[i] as number;
    const v = e < 0 ? NaN : (lex.valence[e] as number);
    if (v === v) sum += v;
  }
  return normalize(sum);
}
