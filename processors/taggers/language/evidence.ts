/**
 * Evidence for each language from the shared tokens: common words (by far the strongest), letters
 * only one language uses (ŵ ŷ for Welsh; ł ñ ã ș for others; non-Latin scripts), and Welsh spelling
 * patterns in lower-case words no list knows. Capitalised words give no spelling evidence, so a Welsh
 * place name in an English post does not flip it.
 */
import { CAPS_ANY, wordId, type Token } from '../../text/tokens.js';
import { WideWordCode, WORDS } from '../../text/words.js';
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
/** The letter evidence a word can carry, by its 2-bit code in the word's facts. */
const LETTER_CY = [0, W.welshLetter, W.circumflex] as const;
const LETTER_OTHER = [0, W.otherLetter, W.weakOther] as const;

/**
 * What one word says, worked out from its lower-case form alone and packed in 16 bits (below), so a
 * word costs one read of a dense array of two bytes per word id, small enough to stay cached while
 * the other taggers run. (Objects per word cost three dependent reads, each likely a cache miss.)
 */
const COMPUTED = 1;
/** addWord can add something. */
const SPEAKS = 2;
/** For NON_ASCII_WORD words: a non-Latin script. */
const NON_LATIN_BIT = 4;
/** The Welsh spelling pattern (looked at only for MAYBE_WELSH words). */
const WELSH_SHAPE_BIT = 8;
const SHAPE_SHIFT = 4;
/** Indexes into LETTER_CY and LETTER_OTHER, for NON_ASCII_WORD words in Latin script. */
const LETTER_CY_SHIFT = 6;
const LETTER_OTHER_SHIFT = 8;
/** Index + 1 of the word's weights in the reader's table of distinct weights (0: not a listed word). */
const KNOWN_SHIFT = 10;
const MAX_KNOWN_ROWS = (1 << (16 - KNOWN_SHIFT)) - 1;

export type EvidenceReader = (tokens: readonly Token[]) => LanguageEvidence;

/** The evidence object is reused from call to call: it is valid until the next one. */
export function createEvidenceReader(lexicon: LanguageLexicon): EvidenceReader {
  for (const word of lexicon.keys()) WORDS.add(word);
  const weights = new KnownWeights(lexicon);
  const codes = new WideWordCode((id) => wordCode(WORDS.word(id), weights));
  const e: LanguageEvidence = { cy: 0, en: 0, other: 0, nonLatinWords: 0, words: 0 };
  return (tokens) => {
    e.cy = e.en = e.other = e.nonLatinWords = e.words = 0;
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      e.words++;
      const id = wordId(t);
      const code = id < 0 ? wordCode(t.norm, weights) : codes.of(id);
      if ((code & SPEAKS) !== 0) addWord(e, code, weights.table, t);
    }
    return e;
  };
}

/** The distinct (cy, en, other) weights of the listed words, three numbers each (a few dozen at most). */
class KnownWeights {
  readonly table: Float64Array;
  private readonly index = new Map<string, number>();

  constructor(private readonly lexicon: LanguageLexicon) {
    const rows = new Map<string, Readonly<WordWeights>>();
    for (const w of lexicon.values()) rows.set(rowKey(w), w);
    // The lists weigh words on a few levels, so the rows are few; the codes have room for this many.
    if (rows.size > MAX_KNOWN_ROWS) throw new RangeError(`language data: ${rows.size} distinct word weights, at most ${MAX_KNOWN_ROWS}`);
    this.table = new Float64Array(rows.size * 3);
    [...rows].forEach(([key, w], k) => {
      this.table.set([w.cy, w.en, w.other], k * 3);
      this.index.set(key, k);
    });
  }

  /** Index + 1 of the word's row, or 0 when the word is not listed. */
  of(norm: string): number {
    const w = this.lexicon.get(norm);
    return w === undefined ? 0 : (this.index.get(rowKey(w)) as number) + 1;
  }
}

function rowKey(w: Readonly<WordWeights>): string {
  return `${w.cy} ${w.en} ${w.other}`;
}

/**
 * The sums grow in the order the single-pass reading added them (floating point is order-sensitive).
 * Whether the token is written in lower case is asked last, and only of a word whose spelling may be
 * Welsh: comparing the texts reads both strings, and the table's may well be out of the cache.
 */
function addWord(e: LanguageEvidence, code: number, table: Float64Array, t: Token): void {
  const known = code >>> KNOWN_SHIFT;
  if (known !== 0) {
    const at = (known - 1) * 3;
    e.cy += table[at] as number;
    e.en += table[at + 1] as number;
    e.other += table[at + 2] as number;
  }
  const shape = (code >> SHAPE_SHIFT) & 3;
  if (shape === NON_ASCII_WORD) {
    if ((code & NON_LATIN_BIT) !== 0) e.nonLatinWords++;
    else {
      const letterCy = LETTER_CY[(code >> LETTER_CY_SHIFT) & 3] ?? 0;
      const letterOther = LETTER_OTHER[(code >> LETTER_OTHER_SHIFT) & 3] ?? 0;
      if (letterCy !== 0) e.cy += letterCy;
      if (letterOther !== 0) e.other += letterOther;
    }
  } else if (shape === MAYBE_WELSH && known === 0 && (code & WELSH_SHAPE_BIT) !== 0 && (t.caps & CAPS_ANY) === 0) e.cy += W.welshShape;
}

/** The packed facts (bits above) of a word, from its lower-case form. */
function wordCode(norm: string, weights: KnownWeights): number {
  const shape = scanWord(norm);
  const known = weights.of(norm);
  const nonLatin = shape === NON_ASCII_WORD && NON_LATIN.test(norm);
  const letters = shape === NON_ASCII_WORD && !nonLatin;
  const welshShape = shape === MAYBE_WELSH && WELSH_SHAPE.test(norm);
  const letterCy = !letters ? 0 : WELSH_LETTERS.test(norm) ? 1 : CIRCUMFLEX.test(norm) ? 2 : 0;
  const letterOther = !letters ? 0 : OTHER_LETTERS.test(norm) ? 1 : WEAK_OTHER_LETTERS.test(norm) ? 2 : 0;
  const speaks = known !== 0 || shape === NON_ASCII_WORD || welshShape;
  return (
    COMPUTED |
    (speaks ? SPEAKS : 0) |
    (nonLatin ? NON_LATIN_BIT : 0) |
    (welshShape ? WELSH_SHAPE_BIT : 0) |
    (shape << SHAPE_SHIFT) |
    (letterCy << LETTER_CY_SHIFT) |
    (letterOther << LETTER_OTHER_SHIFT) |
    (known << KNOWN_SHIFT)
  );
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
