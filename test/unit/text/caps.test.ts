import { describe, expect, it } from 'vitest';

import {
  CAPS_ANY,
  CAPS_FIRST,
  CAPS_LOWER,
  CAPS_MANY,
  CAPS_SECOND,
  tokenize,
  tokenizeReference,
  type Token,
} from '../../../processors/text/tokens.js';

/** The caps bits by their definitions on the token's own strings, one test at a time. */
function byStrings(t: Token): number {
  const capitals = [...t.text].filter((ch) => ch !== ch.toLowerCase()).length;
  return (
    (t.text !== t.norm ? CAPS_ANY : 0) |
    (t.text.charCodeAt(0) !== t.norm.charCodeAt(0) ? CAPS_FIRST : 0) |
    (t.text.length >= 2 && t.text.charCodeAt(1) !== t.norm.charCodeAt(1) ? CAPS_SECOND : 0) |
    (t.text !== t.text.toUpperCase() ? CAPS_LOWER : 0) |
    (capitals >= 2 ? CAPS_MANY : 0)
  );
}

const ODD =
  "Bins HELP Help hELP O'Brien A a I x ÉCOLE École éCOLE İstanbul İS Ǆemal ǅemal Ab-Cd AB'S ÀB Aé AÉ Σ ΣΑ Ωmega 4ever " +
  "DON'T don’t DON’T McDonald iPhone A38 M5 #BinDay #BINS #bins @EastDevon @council ŴYLAN Ŵylan ßtraße STRASSE 123 6th !!! ... :) 😡 " +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ abcdefghijklmnopqrstuvwxyzabcdefghijK';

describe('Token.caps', () => {
  it('agrees with its definitions on the token strings, on the hand-read path and the pattern path', () => {
    const tokens = tokenize(ODD).tokens;
    expect(tokens.map((t) => [t.text, t.caps])).toEqual(tokens.map((t) => [t.text, byStrings(t)]));
    expect(tokens).toEqual(tokenizeReference(ODD));
  });

  it('tells a capitalised word, one in capitals and one in lower case apart', () => {
    const caps = (text: string): number => (tokenize(text).tokens[0] as Token).caps;
    expect(caps('Help')).toBe(CAPS_ANY | CAPS_FIRST | CAPS_LOWER);
    expect(caps('HELP')).toBe(CAPS_ANY | CAPS_FIRST | CAPS_SECOND | CAPS_MANY);
    expect(caps('hELP')).toBe(CAPS_ANY | CAPS_SECOND | CAPS_LOWER | CAPS_MANY);
    expect(caps('help')).toBe(CAPS_LOWER);
    expect(caps('I')).toBe(CAPS_ANY | CAPS_FIRST);
    expect(caps('#BinDay')).toBe(CAPS_ANY | CAPS_SECOND | CAPS_LOWER | CAPS_MANY);
    expect(caps('ÉTÉ')).toBe(CAPS_ANY | CAPS_FIRST | CAPS_SECOND | CAPS_MANY);
    expect(caps('2024')).toBe(0);
    expect(caps('!!!')).toBe(0);
  });
});
