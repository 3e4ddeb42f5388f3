import { describe, expect, it } from 'vitest';

import { emptyTags } from '../../../core/contracts/tags.js';
import { QuerySyntaxError, compileMatcher, createQueryTagger, parseQuery, type ListeningQuery } from '../../../processors/queries/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { CORPUS, post, type PostSpec } from './fixtures.js';
import { QUERY_TEXTS } from './queries.js';

/** The tenant of a post that names none. */
const DEFAULT_TENANT = 'leeds';

function tagged(queries: ListeningQuery[], spec: PostSpec | string, language = 'en'): string[] {
  const p = post(spec);
  const tags = { ...emptyTags(), language: language as 'en' };
  createQueryTagger(queries, { defaultTenant: DEFAULT_TENANT }).tag({ post: p, text: tokenize(p.text) }, tags);
  return tags.queries;
}

describe('createQueryTagger', () => {
  const queries: ListeningQuery[] = [
    { id: 'q-bins', tenant: 'leeds', query: '(bin OR bins) -laden' },
    { id: 'q-potholes', tenant: 'leeds', query: 'pothole* OR #potholes' },
    { id: 'q-welsh', tenant: 'gwynedd', query: 'lang:cy (biniau OR sbwriel)' },
    { id: 'q-facebook', tenant: 'gwynedd', query: 'platform:facebook' },
  ];

  it('is named queries and writes matched ids in query order', () => {
    expect(createQueryTagger(queries, { defaultTenant: DEFAULT_TENANT }).name).toBe('queries');
    expect(tagged(queries, 'Bins and potholes')).toEqual(['q-bins', 'q-potholes']);
    expect(tagged(queries, 'nothing here')).toEqual([]);
  });

  it("only matches the post tenant's queries, and a post without a tenant as the default tenant's", () => {
    expect(tagged(queries, { text: 'bins', platform: 'facebook', tenant: 'gwynedd' })).toEqual(['q-facebook']);
    expect(tagged(queries, { text: 'bins', platform: 'facebook', tenant: 'leeds' })).toEqual(['q-bins']);
    // No other tenant's query ids reach a post the default tenant will own.
    expect(tagged(queries, { text: 'bins', platform: 'facebook' })).toEqual(['q-bins']);
    // A tenant with no queries at all: nothing is walked or evaluated.
    expect(tagged(queries, { text: 'bins lang cy', platform: 'facebook', tenant: 'cardiff' }, 'cy')).toEqual([]);
  });

  it('gives every query sharing a form (written alike, spacing aside) its own id, in query order', () => {
    const copies: ListeningQuery[] = [
      { id: 'a-bins', tenant: 'a', query: 'bins OR pothole*' },
      { id: 'b-flood', tenant: 'b', query: 'flood' },
      { id: 'b-bins', tenant: 'b', query: '(bins  OR pothole*)' },
      { id: 'a-flood', tenant: 'a', query: 'flood' },
      { id: 'a-bins-again', tenant: 'a', query: 'bins OR pothole*' },
    ];
    expect(tagged(copies, { text: 'bins and flood', tenant: 'a' })).toEqual(['a-bins', 'a-flood', 'a-bins-again']);
    expect(tagged(copies, { text: 'bins and flood', tenant: 'b' })).toEqual(['b-flood', 'b-bins']);
    expect(tagged(copies, { text: 'potholes', tenant: 'b' })).toEqual(['b-bins']);
    expect(tagged(copies, { text: 'bins', tenant: 'a' })).toEqual(['a-bins', 'a-bins-again']);
  });

  it('reads the language from tags.language', () => {
    expect(tagged(queries, { text: 'biniau heb eu casglu', tenant: 'gwynedd' }, 'cy')).toEqual(['q-welsh']);
    expect(tagged(queries, { text: 'biniau heb eu casglu', tenant: 'gwynedd' }, 'en')).toEqual([]);
  });

  it('finds hashtags the platform listed but the text does not contain', () => {
    expect(tagged(queries, { text: 'look at this', hashtags: ['Potholes'] })).toEqual(['q-potholes']);
  });

  it('names the bad query when one does not parse', () => {
    const bad = [...queries, { id: 'q-bad', tenant: 'leeds', query: 'bins OR' }];
    expect(() => createQueryTagger(bad, { defaultTenant: DEFAULT_TENANT })).toThrow(QuerySyntaxError);
    expect(() => createQueryTagger(bad, { defaultTenant: DEFAULT_TENANT })).toThrow(/q-bad/);
  });

  it('agrees with compileMatcher on every corpus post for every query (trigger index misses nothing)', () => {
    expectAgreement(CORPUS);
  });

  it('agrees with compileMatcher where the tokens alone cannot tell the runs (token-runs.ts)', () => {
    // Touching tokens whose runs join, gaps that are not white space, case that depends on
    // context or folds, marks in emoji, words outside the word table (twice: the second is cached).
    const texts = [
      'Potholes on the A38, pothole-ridden B1234 and m62, bins2day, 2bins, bins3pm',
      'trees_down and bins_out',
      '5m² of damp behind the bins²',
      'the bins² today',
      'ΣΑΣ bins ΟΔΟΣ. street light',
      'ſtreet light out, streetlight\u212A',
      'bins❤️ and ❤️bins and 🚮bins🚮',
      'İstanbul bin day, BİN',
      'bins\u00a0day and refuse\u2003collection',
      'zzqbins zzqbins binsx #binsx @bins_team @Bins',
      'https://example.org/bins?x=pothole pothole.example',
      '\u0301bins combining mark first',
      '  leading and trailing spaces around bin  ',
      'carer’s and carers and #carers',
    ];
    expectAgreement([...texts, ...texts].map((text) => ({ text })));
  });
});

function expectAgreement(corpus: readonly PostSpec[]): void {
  const all = QUERY_TEXTS.map((query, i) => ({ id: `q${i}`, tenant: 't', query }));
  const tagger = createQueryTagger(all, { defaultTenant: 't' });
  const matchers = all.map((q) => compileMatcher(parseQuery(q.query)));
  for (const spec of corpus) {
    const p = post(spec);
    const text = tokenize(p.text);
    const language = spec.language ?? 'en';
    const tags = { ...emptyTags(), language: language as 'en' };
    tagger.tag({ post: p, text }, tags);
    const expected = all.filter((_, i) => matchers[i]!(p, text, language)).map((q) => q.id);
    expect(tags.queries, spec.text).toEqual(expected);
  }
}
