import { wordArray, WordSet, WORDS } from '../../text/words.js';
import { DATA_FILES, DEFAULT_DATA_DIR, readDataFile, UkLexiconFileSchema, VaderLexiconFileSchema } from './data.js';
import type { UkLexiconFile, VaderLexiconFile } from './data.js';
import { BOOSTERS, CONTRASTS, IDIOMS, NEGATORS, SPECIAL_CASES } from './vocab.js';

/** A token sequence whose valence replaces its parts' ("not fit for purpose", "waste collection"). */
export interface Phrase {
  readonly seq: readonly ReadonlySet<string>[];
  /** The same alternatives as shared word ids (text/words.ts), compared with the items' ids. */
  readonly ids: readonly (readonly number[])[];
  readonly valence: number;
}

/**
 * Everything the rules need to know about one key, so each token costs a single map lookup.
 * All entries share one shape (made by `entry`), which keeps property access monomorphic.
 */
export interface LexEntry {
  /** Valence -4..4, or NaN when the key carries none. */
  readonly valence: number;
  /** Signed booster increment, 0 when the key is not a booster. */
  readonly booster: number;
  readonly negator: boolean;
  readonly contrast: boolean;
  /**
   * Valence set by hand for UK public-service usage: the learnt model leaves these keys to the
   * lexicon rather than to n-gram weights learnt from reviews and news.
   */
  readonly domain: boolean;
  /** Phrases starting with this key, longest first. */
  readonly phrases: readonly Phrase[] | undefined;
}

export const NO_ENTRY: LexEntry = entry({});

export interface SentimentLexicon {
  /** Words, hashtag bodies, emoticons and emoji. */
  readonly entries: ReadonlyMap<string, LexEntry>;
  /** The same entries by shared word id (text/words.ts), NO_ENTRY elsewhere: the per-token lookup. */
  readonly byWord: readonly LexEntry[];
  /** The ids with an entry, as a small bit set checked before `byWord`. */
  readonly known: WordSet;
}

export function loadLexicon(dir: string = DEFAULT_DATA_DIR, opts: { uk?: boolean } = {}): SentimentLexicon {
  const vader = readDataFile(dir, DATA_FILES.vader, VaderLexiconFileSchema);
  const uk = opts.uk === false ? undefined : readDataFile(dir, DATA_FILES.uk, UkLexiconFileSchema);
  return buildLexicon(vader, uk);
}

/** VADER's data, with the UK additions (when given) overriding it and marked as domain keys. */
export function buildLexicon(vader: VaderLexiconFile, uk?: UkLexiconFile): SentimentLexicon {
  const parts = new Map<string, Partial<Mutable<LexEntry>>>();
  const part = (key: string): Partial<Mutable<LexEntry>> => {
    let p = parts.get(key);
    if (p === undefined) parts.set(key, (p = {}));
    return p;
  };
  for (const [key, valence] of Object.entries({ ...vader.words, ...vader.emoji })) part(key).valence = valence;
  for (const [key, valence] of Object.entries({ ...uk?.words, ...uk?.emoji })) Object.assign(part(key), { valence, domain: true });
  for (const [key, booster] of BOOSTERS) part(key).booster = booster;
  for (const key of NEGATORS) part(key).negator = true;
  for (const key of CONTRASTS) part(key).contrast = true;
  const phrases: (readonly [string, number])[] = [...SPECIAL_CASES, ...IDIOMS, ...(uk?.phrases ?? [])];
  for (const [first, list] of compilePhrases(phrases)) part(first).phrases = list;
  const entries = new Map([...parts].map(([key, p]) => [key, entry(p)]));
  const byWord = wordArray(entries, NO_ENTRY);
  return { entries, byWord, known: new WordSet([...entries.keys()].map((k) => WORDS.find(k))) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function entry(p: Partial<LexEntry>): LexEntry {
  return {
    valence: p.valence ?? NaN,
    booster: p.booster ?? 0,
    negator: p.negator ?? false,
    contrast: p.contrast ?? false,
    domain: p.domain ?? false,
    phrases: p.phrases,
  };
}

function compilePhrases(specs: readonly (readonly [string, number])[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const [pattern, valence] of specs) {
    const seq = pattern.split(' ').map((alts) => new Set(alts.split('|')));
    const first = seq[0];
    if (first === undefined) continue;
    const phrase: Phrase = { seq, ids: seq.map((alts) => [...alts].map((w) => WORDS.add(w))), valence };
    for (const alt of first) {
      const list = byFirst.get(alt) ?? [];
      list.push(phrase);
      byFirst.set(alt, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  return byFirst;
}
