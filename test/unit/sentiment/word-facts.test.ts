import { describe, expect, it } from 'vitest';

import { LexFlag, loadLexicon } from '../../../processors/taggers/sentiment/lexicon.js';
import { unpackRun } from '../../../processors/taggers/sentiment/phrase-code.js';
import {
  hasRun,
  isContractedNot,
  OUTSIDE_CONTRACTED_NOT,
  OUTSIDE_CURLY,
  OUTSIDE_STRETCHED,
  outsideFacts,
} from '../../../processors/taggers/sentiment/word-facts.js';
import { seededRandom } from '../../../scripts/sentiment/random.js';

// outsideFacts reads a word once in place of three scans; it must answer as they do.
function slowFacts(norm: string): number {
  const key = norm.replaceAll('\u2019', "'");
  return (
    (norm.includes('\u2019') ? OUTSIDE_CURLY : 0) |
    (isContractedNot(key) ? OUTSIDE_CONTRACTED_NOT : 0) |
    (hasRun(key) ? OUTSIDE_STRETCHED : 0)
  );
}

describe('outsideFacts', () => {
  it.each(["can't", 'can\u2019t', 'n\u2019\u2019t', 'sooo', 'aaa', "''\u2019x", "x\u2019\u2019'", 'nt', "won't've", ''])(
    'agrees with the separate scans on %j',
    (word) => {
      expect(outsideFacts(word)).toBe(slowFacts(word));
    },
  );

  it('agrees with the separate scans on random words over a small alphabet', () => {
    const random = seededRandom(7);
    const alphabet = ['n', 't', "'", '\u2019', 'o', 'x'];
    let stretched = 0;
    let contracted = 0;
    for (let k = 0; k < 20000; k++) {
      const length = Math.floor(random() * 7);
      const word = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const facts = slowFacts(word);
      expect(outsideFacts(word)).toBe(facts);
      if ((facts & OUTSIDE_STRETCHED) !== 0) stretched++;
      if ((facts & OUTSIDE_CONTRACTED_NOT) !== 0) contracted++;
    }
    // The draw reaches every case it checks.
    expect(stretched).toBeGreaterThan(100);
    expect(contracted).toBeGreaterThan(100);
  });
});

describe('phrase pre-check sets', () => {
  it('hold every second word of a phrase and every one-word phrase, so none is ruled out', () => {
    const lex = loadLexicon();
    let checked = 0;
    for (let first = 0; first < lex.size; first++) {
      if (((lex.flags[first] as number) & LexFlag.phrases) === 0) continue;
      for (const p of unpackRun(lex.phraseCode, first, lex.phraseAt[first] as number)) {
        const ids = p.length === 1 ? (p.ids[0] ?? []) : (p.ids[1] ?? []);
        const set = p.length === 1 ? lex.oneWordPhrases : lex.phraseSeconds;
        for (const id of ids) expect(set.has(id)).toBe(true);
        checked += ids.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
