import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { PhraseMatcher } from '../../../processors/nlp/phrases.js';
import { loadIntentData } from '../../../processors/taggers/intent/intent-data.js';
import { PhraseTrie } from '../../../processors/taggers/intent/phrase-trie.js';
import { loadUrgencyData } from '../../../processors/taggers/intent/urgency-data.js';
import { urgencyEntries } from '../../../processors/taggers/intent/urgency.js';
import { tokenize } from '../../../processors/text/tokens.js';

type Scanner = { scan: (tokens: ReturnType<typeof tokenize>['tokens'], on: (v: number, s: number, e: number) => void) => void };

function hits(m: Scanner, text: string): string[] {
  const out: string[] = [];
  m.scan(tokenize(text).tokens, (v, s, e) => out.push(`${v}:${s}-${e}`));
  return out;
}

/** Both matchers over the same patterns, values numbered in order. */
function both(patterns: readonly string[]): { generic: PhraseMatcher<number>; trie: PhraseTrie<number> } {
  const generic = new PhraseMatcher<number>();
  const trie = new PhraseTrie<number>();
  patterns.forEach((p, i) => {
    generic.add(p, i);
    trie.add(p, i);
  });
  return { generic, trie };
}

describe('PhraseTrie', () => {
  const patterns = [
    'smell|smelt [of] gas',
    'water * house',
    'tree *5 lines',
    "can't go on",
    'on [fire]',
    'on fire',
    'road',
    'lane|road|street',
    'road * closed',
    'a&e',
    'not [really] [that] bad',
  ];
  const { generic, trie } = both(patterns);
  const texts = [
    'I can smell gas',
    'I smelt of gas on the road',
    'water coming in the house',
    'water everywhere. The house is fine',
    'tree leaning on the power lines',
    "I can't go on, I can’t go on, I cant go on",
    'on fire on the road, road is closed, lane closed',
    'waited 9 hours in A&E',
    'not really that bad, not bad, not that bad',
  ];

  it.each(texts)('finds what the generic matcher finds, in the same spans: %s', (text) => {
    expect(hits(trie, text).sort()).toEqual(hits(generic, text).sort());
  });

  it('bridges gaps but never across the end of a sentence', () => {
    expect(hits(trie, 'water coming in the house')).toEqual(['1:0-5']);
    expect(hits(trie, 'water everywhere. The house is fine')).toEqual([]);
  });

  it('prefers an optional word when it is there, as the generic matcher does', () => {
    expect(hits(trie, 'the house is on fire')).toContain('4:3-5');
  });

  it('reports each pattern once per start token, in the order the patterns were added', () => {
    expect(hits(trie, 'road closed')).toEqual(['6:0-1', '7:0-1', '8:0-2']);
  });

  it('merges the subtrees alternatives share', () => {
    const t = new PhraseTrie<number>().add('man|woman|child|person|neighbour is trapped|stuck|hurt', 0);
    const { built, merged } = t.sizes();
    expect(merged).toBeLessThan(built / 2);
  });

  it('matches exactly like the generic matcher over the tagger data and every labelled post', () => {
    const all = both([...loadIntentData().groups.flatMap((g) => g.patterns), ...collect()]);
    let compared = 0;
    for (const file of [
      '../../data/enrichment/posts.labelled.ndjson',
      '../../data/urgency/challenge.labelled.ndjson',
      '../../data/urgency/dev.labelled.ndjson',
    ]) {
      for (const line of readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const text = String((JSON.parse(line) as { text: unknown }).text);
        expect(hits(all.trie, text).sort(), text).toEqual(hits(all.generic, text).sort());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

function collect(): string[] {
  const out: string[] = [];
  urgencyEntries(loadUrgencyData(), (p) => out.push(p));
  return out;
}
