import { describe, expect, it } from 'vitest';

import { emptyEntities } from '../../../core/contracts/tags.js';
import { PhraseMatcher } from '../../../processors/nlp/phrases.js';
import { entityLexicon } from '../../../processors/taggers/entities/data.js';
import { lowMarks, PHRASE_BITS_FROM, PHRASE_FIRST, phraseMarks, phraseMayStart } from '../../../processors/taggers/entities/phrase-cue.js';
import { PostScan } from '../../../processors/taggers/entities/post-scan.js';
import { TOKEN_LISTS } from '../../../processors/taggers/entities/word-bits.js';
import { tokenize, wordId } from '../../../processors/text/tokens.js';

const lex = entityLexicon();
const known = new PhraseMatcher<true>();
for (const name of [...lex.compromiseOrganisations, ...lex.knownOrganisations]) known.add(name, true);

function knownOrgCue(text: string): boolean {
  const scan = new PostScan();
  scan.read(tokenize(text).tokens, text, lex, emptyEntities());
  return scan.knownOrgCue;
}

describe('known organisation cue', () => {
  it('is set wherever the phrase scan finds a known name', () => {
    for (const text of [
      'thanks to Shelter',
      'the NHS again',
      'the environment agency were out',
      'the Canal & River Trust',
      'the bbc said',
    ]) {
      const tokens = tokenize(text).tokens;
      expect(known.test(tokens)).toBe(true);
      expect(knownOrgCue(text)).toBe(true);
    }
  });

  it('is not set when no opening word is followed by a second word of some name', () => {
    for (const text of ['the bins were late again', 'at least it stopped raining', 'Devon County Council replied', '']) {
      expect(known.test(tokenize(text).tokens)).toBe(false);
      expect(knownOrgCue(text)).toBe(false);
    }
  });
});

describe('phraseMarks', () => {
  it('sit above the two copies of the word lists in the word bits', () => {
    expect(2 * TOKEN_LISTS.length).toBeLessThanOrEqual(PHRASE_BITS_FROM);
  });

  const marks = new Map<number, number>();
  for (const [id, mark] of phraseMarks(['go * ahead', 'bbc [news]', 'red cross', 'a&e'])) marks.set(id, (marks.get(id) ?? 0) | mark);
  const markOf = (word: string): number =>
    marks.get(wordId(tokenize(word).tokens[0] ?? { text: '', norm: '', kind: 'punct', start: 0, id: -1, caps: 0 })) ?? 0;
  const lowMarkOf = (word: string): number => lowMarks(markOf(word));

  it('lets a name start alone when its second slot is a gap or optional, else only before its second word', () => {
    expect(phraseMayStart(lowMarkOf('go'), false)).toBe(true);
    expect(phraseMayStart(lowMarkOf('bbc'), false)).toBe(true);
    expect(phraseMayStart(lowMarkOf('red'), false)).toBe(false);
    expect(markOf('red') & PHRASE_FIRST).not.toBe(0);
    expect(phraseMayStart(lowMarkOf('cross'), true)).toBe(true);
    expect(phraseMayStart(lowMarkOf('cross'), false)).toBe(false);
    expect(phraseMayStart(lowMarkOf('&'), (markOf('a') & PHRASE_FIRST) !== 0)).toBe(true);
  });
});
