import { describe, expect, it } from 'vitest';

import { RecentWords } from '../../../processors/text/recent-words.js';
import { isSpace, straightWordId, tokenize, tokenizeReference, wordId } from '../../../processors/text/tokens.js';
import {
  byId,
  hashOf,
  NO_WORD,
  WideWordCode,
  WordCode,
  WordFlag,
  WordMemo,
  WORDS,
  WordTable,
  wordArray,
} from '../../../processors/text/words.js';

/** Lower-case ASCII words of 1..20 letters from a seeded generator. */
function randomWords(count: number, seed: number): string[] {
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let k = 1 + next(20); k > 0; k--) w += String.fromCharCode(97 + next(26));
    out.push(w);
  }
  return out;
}

describe('WordTable', () => {
  it('gives each distinct word one stable id, through the rehashes of a growing table', () => {
    const table = new WordTable(16);
    const words = [...new Set(randomWords(5000, 7))];
    const ids = words.map((w) => table.add(w));
    expect(new Set(ids).size).toBe(words.length);
    expect(table.size).toBe(words.length);
    words.forEach((w, i) => {
      expect(table.find(w)).toBe(ids[i]);
      expect(table.add(w)).toBe(ids[i]);
      expect(table.word(ids[i] as number)).toBe(w);
    });
  });

  it('looks up a slice, or its ASCII lower case, without building it', () => {
    const table = new WordTable();
    const id = table.add("don't");
    table.add('');
    expect(table.findSlice("I don't know", 2, 7)).toBe(id);
    const text = "I DON'T know";
    expect(table.findHashed(hashOf("don't", 0, 5), text, 2, 7, true)).toBe(id);
    expect(table.findHashed(hashOf("don't", 0, 5), text, 2, 7, false)).toBe(NO_WORD);
    expect(table.find('dont')).toBe(NO_WORD);
    expect(table.find('')).toBe(table.add(''));
  });

  it('keeps per-word data in arrays by id, absent for words registered later', () => {
    const data = wordArray([['wordarray-alpha', 1]], 0);
    const later = WORDS.add('wordarray-registered-later');
    expect(byId(data, WORDS.find('wordarray-alpha'), 0)).toBe(1);
    expect(byId(data, later, 0)).toBe(0);
    expect(byId(data, NO_WORD, 0)).toBe(0);
  });
});

describe('facts kept by word id', () => {
  it('works a word out once, and a word outside the table every time', () => {
    let calls = 0;
    const length = new WordCode((w) => {
      calls++;
      return w.length;
    });
    const id = WORDS.add('wordcode-sample');
    expect(length.of(id, 'wordcode-sample')).toBe(15);
    expect(length.of(id, 'wordcode-sample')).toBe(15);
    expect(calls).toBe(1);
    expect(length.of(NO_WORD, 'abc')).toBe(3);
    expect(length.of(NO_WORD, 'abc')).toBe(3);
    expect(calls).toBe(3);
    const flag = new WordFlag((w) => w.startsWith('word'));
    expect(flag.of(id, 'wordcode-sample')).toBe(true);
    const memo = new WordMemo((_id, word) => ({ upper: word.toUpperCase() }));
    expect(memo.of(id)).toBe(memo.of(id));
    expect(memo.of(id).upper).toBe('WORDCODE-SAMPLE');
  });

  it('keeps 16-bit codes by id, grows past the table, and refuses a code of 0', () => {
    let calls = 0;
    const wide = new WideWordCode((wordId) => {
      calls++;
      return 0x8000 | WORDS.word(wordId).length;
    });
    const id = WORDS.add('widewordcode-sample');
    expect(wide.of(id)).toBe(0x8000 | 19);
    expect(wide.of(id)).toBe(0x8000 | 19);
    expect(calls).toBe(1);
    const later = WORDS.add(`widewordcode-later-${WORDS.size}`);
    expect(wide.of(later)).toBe(0x8000 | WORDS.word(later).length);
    expect(() => new WideWordCode(() => 0).of(id)).toThrow(RangeError);
  });
});

describe('RecentWords', () => {
  it('answers exactly as the table does, for short and long words and colliding entries', () => {
    const table = new WordTable();
    const words = [...new Set(randomWords(20000, 11))];
    for (const w of words.slice(0, 12000)) table.add(w);
    const recent = new RecentWords(table);
    for (let round = 0; round < 2; round++) {
      for (const w of words) {
        const upper = w.toUpperCase();
        const id = recent.find(hashOf(w, 0, w.length), upper, 0, upper.length);
        expect(id).toBe(table.find(w));
        expect(recent.word).toBe(w);
      }
    }
  });

  it('gives each word back as written, through colliding entries and changing capitals', () => {
    const table = new WordTable();
    const recent = new RecentWords(table);
    const words = [...new Set(randomWords(20000, 5))];
    for (let round = 0; round < 3; round++) {
      for (const [i, w] of words.entries()) {
        const written = (i + round) % 2 === 0 ? w.toUpperCase() : w[0]?.toUpperCase() + w.slice(1);
        let capitals = 0;
        for (let k = 0; k < written.length; k++) if (written[k] !== w[k]) capitals |= 1 << k;
        expect(recent.find(hashOf(w, 0, w.length), written, 0, written.length)).toBe(NO_WORD);
        expect(recent.word).toBe(w);
        expect(recent.asWritten(written, 0, written.length, capitals)).toBe(written);
      }
    }
  });

  it('looks a word the table lacked up again once the table has grown', () => {
    const table = new WordTable();
    table.add('bins');
    const recent = new RecentWords(table);
    const find = (w: string): number => recent.find(hashOf(w, 0, w.length), w, 0, w.length);
    expect(find('flytipping')).toBe(NO_WORD);
    expect(find('flytipping')).toBe(NO_WORD);
    const id = table.add('flytipping');
    expect(find('flytipping')).toBe(id);
    expect(recent.word).toBe('flytipping');
  });
});

describe('token word ids', () => {
  it('finds a word registered after the token was made', () => {
    const view = tokenize('a zzqqvvx word');
    const token = view.tokens[1];
    expect(token === undefined ? undefined : wordId(token)).toBe(NO_WORD);
    const id = WORDS.add('zzqqvvx');
    expect(token === undefined ? undefined : wordId(token)).toBe(id);
    expect(tokenize('ZZQQVVX').tokens[0]?.id).toBe(id);
  });

  it('reads curly apostrophes as straight ones for word lists', () => {
    const id = WORDS.add("wouldn't've");
    const token = tokenize('wouldn’t’ve').tokens[0];
    expect(token === undefined ? undefined : straightWordId(token)).toBe(id);
  });

  it('cuts at exactly the white space of the regex \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('reads the chunks it takes by hand as the full pattern does', () => {
    const chunks = [
      "don't",
      'fly-tipping,',
      'sooo!!?',
      'Bins...',
      'rock’n’roll;',
      '#BinDay!',
      '#bins_2024.',
      '@DevonCC:',
      '@a_very_long_handle_over_thirty_chars',
      '12,',
      '999!',
      '83',
      '8',
      '3rd',
      'A38',
      'e-mail:',
      'x--y',
      "can't'",
      '#',
      '@',
    ];
    for (const chunk of chunks) {
      const text = `Report: ${chunk} thanks ${chunk.toUpperCase()}`;
      expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
    }
  });
});
