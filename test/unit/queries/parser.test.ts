import { describe, expect, it } from 'vitest';

import { QUERY_LIMITS, QuerySyntaxError, parseQuery, type QueryNode } from '../../../processors/queries/index.js';

const word = (w: string, pos: number): QueryNode => ({ kind: 'text', words: [w], pos });

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (err) {
    expect(err).toBeInstanceOf(QuerySyntaxError);
    expect((err as QuerySyntaxError).code).toBe('QUERY_SYNTAX');
    return err as QuerySyntaxError;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(query)}`);
}

describe('parseQuery: structure', () => {
  it('parses the example from the brief', () => {
    expect(parseQuery('(bin OR bins OR "refuse collection") AND NOT laden')).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [word('bin', 1), word('bins', 8), { kind: 'text', words: ['refuse', 'collection'], pos: 16 }],
        },
        { kind: 'not', child: word('laden', 45) },
      ],
    });
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(parseQuery('a b OR c NOT d')).toEqual({
      kind: 'or',
      children: [
        { kind: 'and', children: [word('a', 0), word('b', 2)] },
        { kind: 'and', children: [word('c', 7), { kind: 'not', child: word('d', 13) }] },
      ],
    });
  });

  it('reads -term and -(group) as NOT, but keeps hyphens inside words', () => {
    expect(parseQuery('bins -laden')).toEqual({ kind: 'and', children: [word('bins', 0), { kind: 'not', child: word('laden', 6) }] });
    expect(parseQuery('fly-tipping')).toEqual(word('fly-tipping', 0));
    expect(parseQuery('bins -(laden OR osama)')).toMatchObject({ kind: 'and', children: [{}, { kind: 'not', child: { kind: 'or' } }] });
  });

  it('lower-cases words, keeps wildcards, and treats lower-case operators as words', () => {
    expect(parseQuery('POTHOLE*')).toEqual(word('pothole*', 0));
    expect(parseQuery('bins or recycling')).toEqual({
      kind: 'and',
      children: [word('bins', 0), word('or', 5), word('recycling', 8)],
    });
  });

  it('parses hashtags, mentions and field filters', () => {
    expect(parseQuery('#BinDay')).toEqual({ kind: 'hashtag', value: 'binday', pos: 0 });
    expect(parseQuery('@LeedsCC')).toEqual({ kind: 'mention', value: 'leedscc', pos: 0 });
    expect(parseQuery('author:@Resident')).toEqual({ kind: 'field', field: 'author', value: 'resident', pos: 0 });
    expect(parseQuery('platform:X')).toEqual({ kind: 'field', field: 'platform', value: 'x', pos: 0 });
    expect(parseQuery('language:cy bins')).toMatchObject({ children: [{ kind: 'field', field: 'lang', value: 'cy' }, {}] });
  });

  it('flattens nested groups of the same operator', () => {
    expect(parseQuery('a AND (b AND c)')).toEqual({ kind: 'and', children: [word('a', 0), word('b', 7), word('c', 13)] });
  });
});

describe('parseQuery: errors carry a position and a clear reason', () => {
  const cases: [string, number, RegExp][] = [
    ['', 0, /empty query/],
    ['   ', 0, /empty query/],
    ['(bins OR bin', 0, /never closed/],
    ['bins)', 4, /no matching "\("/],
    ['bins OR', 5, /OR has nothing after it/],
    ['AND bins', 0, /AND needs a term before it/],
    ['bins AND OR bin', 5, /AND has nothing after it/],
    ['bins NOT', 5, /NOT has nothing after it/],
    ['bins ()', 5, /empty parentheses/],
    ['bins "refuse', 5, /unterminated quote/],
    ['bins ""', 5, /empty phrase/],
    ['NOT laden', 0, /not negated/],
    ['-laden -osama', 0, /not negated/],
    ['auther:bob', 0, /unknown field "auther:"/],
    ['platform:twitter', 9, /unknown platform "twitter"/],
    ['lang:welsh', 5, /language code/],
    ['author:', 7, /needs a value/],
    ['b*', 0, /at least 2 letters/],
    ['bins - laden', 5, /no letters or digits/],
    ['#', 0, /not a valid hashtag/],
    ['bins a*b*c', 5, /more than one \* before its end/],
  ];
  it.each(cases)('%j -> position %i', (query, position, reason) => {
    const err = syntaxError(query);
    expect(err.position).toBe(position);
    expect(err.reason).toMatch(reason);
    expect(err.message).toContain(`at character ${position}`);
  });

  it('rejects queries that are too long, too deep or have too many terms', () => {
    expect(syntaxError('a'.repeat(QUERY_LIMITS.maxLength + 1)).reason).toMatch(/longer than/);
    const deep = `${'('.repeat(QUERY_LIMITS.maxDepth + 1)}bins${')'.repeat(QUERY_LIMITS.maxDepth + 1)}`;
    const err = syntaxError(deep);
    expect(err.reason).toMatch(/deeper than/);
    expect(err.position).toBe(QUERY_LIMITS.maxDepth);
    expect(syntaxError(Array.from({ length: QUERY_LIMITS.maxTerms + 1 }, (_, i) => `w${i}`).join(' OR ')).reason).toMatch(
      /more than \d+ terms/,
    );
    expect(() => parseQuery(`${'('.repeat(QUERY_LIMITS.maxDepth)}bins${')'.repeat(QUERY_LIMITS.maxDepth)}`)).not.toThrow();
  });
});
