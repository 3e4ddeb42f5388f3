import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';

import { NlpError, nlpLexicon, parseEntities, readNlpData } from '../../../processors/nlp/index.js';
import { PhraseMatcher } from '../../../processors/nlp/phrases.js';
import { tokenize } from '../../../processors/text/tokens.js';

interface Hit<V> {
  value: V;
  start: number;
  end: number;
}

function hits<V>(m: PhraseMatcher<V>, text: string): Hit<V>[] {
  const out: Hit<V>[] = [];
  m.scan(tokenize(text).tokens, (value, start, end) => out.push({ value, start, end }));
  return out;
}

describe('PhraseMatcher', () => {
  it('matches literals, alternatives and optional slots', () => {
    const m = new PhraseMatcher<string>().add('smell|smelt [of] gas', 'gas');
    expect(hits(m, 'I can smell gas').map((h) => h.value)).toEqual(['gas']);
    expect(hits(m, 'I smelt of gas').map((h) => [h.start, h.end])).toEqual([[1, 4]]);
    expect(hits(m, 'smell the gas')).toEqual([]);
  });

  it('bridges gaps but never across the end of a sentence', () => {
    const m = new PhraseMatcher<number>().add('water * house', 1).add('tree *5 lines', 2);
    expect(hits(m, 'water is coming into the house')).toHaveLength(0);
    expect(hits(m, 'water coming in the house')).toHaveLength(1);
    expect(hits(m, 'water everywhere. The house is fine')).toHaveLength(0);
    expect(hits(m, 'tree leaning on the power lines')).toHaveLength(1);
  });

  it('accepts straight, curly and missing apostrophes', () => {
    const m = new PhraseMatcher<number>().add("can't go on", 1);
    for (const text of ["I can't go on", 'I can’t go on', 'I cant go on']) expect(hits(m, text)).toHaveLength(1);
  });

  it('splits a literal the tokenizer splits', () => {
    const m = new PhraseMatcher<number>().add('Canal & River Trust', 1).add('a&e', 2);
    expect(hits(m, 'the canal & river trust towpath').map((h) => h.value)).toEqual([1]);
    expect(hits(m, 'six hours in A&E').map((h) => h.value)).toEqual([2]);
  });

  it('reports one hit per pattern and start, and tests for any', () => {
    const m = new PhraseMatcher<string>().add('on fire', 'a').add('on [fire]', 'b');
    expect(hits(m, 'on fire on fire').map((h) => `${h.value}${h.start}`)).toEqual(['b0', 'a0', 'b2', 'a2']);
    expect(m.test(tokenize('nothing here').tokens)).toBe(false);
    expect(m.test(tokenize('the bin is on fire').tokens)).toBe(true);
  });

  it('rejects malformed patterns with a typed error', () => {
    const m = new PhraseMatcher<number>();
    expect(() => m.add('* gas', 1)).toThrow(NlpError);
    expect(() => m.add('[maybe] gas', 1)).toThrow(expect.objectContaining({ code: 'NLP_DATA_INVALID' }));
    expect(() => m.add('gas a&e|leak', 1)).toThrow(expect.objectContaining({ code: 'NLP_DATA_INVALID' }));
  });
});

describe('nlpLexicon (read from compromise at start-up)', () => {
  const lex = nlpLexicon();

  it('has names, titles, question words, modals and negatives', () => {
    expect(lex.firstNames.has('sarah')).toBe(true);
    expect(lex.lastNames.has('smith')).toBe(true);
    expect(lex.honorifics.has('mr')).toBe(true);
    expect(lex.honorifics.has('cllr')).toBe(true);
    expect(lex.questionWords.has('where')).toBe(true);
    expect(lex.modals.has('could')).toBe(true);
    expect(lex.negatives.has('never')).toBe(true);
    expect(lex.orgWords.has('council')).toBe(true);
    expect(lex.places.has('london')).toBe(true);
    expect(lex.commonWords.has('road')).toBe(false);
    expect(lex.commonWords.has('lane')).toBe(true);
  });

  it('is built once', () => {
    expect(nlpLexicon()).toBe(lex);
  });
});

describe('parseEntities (the deep path)', () => {
  it('returns plain strings for people', () => {
    const deep = parseEntities('Spoke to Cllr Jane Smith about the bins');
    expect(deep.people).toEqual(['Cllr Jane Smith']);
    expect(Array.isArray(deep.organisations)).toBe(true);
  });
});

describe('readNlpData', () => {
  it('fails fast with a typed error', () => {
    expect(() => readNlpData('no-such-file.json', Type.Object({}))).toThrow(expect.objectContaining({ code: 'NLP_DATA_MISSING' }));
    expect(() => readNlpData('entities.json', Type.Object({ rules: Type.Array(Type.String()) }))).toThrow(
      expect.objectContaining({ code: 'NLP_DATA_INVALID' }),
    );
  });
});
