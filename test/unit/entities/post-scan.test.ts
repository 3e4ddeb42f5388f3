import { describe, expect, it } from 'vitest';

import { emptyEntities } from '../../../core/contracts/tags.js';
import { entityLexicon } from '../../../processors/taggers/entities/data.js';
import { PostScan } from '../../../processors/taggers/entities/post-scan.js';
import { isCapitalised } from '../../../processors/taggers/entities/spans.js';
import { tokenize } from '../../../processors/text/tokens.js';

const lex = entityLexicon();

function scanOf(text: string): { scan: PostScan; tokens: ReturnType<typeof tokenize>['tokens'] } {
  const scan = new PostScan();
  const tokens = tokenize(text).tokens;
  scan.read(tokens, lex, emptyEntities());
  return { scan, tokens };
}

describe('PostScan', () => {
  it('marks the capitalised words as isCapitalised does', () => {
    const { scan, tokens } = scanOf('Bins on Elm Road, ÉCOLE and eXeter @Council #Bins');
    expect(tokens.map((_, i) => scan.capital[i] === 1)).toEqual(tokens.map((t) => isCapitalised(t)));
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

  it('starts afresh for each post', () => {
    const scan = new PostScan();
    scan.read(tokenize('Devon County Council BINS NOT COLLECTED AGAIN EX8 01392 123456').tokens, lex, emptyEntities());
    scan.read(tokenize('all fine here').tokens, lex, emptyEntities());
    expect([scan.shouting, scan.orgCue, scan.personCue, scan.codes.length, scan.phones.length]).toEqual([false, false, false, 0, 0]);
  });
});
