import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it, onTestFinished } from 'vitest';

import { emptyTags, SENTIMENT_LABELS, TagsSchema } from '../../../core/contracts/tags.js';
import { compileValidator } from '../../../core/contracts/validate.js';
import type { Post } from '../../../core/contracts/post.js';
import {
  createSentimentScorer,
  createSentimentTagger,
  scoreSentiment,
  SentimentDataError,
} from '../../../processors/taggers/sentiment/index.js';
import { DATA_FILES, DEFAULT_DATA_DIR, LinearModelFileSchema, readDataFile } from '../../../processors/taggers/sentiment/data.js';
import { DENSE_FEATURES } from '../../../processors/taggers/sentiment/features.js';
import { loadLexicon } from '../../../processors/taggers/sentiment/lexicon.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { extract } from '../../../scripts/sentiment/dataset.js';

const model = createSentimentScorer();
const labelOf = (text: string): string => model(tokenize(text)).label;

function post(text: string): Post {
  return {
    id: 'x:1',
    platform: 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: 'a1', handle: 'resident', name: 'A Resident' },
    text,
    created_at: '2025-01-01T09:00:00Z',
    mentions: [],
    hashtags: [],
    links: [],
  };
}

describe('shipped model', () => {
  it.each([
    ['Bins not collected AGAIN on Elm Road #fail', 'negative'],
    ['Still waiting for a reply 😡', 'negative'],
    ["Third time I've reported this pothole", 'negative'],
    ['This council is not fit for purpose', 'negative'],
    ['Absolute joke. Sort it out', 'negative'],
    ['The service was not great', 'negative'],
    ['Thanks for sorting the streetlight so quickly 👍', 'positive'],
    ['Well done to the crews working through the night', 'positive'],
    ['Brilliant service from the library team', 'positive'],
    ['The new park is lovely :)', 'positive'],
    ['Waste collection is on Tuesday this week', 'neutral'],
    ['When is the next green bin collection?', 'neutral'],
    ['Planning committee meeting tonight at 7pm in the civic centre', 'neutral'],
  ])('%s -> %s', (text, expected) => {
    expect(labelOf(text)).toBe(expected);
  });

  it('follows the clause after "but"', () => {
    const praiseLast = model(tokenize('The wait was terrible but the staff were friendly')).score;
    const complaintLast = model(tokenize('The staff were friendly but the wait was terrible')).score;
    expect(praiseLast).toBeGreaterThan(complaintLast);
  });

  it('keeps the score in -1..1 and its sign with the polar labels', () => {
    for (const text of ['AWFUL AWFUL AWFUL!!!!! 😡😡😡 #fail', 'best best best!!! 😍😍😍', '']) {
      const s = model(tokenize(text));
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
      if (s.label === 'positive') expect(s.score).toBeGreaterThan(0);
      if (s.label === 'negative') expect(s.score).toBeLessThan(0);
    }
  });

  it('scores empty and symbol-only text as neutral', () => {
    expect(labelOf('')).toBe('neutral');
    expect(labelOf('@user https://example.org 12')).toBe('neutral');
  });
});

describe('scoreSentiment', () => {
  it('is deterministic and agrees with a freshly built scorer', () => {
    const view = tokenize('Fly-tipping on Canal Street again, disgraceful');
    const first = scoreSentiment(view);
    expect(scoreSentiment(view)).toEqual(first);
    expect(model(view)).toEqual(first);
    expect(SENTIMENT_LABELS).toContain(first.label);
  });
});

describe('createSentimentTagger', () => {
  it('is named sentiment and writes only tags.sentiment, in the contract shape', () => {
    const tagger = createSentimentTagger();
    expect(tagger.name).toBe('sentiment');
    const p = post('Huge thanks to the highways team, pothole fixed in a day');
    const tags = emptyTags();
    const before = structuredClone(tags);
    tagger.tag({ post: p, text: tokenize(p.text) }, tags);
    expect(tags.sentiment.label).toBe('positive');
    expect({ ...tags, sentiment: before.sentiment }).toEqual(before);
    expect(compileValidator(TagsSchema)(tags).ok).toBe(true);
  });

  it('can run the rules alone', () => {
    const tagger = createSentimentTagger({ method: 'rules' });
    const tags = emptyTags();
    const p = post('not good enough');
    tagger.tag({ post: p, text: tokenize(p.text) }, tags);
    expect(tags.sentiment.label).toBe('negative');
  });

  it('fails at construction with a typed error when its data is missing', () => {
    let caught: unknown;
    try {
      createSentimentTagger({ dataDir: '/nonexistent/sentiment-data' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SentimentDataError);
    expect((caught as SentimentDataError).code).toBe('SENTIMENT_DATA_MISSING');
  });

  it('rejects a data file of the wrong shape with SENTIMENT_DATA_INVALID', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentiment-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'vader-lexicon.json'), JSON.stringify({ about: 'x', words: { good: 'very' }, emoji: {} }));
    expect(() => createSentimentScorer({ method: 'plain', dataDir: dir })).toThrowError(
      expect.objectContaining({ code: 'SENTIMENT_DATA_INVALID' }),
    );
  });
});

describe('run-time scorer and training features', () => {
  // The scorer reads weights by word id through typed arrays; training names the same features as
  // text (scripts/sentiment/dataset.ts). Both must give the same logits for any post.
  const file = readDataFile(DEFAULT_DATA_DIR, DATA_FILES.model, LinearModelFileSchema);
  const lexicon = loadLexicon();
  const rowOf = (key: string): readonly number[] | undefined => {
    const body = key.slice(2);
    if (key.startsWith('u:')) return file.unigrams[body];
    if (key.startsWith('n:')) return file.negated[body];
    return file.bigrams[body];
  };

  it.each([
    'Bins not collected AGAIN on Elm Road #fail 😡',
    'Huge thanks to the highways team, pothole fixed in a day 👍🏽',
    'The staff were friendly but the wait wasn’t great… sooo slow!!!',
    'no problem at all, cheers :)',
    'Not fit for purpose. NOT GOOD ENOUGH, kind of shocking tbh',
    'I can’t believe how good the new library is',
  ])('%s', (text) => {
    const x = extract(text, lexicon);
    const z = [0, 1, 2].map((c) => (file.bias[c] ?? 0) + (file.offsets[c] ?? 0));
    DENSE_FEATURES.forEach((name, f) => {
      for (let c = 0; c < 3; c++) z[c] = (z[c] ?? 0) + (x.dense[f] ?? 0) * (file.dense[name]?.[c] ?? 0);
    });
    x.keys.forEach((key, k) => {
      const row = rowOf(key);
      if (row !== undefined) for (let c = 0; c < 3; c++) z[c] = (z[c] ?? 0) + (x.values[k] ?? 0) * (row[c] ?? 0);
    });
    const [zn = 0, zu = 0, zp = 0] = z;
    const m = Math.max(zn, zu, zp);
    const [en, eu, ep] = [Math.exp(zn - m), Math.exp(zu - m), Math.exp(zp - m)];
    const expected = zn === m ? 'negative' : zp === m ? 'positive' : 'neutral';
    const got = model(tokenize(text));
    expect(got.label).toBe(expected);
    expect(got.score).toBeCloseTo((ep - en) / (en + eu + ep), 3);
  });
});
