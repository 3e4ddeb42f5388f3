import { describe, expect, it } from 'vitest';

import { compileMatcher, parseQuery } from '../../../processors/queries/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { post, type PostSpec } from './fixtures.js';

function matches(query: string, spec: PostSpec | string, language?: string): boolean {
  const p = post(spec);
  return compileMatcher(parseQuery(query))(p, tokenize(p.text), language);
}

describe('compileMatcher: words and phrases', () => {
  it('matches whole words only, case-insensitively', () => {
    expect(matches('bin', 'My BIN was missed')).toBe(true);
    expect(matches('bin', 'The cabinet met')).toBe(false);
    expect(matches('bin', 'bins everywhere')).toBe(false);
    expect(matches('bin', "the bin's lid")).toBe(true);
    expect(matches('fly', 'fly-tipping')).toBe(true);
  });

  it('matches phrases across spaces, line breaks and hyphens but not across punctuation', () => {
    expect(matches('"refuse collection"', 'Refuse   collection late')).toBe(true);
    expect(matches('"refuse collection"', 'refuse\ncollection')).toBe(true);
    expect(matches('"refuse collection"', 'refuse-collection crews')).toBe(true);
    expect(matches('"refuse collection"', 'I refuse. Collection is fine')).toBe(false);
    expect(matches('"refuse collection"', 'collection refuse')).toBe(false);
  });

  it('expands wildcards within a word', () => {
    expect(matches('pothole*', 'Potholes everywhere')).toBe(true);
    expect(matches('pothole*', 'one pothole')).toBe(true);
    expect(matches('pothole*', 'potholder')).toBe(false);
    expect(matches('*tipping', 'flytipping again')).toBe(true);
    expect(matches('"missed bin*"', 'missed bins again')).toBe(true);
  });

  it('finds a wildcard prefix however the regex i flag lets it be written (its substring prefilter)', () => {
    expect(matches('streetlight*', 'STREETLIGHTS out')).toBe(true);
    expect(matches('street*', '\u017Ftreets flooded')).toBe(true);
    expect(matches('kerb*', '\u212Aerbs broken')).toBe(true);
    expect(matches('"street light*" OR streetlight*', 'street lamp')).toBe(false);
  });

  it('handles punctuation inside words and non-Latin letters', () => {
    expect(matches('a&e', '6 hours in A&E')).toBe(true);
    expect(matches('a&e', 'a & e')).toBe(false);
    expect(matches('gŵyl', 'GŴYL fawr')).toBe(true);
    expect(matches('café', 'CAFÉ inspection')).toBe(true);
    expect(matches('café', 'cafe review')).toBe(false);
    expect(matches('£5', 'Paid £5 for parking')).toBe(true);
    expect(matches('£5', 'Fine of £50')).toBe(false);
  });
});

describe('compileMatcher: boolean logic', () => {
  const q = '(bin OR bins OR "refuse collection") AND NOT laden';
  it('applies AND, OR and NOT', () => {
    expect(matches(q, 'bins not collected')).toBe(true);
    expect(matches(q, 'refuse collection late')).toBe(true);
    expect(matches(q, 'a film about bin laden')).toBe(false);
    expect(matches(q, 'the cabinet')).toBe(false);
    expect(matches('bins -laden', 'laden with bins')).toBe(false);
    expect(matches('bins recycling', 'bins and recycling')).toBe(true);
    expect(matches('bins recycling', 'bins only')).toBe(false);
  });
});

describe('compileMatcher: hashtags, mentions and fields', () => {
  it('matches a hashtag from the platform list or the text', () => {
    expect(matches('#binday', { text: 'tomorrow', hashtags: ['BinDay'] })).toBe(true);
    expect(matches('#binday', { text: 'tomorrow', hashtags: ['#binday'] })).toBe(true);
    expect(matches('#binday', 'It is #BinDay')).toBe(true);
    expect(matches('#binday', 'It is bin day')).toBe(false);
    expect(matches('#pothole*', { text: 'x', hashtags: ['PotholeWatch'] })).toBe(true);
  });

  it('matches a mention, including its fediverse form', () => {
    expect(matches('@leedscc', { text: 'thanks', mentions: ['LeedsCC'] })).toBe(true);
    expect(matches('@leedscc', { text: 'thanks', mentions: ['leedscc@social.example'] })).toBe(true);
    expect(matches('@leedscc', 'thanks @LeedsCC!')).toBe(true);
    expect(matches('@leedscc', 'mail someone@leedscc.gov.uk')).toBe(false);
  });

  it('filters on author, platform and language', () => {
    expect(matches('author:highwaysteam', { text: 'x', handle: 'HighwaysTeam' })).toBe(true);
    expect(matches('author:@highways*', { text: 'x', handle: '@HighwaysTeam' })).toBe(true);
    expect(matches('author:highways', { text: 'x', handle: 'HighwaysTeam' })).toBe(false);
    expect(matches('platform:facebook bins', { text: 'bins', platform: 'facebook' })).toBe(true);
    expect(matches('platform:facebook bins', { text: 'bins', platform: 'x' })).toBe(false);
    expect(matches('lang:cy biniau', 'biniau', 'cy')).toBe(true);
    expect(matches('lang:cy biniau', 'biniau', 'en')).toBe(false);
  });
});
