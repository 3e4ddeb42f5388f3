import { describe, expect, it } from 'vitest';

import { PhraseMatcher } from '../../../processors/nlp/phrases.js';
import { PhraseCue } from '../../../processors/taggers/entities/phrase-cue.js';
import { tokenize } from '../../../processors/text/tokens.js';

const PATTERNS = ['devon county council', 'shelter', 'the environment agency', 'a&e', "st john's ambulance", 'bbc [news]', 'go * ahead'];

const cue = new PhraseCue();
const matcher = new PhraseMatcher<string>();
for (const p of PATTERNS) {
  cue.add(p);
  matcher.add(p, p);
}

describe('PhraseCue', () => {
  it('says a phrase may match wherever PhraseMatcher finds one', () => {
    for (const text of [
      'Devon County Council replied',
      'call Shelter',
      'The Environment Agency',
      'sent to A&E',
      'St John’s Ambulance',
      'the BBC',
      'go right ahead',
    ]) {
      const tokens = tokenize(text).tokens;
      expect(matcher.test(tokens)).toBe(true);
      expect(cue.mayMatch(tokens)).toBe(true);
    }
  });

  it('says no when no opening word is followed by a second word of some phrase', () => {
    for (const text of ['the bins were late', 'devon is lovely', 'council tax', 'a e', '']) {
      const tokens = tokenize(text).tokens;
      expect(matcher.test(tokens)).toBe(false);
      expect(cue.mayMatch(tokens)).toBe(false);
    }
  });
});
