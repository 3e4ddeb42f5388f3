import { hasCurlyApostrophe } from '../../text/tokens.js';
import { WideWordCode, type WordSet, WORDS } from '../../text/words.js';

/**
 * Bits of `WordFacts.of`: the word's LexFlag bits (its lexicon entry, bits 0-5), what the phrase
 * rules ask of it, then what the items need to know about its text. COMPUTED marks a slot already
 * worked out.
 */
export const LEX_BITS = 0x3f;
/** The word can come second in a phrase (SentimentLexicon.phraseSeconds). */
export const FACT_PHRASE_SECOND = 1 << 6;
/** The word is a phrase on its own (SentimentLexicon.oneWordPhrases). */
export const FACT_ONE_WORD_PHRASE = 1 << 7;
export const FACT_CONTRACTED_NOT = 1 << 8;
/** Three or more of the same character in a row ("sooo"). */
export const FACT_STRETCHED = 1 << 9;
/** The facts any item has from its key; the rest are about a word's text. */
export const KEY_FACTS = LEX_BITS | FACT_PHRASE_SECOND | FACT_ONE_WORD_PHRASE;
const COMPUTED = 1 << 10;
/**
 * The word has a curly apostrophe: the lists spell it with a straight one, so its key is another
 * word (straightFormId in text/tokens.ts), and its own facts above are not its key's.
 */
export const FACT_CURLY = 1 << 11;

/** What WordFacts reads from its lexicon (arrays indexed by word id; ids beyond them have no entry). */
export interface LexiconWords {
  readonly flags: Uint8Array;
  readonly phraseSeconds: WordSet;
  readonly oneWordPhrases: WordSet;
}

/**
 * A lexicon's view of each word id, worked out the first time a post uses the word and then kept
 * by word id (bounded by the shared table, not by the stream): its facts (bits above). Two bytes a
 * word, so the stream's words share few cache lines; the rare word with a curly apostrophe says so
 * (FACT_CURLY) and its key is looked up when met. Words outside the table are worked out each time
 * (outsideFacts below). The valence is not kept here: only items with an entry read it.
 */
export class WordFacts {
  /** The facts of each word id. */
  private readonly facts = new WideWordCode((id) => this.work(id));

  constructor(private readonly lex: LexiconWords) {}

  /** The facts (bits above) of the word with id `id` (not NO_WORD). */
  of(id: number): number {
    return this.facts.of(id);
  }

  private work(id: number): number {
    const w = WORDS.word(id);
    const lex = this.lex;
    return (
      COMPUTED |
      (id < lex.flags.length ? (lex.flags[id] as number) : 0) |
      (lex.phraseSeconds.has(id) ? FACT_PHRASE_SECOND : 0) |
      (lex.oneWordPhrases.has(id) ? FACT_ONE_WORD_PHRASE : 0) |
      (isContractedNot(w) ? FACT_CONTRACTED_NOT : 0) |
      (hasRun(w) ? FACT_STRETCHED : 0) |
      (hasCurlyApostrophe(w) ? FACT_CURLY : 0)
    );
  }
}

/** Bits of outsideFacts. */
export const OUTSIDE_CURLY = 1;
export const OUTSIDE_CONTRACTED_NOT = 2;
export const OUTSIDE_STRETCHED = 4;

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/**
 * The facts of a word outside the table, from one pass over its lower-case text: whether it has a
 * curly apostrophe, and isContractedNot and hasRun of its form with straight apostrophes. Most of a
 * post's words are outside the table, and reading each once beats a scan per question.
 */
export function outsideFacts(norm: string): number {
  let bits = 0;
  let c2 = -1;
  let c1 = -1;
  for (let i = 0; i < norm.length; i++) {
    let c = norm.charCodeAt(i);
    if (c === CURLY_APOSTROPHE) {
      bits |= OUTSIDE_CURLY;
      c = APOSTROPHE;
    }
    if (c === 116 && c1 === APOSTROPHE && c2 === 110) bits |= OUTSIDE_CONTRACTED_NOT; // n't
    if (c === c1 && c === c2 && norm.length >= 4) bits |= OUTSIDE_STRETCHED;
    c2 = c1;
    c1 = c;
  }
  return bits;
}

export function isContractedNot(key: string): boolean {
  return key.includes("n't");
}

/** Three or more of the same character in a row. */
export function hasRun(key: string): boolean {
  if (key.length < 4) return false;
  for (let i = 2; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2)) return true;
  }
  return false;
}
