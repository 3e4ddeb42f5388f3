import { WordSet, WORDS } from '../../text/words.js';
import { DATA_FILES, DEFAULT_DATA_DIR, readDataFile, UkLexiconFileSchema, VaderLexiconFileSchema } from './data.js';
import type { UkLexiconFile, VaderLexiconFile } from './data.js';
import { BOOSTERS, CONTRASTS, IDIOMS, NEGATORS, SPECIAL_CASES } from './vocab.js';
import { packPhrases, type Phrase, type PhraseCode } from './phrase-code.js';
import { WordFacts } from './word-facts.js';

/** Bits of `SentimentLexicon.flags`: what the rules need to know about a key. */
export const LexFlag = {
  /** Carries a valence (-4..4). */
  valence: 1,
  /** A booster or dampener ("very", "slightly"). */
  booster: 2,
  negator: 4,
  contrast: 8,
  /**
   * Valence set by hand for UK public-service usage: the learnt model leaves these keys to the
   * lexicon rather than to n-gram weights learnt from reviews and news.
   */
  domain: 16,
  /** Starts at least one phrase. */
  phrases: 32,
} as const;

/**
 * The lexicon as arrays indexed by shared word id (text/words.ts), so a token costs array reads and
 * no string hashing. Every key is registered in the word table when the lexicon is built, so ids at
 * or beyond `size` (registered later, by other taggers) have no entry.
 */
export interface SentimentLexicon {
  /** Ids below this have a slot in the arrays. */
  readonly size: number;
  /** LexFlag bits; 0 for a word without an entry. */
  readonly flags: Uint8Array;
  /** Valence -4..4, NaN when the key carries none. */
  readonly valence: Float64Array;
  /** Signed booster increment, 0 when the key is not a booster. */
  readonly booster: Float64Array;
  /** The phrases, packed by first key, longest first (phrase-code.ts). */
  readonly phraseCode: PhraseCode;
  /** The offset in `phraseCode.code` of each key's phrases (for keys flagged LexFlag.phrases). */
  readonly phraseAt: Int32Array;
  /**
   * The words that can come second in a phrase, and the keys that are phrases on their own: a key
   * that starts phrases is followed by none of these in most posts ("the", "on"), and one bit test
   * then rules its phrases out.
   */
  readonly phraseSeconds: WordSet;
  readonly oneWordPhrases: WordSet;
  /** Each word's flags with the facts of its text, one slot per word id, filled on first use. */
  readonly words: WordFacts;
}

/** The entry id of word id `id` (itself), or -1 when the word has no entry. */
export function entryOf(lex: SentimentLexicon, id: number): number {
  return id >= 0 && id < lex.size && lex.flags[id] !== 0 ? id : -1;
}

export function loadLexicon(dir: string = DEFAULT_DATA_DIR, opts: { uk?: boolean } = {}): SentimentLexicon {
  const vader = readDataFile(dir, DATA_FILES.vader, VaderLexiconFileSchema);
  const uk = opts.uk === false ? undefined : readDataFile(dir, DATA_FILES.uk, UkLexiconFileSchema);
  return buildLexicon(vader, uk);
}

/** VADER's data, with the UK additions (when given) overriding it and marked as domain keys. */
export function buildLexicon(vader: VaderLexiconFile, uk?: UkLexiconFile): SentimentLexicon {
  const valences = new Map<number, number>();
  const flagged = new Map<number, number>();
  const flag = (key: string, bit: number): number => {
    const id = WORDS.add(key);
    flagged.set(id, (flagged.get(id) ?? 0) | bit);
    return id;
  };
  for (const [key, v] of Object.entries({ ...vader.words, ...vader.emoji })) valences.set(flag(key, LexFlag.valence), v);
  for (const [key, v] of Object.entries({ ...uk?.words, ...uk?.emoji })) valences.set(flag(key, LexFlag.valence | LexFlag.domain), v);
  const boosters = new Map<number, number>();
  for (const [key, b] of BOOSTERS) boosters.set(flag(key, LexFlag.booster), b);
  for (const key of NEGATORS) flag(key, LexFlag.negator);
  for (const key of CONTRASTS) flag(key, LexFlag.contrast);
  const byFirst = compilePhrases([...SPECIAL_CASES, ...IDIOMS, ...(uk?.phrases ?? [])]);
  for (const first of byFirst.keys()) flag(WORDS.word(first), LexFlag.phrases);
  const size = WORDS.size;
  const packed = packPhrases([...byFirst.values()]);
  const phraseAt = new Int32Array(size);
  [...byFirst.keys()].forEach((first, k) => (phraseAt[first] = packed.starts[k] as number));
  const data = {
    size,
    flags: new Uint8Array(size),
    valence: new Float64Array(size).fill(NaN),
    booster: new Float64Array(size),
    phraseCode: packed.code,
    phraseAt,
    phraseSeconds: new WordSet([...byFirst.values()].flat().flatMap((p) => p.ids[1] ?? [])),
    oneWordPhrases: new WordSet([...byFirst].filter(([, list]) => list.some((p) => p.length === 1)).map(([first]) => first)),
  };
  for (const [id, bits] of flagged) data.flags[id] = bits;
  for (const [id, v] of valences) data.valence[id] = v;
  for (const [id, b] of boosters) data.booster[id] = b;
  return { ...data, words: new WordFacts(data) };
}

function compilePhrases(specs: readonly (readonly [string, number])[]): Map<number, Phrase[]> {
  const byFirst = new Map<number, Phrase[]>();
  for (const [pattern, valence] of specs) {
    const ids = pattern.split(' ').map((alts) => [...new Set(alts.split('|'))].map((w) => WORDS.add(w)));
    const phrase: Phrase = { length: ids.length, ids, valence };
    for (const first of ids[0] ?? []) {
      const list = byFirst.get(first) ?? [];
      list.push(phrase);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}
