import { describe, expect, it } from 'vitest';

import { TokenRuns, walkTokens, type RunFacts, type RunSink } from '../../../processors/queries/token-runs.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { WORDS } from '../../../processors/text/words.js';

/** Runs "bins" triggers query 7; what the walk sends is recorded. */
function walk(text: string): { ok: boolean; queries: number[]; chars: string[] } {
  const runs = new TokenRuns((s, start, end, into) => {
    if (s.slice(start, end) === 'bins') into.queries.push(7);
  });
  const queries: number[] = [];
  const chars: string[] = [];
  const sink: RunSink = {
    facts: (facts: Readonly<RunFacts>) => queries.push(...facts.queries),
    chars: (lowered) => chars.push(lowered),
  };
  return { ok: walkTokens(tokenize(text), runs, sink), queries, chars };
}

describe('walkTokens', () => {
  it('sends the runs of tokens standing between white space', () => {
    expect(walk('the bins, and bins')).toEqual({ ok: true, queries: [7, 7], chars: [] });
  });

  it('scans the characters of a chunk whose runs join two tokens', () => {
    expect(walk('bins2day')).toEqual({ ok: true, queries: [], chars: ['bins2day'] });
  });

  it('sends nothing of a word followed by a character the tokenizer skipped', () => {
    // "²" is a digit of no token: the run is "bins²", not "bins".
    expect(walk('the bins² today')).toEqual({ ok: false, queries: [], chars: [] });
  });

  it('measures a word whose lower case is longer than its text by the text (İ)', () => {
    // A word of the table whose norm ("i̇stanbul", with U+0307) is one longer than "İstanbul":
    // the "²" right after it must still be seen.
    WORDS.add('i\u0307stanbul');
    expect(walk('İstanbul bins')).toEqual({ ok: true, queries: [7], chars: [] });
    expect(walk('İstanbul² bins')).toEqual({ ok: false, queries: [], chars: [] });
  });
});
