import { describe, expect, it } from 'vitest';

import { nextWord, nextWordByPattern, prevWord, prevWordByPattern } from '../../../processors/taggers/entities/context.js';

// Letters, digits, separators, other punctuation, non-ASCII letters, spaces and an emoji.
const ALPHABET = ['a', 'Z', '7', ' ', ',', '-', '’', "'", '(', '"', '!', '.', 'é', 'Ж', '\u00a0', '\n', '😀', '\u0301'];

/** A fixed pseudo-random sequence, so a failure can be reproduced. */
function* texts(count: number): Generator<string> {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = next(40);
    for (let i = 0; i < length; i++) text += ALPHABET[next(ALPHABET.length)];
    yield text;
  }
}

describe('context words', () => {
  it('match the patterns at every offset', () => {
    for (const text of texts(3000)) {
      for (let i = 0; i <= text.length; i++) {
        expect(nextWord(text, i)).toBe(nextWordByPattern(text, i));
        expect(prevWord(text, i)).toBe(prevWordByPattern(text, i));
      }
    }
  });

  it('read the words around a road number', () => {
    const text = 'Crash on the A38 (northbound) near Exeter';
    expect(prevWord(text, 13)).toBe('the');
    expect(nextWord(text, 16)).toBe('northbound');
    expect(nextWord('A38. Then', 3)).toBe('');
    expect(prevWord('Café A38', 5)).toBe('café');
  });
});
