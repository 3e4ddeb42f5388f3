import { describe, expect, it } from 'vitest';

import { firstWordIndex } from '../../../processors/jurisdiction/first-words.js';
import { loadGazetteer } from '../../../processors/jurisdiction/index.js';
import { createVariantFinder } from '../../../processors/jurisdiction/variants.js';
import { KNOWN, LONGER, LOWER_OK, VARIANT, WordClasses } from '../../../processors/jurisdiction/word-classes.js';
import { personWords } from '../../../processors/jurisdiction/judge.js';
import { WORDS } from '../../../processors/text/words.js';

const gaz = loadGazetteer();
const index = firstWordIndex(gaz);
const classes = new WordClasses(index, createVariantFinder(gaz, personWords({ first: new Set(), last: new Set() })));
const bits = (word: string) => classes.of(WORDS.add(word), word) & (KNOWN | LOWER_OK | LONGER | VARIANT);

describe('word classes', () => {
  it('says the same as the first-word index, one byte per word', () => {
    for (const word of ['exmouth', 'newcastle', 'the', 'stoke', 'bins']) {
      const id = WORDS.find(word);
      const expected = (index.known.has(id) ? KNOWN : 0) | (index.lowerOk.has(id) ? LOWER_OK : 0) | (index.longer.has(id) ? LONGER : 0);
      expect(bits(word)).toBe(expected);
    }
    expect(bits('exmouth') & KNOWN).toBe(KNOWN);
    expect(bits('newcastle') & LONGER).toBe(LONGER);
  });

  it('marks words that may be variants of a name, and only those', () => {
    expect(bits("bristol's")).toBe(VARIANT);
    expect(bits('nghaerdydd')).toBe(VARIANT);
    expect(bits('patchwork')).toBe(0);
  });

  it('answers for words added to the table after it was built', () => {
    expect(bits('zzqxnotaplace')).toBe(0);
  });
});
