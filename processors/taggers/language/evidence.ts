/**
 * Evidence for each language from the shared tokens: common words (by far the strongest), letters
 * only one language uses (ŵ ŷ for Welsh; ł ñ ã ș for others; non-Latin scripts), and Welsh spelling
 * patterns in lower-case words no list knows. Capitalised words give no spelling evidence, so a Welsh
 * place name in an English post does not flip it.
 */
import { wordId, type Token } from '../../text/tokens.js';
import { WordCode, WordMemo, WORDS } from '../../text/words.js';
import type { LanguageLexicon, WordWeights } from './data.js';

export interface LanguageEvidence extends WordWeights {
  /** Word tokens written in a non-Latin script (Arabic, Cyrillic, Devanagari...). */
  nonLatinWords: number;
  words: number;
}

const NON_LATIN = /[^\p{Script=Latin}\p{M}'’-]/u;
const WELSH_LETTERS = /[ŵŷẁẃẅỳ]/;
const CIRCUMFLEX = /[âêîôû]/;
const OTHER_LETTERS = /[łąęśźżćńñãõșțşţăßőűğı¿¡]/;
const WEAK_OTHER_LETTERS = /[çéèàùäöüáíóú]/;
// Consonant + w + consonant ("twll", "cwm", "drws") and word-initial ll/ff/rh/ngh/mh/nh, "ydd", "wch".
const WELSH_SHAPE = /(?:[bcdfghlmnprst]w[bcdfghlmnprst]|^(?:ll|ff|rh|ngh|nh|mh)|ydd|wch|ae[lnr]|au$|iau$|wy)/;
const W_CODE = 119;
const Y_CODE = 121;
const U_CODE = 117;

const W = { welshLetter: 2, circumflex: 0.5, otherLetter: 1.5, weakOther: 0.3, welshShape: 0.6 } as const;

/** What one word says, worked out from its lower-case form alone. */
interface WordFacts {
  readonly known: Readonly<WordWeights> | undefined;
  readonly shape: number;
  /** The Welsh spelling pattern (looked at only for MAYBE_WELSH words). */
  readonly welshShape: boolean;
  /** For NON_ASCII_WORD words: a non-Latin script, else the letters' evidence. */
  readonly nonLatin: boolean;
  readonly letterCy: number;
  readonly letterOther: number;
}

export type EvidenceReader = (tokens: readonly Token[]) => LanguageEvidence;

/** Each word's facts are worked out on its first use and kept by its shared word id. */
export function createEvidenceReader(lexicon: LanguageLexicon): EvidenceReader {
  for (const word of lexicon.keys()) WORDS.add(word);
  const factsOf = (norm: string): WordFacts => wordFacts(norm, lexicon);
  const byWord = new WordMemo((_id, word) => factsOf(word));
  // Most words say nothing about the language: a byte per word id says so without reading their facts.
  const speaks = new WordCode((word) => (saysSomething(factsOf(word)) ? 1 : 0));
  return (tokens) => {
    const e: LanguageEvidence = { cy: 0, en: 0, other: 0, nonLatinWords: 0, words: 0 };
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      e.words++;
      const id = wordId(t);
      if (id < 0) addWord(e, factsOf(t.norm), t.text === t.norm);
      else if (speaks.of(id, t.norm) === 1) addWord(e, byWord.of(id), t.text === t.norm);
    }
    return e;
  };
}

/** Whether addWord can add anything for these facts. */
function saysSomething(f: WordFacts): boolean {
  return f.known !== undefined || f.shape === NON_ASCII_WORD || (f.shape === MAYBE_WELSH && f.welshShape);
}

/** The sums grow in the order the single-pass reading added them (floating point is order-sensitive). */
function addWord(e: LanguageEvidence, f: WordFacts, lowerCase: boolean): void {
  const known = f.known;
  if (known !== undefined) {
    e.cy += known.cy;
    e.en += known.en;
    e.other += known.other;
  }
  if (f.shape === NON_ASCII_WORD) {
    if (f.nonLatin) e.nonLatinWords++;
    else {
      if (f.letterCy !== 0) e.cy += f.letterCy;
      if (f.letterOther !== 0) e.other += f.letterOther;
    }
  } else if (f.shape === MAYBE_WELSH && known === undefined && lowerCase && f.welshShape) e.cy += W.welshShape;
}

function wordFacts(norm: string, lexicon: LanguageLexicon): WordFacts {
  const shape = scanWord(norm);
  const nonLatin = shape === NON_ASCII_WORD && NON_LATIN.test(norm);
  const letters = shape === NON_ASCII_WORD && !nonLatin;
  return {
    known: lexicon.get(norm),
    shape,
    welshShape: shape === MAYBE_WELSH && WELSH_SHAPE.test(norm),
    nonLatin,
    letterCy: !letters ? 0 : WELSH_LETTERS.test(norm) ? W.welshLetter : CIRCUMFLEX.test(norm) ? W.circumflex : 0,
    letterOther: !letters ? 0 : OTHER_LETTERS.test(norm) ? W.otherLetter : WEAK_OTHER_LETTERS.test(norm) ? W.weakOther : 0,
  };
}

const PLAIN = 0;
const MAYBE_WELSH = 1;
const NON_ASCII_WORD = 2;
const A_CODE = 97;
const E_CODE = 101;

/**
 * One pass over the word's characters: non-ASCII, or holding what some Welsh pattern above needs
 * (w, y, "ae", a Welsh opening pair, a final u), so the regex runs on few words.
 */
function scanWord(word: string): number {
  let maybe = false;
  let prev = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return NON_ASCII_WORD;
    if (c === W_CODE || c === Y_CODE || (prev === A_CODE && c === E_CODE)) maybe = true;
    prev = c;
  }
  if (word.length < 3) return PLAIN;
  return maybe || prev === U_CODE || welshOpening(word.charCodeAt(0), word.charCodeAt(1)) ? MAYBE_WELSH : PLAIN;
}

/** ll, ff, rh, ng, nh, mh. */
function welshOpening(a: number, b: number): boolean {
  return (
    (a === 108 && b === 108) || (a === 102 && b === 102) || (b === 104 && (a === 114 || a === 110 || a === 109)) || (a === 110 && b === 103)
  );
}
