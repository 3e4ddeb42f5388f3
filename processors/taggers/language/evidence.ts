/**
 * Evidence for each language from the shared tokens: common words (by far the strongest), letters
 * only one language uses (ŵ ŷ for Welsh; ł ñ ã ș for others; non-Latin scripts), and Welsh spelling
 * patterns in lower-case words no list knows. Capitalised words give no spelling evidence, so a Welsh
 * place name in an English post does not flip it.
 */
import type { Token } from '../../text/tokens.js';
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

export function gatherEvidence(tokens: readonly Token[], lexicon: LanguageLexicon): LanguageEvidence {
  const e: LanguageEvidence = { cy: 0, en: 0, other: 0, nonLatinWords: 0, words: 0 };
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    e.words++;
    const known = lexicon.get(t.norm);
    if (known !== undefined) {
      e.cy += known.cy;
      e.en += known.en;
      e.other += known.other;
    }
    const shape = scanWord(t.norm);
    if (shape === NON_ASCII_WORD) letters(t.norm, e);
    else if (shape === MAYBE_WELSH && known === undefined && t.text === t.norm && WELSH_SHAPE.test(t.norm)) e.cy += W.welshShape;
  }
  return e;
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

function letters(word: string, e: LanguageEvidence): void {
  if (NON_LATIN.test(word)) {
    e.nonLatinWords++;
    return;
  }
  if (WELSH_LETTERS.test(word)) e.cy += W.welshLetter;
  else if (CIRCUMFLEX.test(word)) e.cy += W.circumflex;
  if (OTHER_LETTERS.test(word)) e.other += W.otherLetter;
  else if (WEAK_OTHER_LETTERS.test(word)) e.other += W.weakOther;
}
