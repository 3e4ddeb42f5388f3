import { describe, expect, it } from 'vitest';

import type { Resolved } from '../../../processors/taggers/topics/compile.js';
import { WordPairs } from '../../../processors/taggers/topics/word-pairs.js';

const starts = (next: Map<number, number[]>): Resolved => ({ singles: [], next, nextPrefix: [], byStem: undefined });
const FAR = 100_000;

describe('WordPairs', () => {
  it('finds each pair added, across growth of its table, and nothing else', () => {
    const pairs = new WordPairs();
    for (let first = 0; first < 3000; first++) {
      const next = new Map([
        [first + 7, [first]],
        [first + FAR, [first, first + 1]],
      ]);
      pairs.addStarts(first, starts(next));
    }
    for (let first = 0; first < 3000; first++) {
      expect(pairs.get(first, first + 7)).toEqual([first]);
      expect(pairs.get(first, first + FAR)).toEqual([first, first + 1]);
      expect(pairs.get(first, first + 8)).toBeUndefined();
    }
  });
});
