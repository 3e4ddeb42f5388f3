import { describe, expect, it } from 'vitest';

import { isCapitalised } from '../../../processors/jurisdiction/judge.js';
import { tokenize, type Token } from '../../../processors/text/tokens.js';

const first = (text: string): Token => tokenize(text).tokens[0] as Token;

describe('isCapitalised', () => {
  it('takes a capital initial as a proper noun, and all capitals as saying nothing', () => {
    expect(isCapitalised(first('Bath'))).toBe(true);
    expect(isCapitalised(first('bath'))).toBe(false);
    expect(isCapitalised(first('BATH'))).toBe(false);
    expect(isCapitalised(first('B'))).toBe(true);
  });

  it('reads letters beyond ASCII the same way', () => {
    expect(isCapitalised(first('Ébrington'))).toBe(true);
    expect(isCapitalised(first('ÉBRINGTON'))).toBe(false);
    expect(isCapitalised(first('YSTRADGYNLAIS’s'))).toBe(true);
    expect(isCapitalised(first('LLANDUDNO’S'))).toBe(false);
  });
});
