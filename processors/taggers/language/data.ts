/** data/nlp/language.json: weighted common words for Welsh, English and other languages. */
import { Type } from 'typebox';

import { readNlpData } from '../../nlp/index.js';

const WeightedWords = Type.Record(Type.String({ pattern: '^[0-9.]+$' }), Type.Array(Type.String({ minLength: 1 })));

const LanguageDataSchema = Type.Object({
  note: Type.Optional(Type.String()),
  cy: WeightedWords,
  en: WeightedWords,
  other: WeightedWords,
  /** Words the 'other' list shares with English or Welsh ("a", "to", "die"): not evidence of another language. */
  overlapNotOther: Type.Array(Type.String()),
});

/** Evidence one word gives for each language. */
export interface WordWeights {
  cy: number;
  en: number;
  other: number;
}

export type LanguageLexicon = ReadonlyMap<string, Readonly<WordWeights>>;

export function loadLanguageLexicon(): LanguageLexicon {
  const data = readNlpData('language.json', LanguageDataSchema);
  const map = new Map<string, WordWeights>();
  const drop = new Set(data.overlapNotOther);
  const add = (lang: keyof WordWeights, lists: Record<string, string[]>) => {
    for (const [weight, words] of Object.entries(lists)) {
      for (const word of words) {
        if (lang === 'other' && drop.has(word)) continue;
        const w = map.get(word) ?? { cy: 0, en: 0, other: 0 };
        w[lang] = Math.max(w[lang], Number(weight));
        map.set(word, w);
      }
    }
  };
  add('cy', data.cy);
  add('en', data.en);
  add('other', data.other);
  return map;
}
