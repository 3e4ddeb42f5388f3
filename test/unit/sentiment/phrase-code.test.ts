import { describe, expect, it } from 'vitest';

import { packPhrases, unpackRun, type Phrase } from '../../../processors/taggers/sentiment/phrase-code.js';

describe('packPhrases', () => {
  it('lays out each list so that unpacking gives back its phrases in order', () => {
    const lists: Phrase[][] = [
      [
        { length: 3, ids: [[7], [1, 2], [3]], valence: -1.5 },
        { length: 1, ids: [[7]], valence: 0.25 },
      ],
      [{ length: 2, ids: [[9], [4, 5, 6]], valence: 2 }],
    ];
    const { code, starts } = packPhrases(lists);
    expect(starts).toHaveLength(2);
    expect(unpackRun(code, 7, starts[0] as number)).toEqual(lists[0]);
    expect(unpackRun(code, 9, starts[1] as number)).toEqual(lists[1]);
  });
});
