import { describe, expect, it } from 'vitest';

import { emptyEntities } from '../../../core/contracts/tags.js';
import { entityLexicon } from '../../../processors/taggers/entities/data.js';
import { PostScan } from '../../../processors/taggers/entities/post-scan.js';
import { tokenize, type Token } from '../../../processors/text/tokens.js';

const lex = entityLexicon();

function scanOf(text: string): { scan: PostScan; tokens: ReturnType<typeof tokenize>['tokens'] } {
  const scan = new PostScan();
  const tokens = tokenize(text).tokens;
  scan.read(tokens, text, lex, emptyEntities());
  return { scan, tokens };
}

// A word opening with a capital, by the token's own strings (the scan reads the tokenizer's caps bits).
const capitalisedByStrings = (t: Token): boolean => t.kind === 'word' && t.text !== t.norm && t.text.charCodeAt(0) !== t.norm.charCodeAt(0);

describe('PostScan', () => {
  it('marks the capitalised words, and those only', () => {
    const text = 'Bins on Elm Road, ÉCOLE and eXeter @Council #Bins';
    const { scan, tokens } = scanOf(text);
    expect(tokens.map((_, i) => scan.capital[i] === 1)).toEqual(tokens.map(capitalisedByStrings));
    expect(scan.capital[tokens.length]).toBe(0);
  });

  it('calls a post shouted from four words of two letters or more, more than half in capitals', () => {
    expect(scanOf('BINS NOT COLLECTED AGAIN').scan.shouting).toBe(true);
    expect(scanOf('BINS NOT COLLECTED').scan.shouting).toBe(false);
    expect(scanOf('BINS NOT COLLECTED again today').scan.shouting).toBe(true);
    expect(scanOf('BINS NOT collected again today').scan.shouting).toBe(false);
  });

  it('sees organisation and name cues only on capitalised words', () => {
    expect(scanOf('Devon County Council replied').scan.orgCue).toBe(true);
    expect(scanOf('the county council replied').scan.orgCue).toBe(false);
    expect(scanOf('spoke to cllr Smith').scan.personCue).toBe(true);
    expect(scanOf('thanks to Sarah').scan.personCue).toBe(true);
    expect(scanOf('the road is flooded').scan.personCue).toBe(false);
  });

  it('reads the cues of a possessive whose bare form is listed, known word or not', () => {
    expect(scanOf("the Council's reply").scan.orgCue).toBe(true);
    expect(scanOf("spoke to Sarah's mum").scan.personCue).toBe(true);
    expect(scanOf("the Qwxzcouncil's reply").scan.orgCue).toBe(false);
  });

  it('starts afresh for each post', () => {
    const scan = new PostScan();
    const shouted = 'Devon County Council BINS NOT COLLECTED AGAIN EX8 01392 123456';
    scan.read(tokenize(shouted).tokens, shouted, lex, emptyEntities());
    scan.read(tokenize('all fine here').tokens, 'all fine here', lex, emptyEntities());
    expect([scan.shouting, scan.orgCue, scan.personCue, scan.codes.length, scan.phones.length]).toEqual([false, false, false, 0, 0]);
  });
});
