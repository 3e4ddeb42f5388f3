import { describe, expect, it } from 'vitest';

import { createSentimentScorer } from '../../../processors/taggers/sentiment/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

// The rules alone give VADER's compound score, which moves monotonically with each rule; the shipped
// model is checked on labels in model.test.ts.
const rules = createSentimentScorer({ method: 'rules' });
const compound = (text: string): number => rules(tokenize(text)).score;
const label = (text: string): string => rules(tokenize(text)).label;

describe('negation', () => {
  it('flips and damps the word after not / contractions / never', () => {
    expect(compound('The service was great')).toBeGreaterThan(0);
    expect(compound('The service was not great')).toBeLessThan(0);
    expect(compound("The service isn't good")).toBeLessThan(0);
    expect(compound('The staff were never helpful')).toBeLessThan(0);
  });

  it('damps as well as flips: "not good" is milder than "good"', () => {
    expect(Math.abs(compound('not good'))).toBeLessThan(Math.abs(compound('good')));
  });

  it('reaches up to three words back', () => {
    expect(compound('not really that good')).toBeLessThan(0);
  });

  it('stops at the end of a clause', () => {
    expect(compound('Not yet. Great job though')).toBeGreaterThan(0);
  });

  it('treats "no" before a sentiment word as negation, not as a negative word', () => {
    expect(compound('no problem at all')).toBeGreaterThan(0);
  });

  it('reads curly apostrophes as straight ones, in words inside and outside the word table', () => {
    for (const text of ["The service isn't good", "I can't say it's great", "they wouldn't've bothered", "nae'n't good"]) {
      expect(rules(tokenize(text.replaceAll("'", '\u2019')))).toEqual(rules(tokenize(text)));
    }
  });
});

describe('intensifiers and dampeners', () => {
  it('boosts with very / really / bloody and damps with slightly', () => {
    const base = compound('the repair was good');
    expect(compound('the repair was very good')).toBeGreaterThan(base);
    expect(compound('the repair was bloody good')).toBeGreaterThan(base);
    expect(compound('the repair was slightly good')).toBeLessThan(base);
  });

  it('boosts negative words in the negative direction', () => {
    expect(compound('the road is really dangerous')).toBeLessThan(compound('the road is dangerous'));
  });
});

describe('contrast', () => {
  it('shifts the weight to the clause after "but"', () => {
    expect(compound('The staff were friendly but the wait was terrible')).toBeLessThan(0);
    expect(compound('The wait was terrible but the staff were friendly')).toBeGreaterThan(0);
  });

  it('handles "however" the same way', () => {
    expect(compound('Lovely park, however the toilets are filthy')).toBeLessThan(0);
  });
});

describe('emphasis', () => {
  it('amplifies an ALL CAPS sentiment word among lower-case words', () => {
    expect(compound('the bins were missed AGAIN and it is AWFUL')).toBeLessThan(compound('the bins were missed again and it is awful'));
  });

  it('does not treat an all-caps post as emphasis of one word', () => {
    expect(compound('THIS IS AWFUL')).toBeCloseTo(compound('this is awful'), 5);
  });

  it('amplifies with exclamation marks, up to a limit', () => {
    const one = compound('Great job');
    const three = compound('Great job!!!');
    expect(three).toBeGreaterThan(one);
    expect(compound('Great job!!!!!!!!!!')).toBeCloseTo(compound('Great job!!!!'), 5);
  });

  it('reads stretched words as their emphasised form', () => {
    expect(compound('sooo gooood')).toBeGreaterThan(0);
    expect(compound('baaaaad')).toBeLessThan(compound('bad'));
  });
});

describe('emoji, emoticons, slang and hashtags', () => {
  it('scores emoji from the VADER emoji lexicon and the UK additions', () => {
    expect(compound('new bins delivered 😊')).toBeGreaterThan(0);
    expect(compound('bins not emptied 😡')).toBeLessThan(compound('bins not emptied'));
    expect(compound('fixed already 👍')).toBeGreaterThan(0);
  });

  it('ignores skin tones and presentation selectors', () => {
    expect(compound('thanks 👍🏽')).toBeCloseTo(compound('thanks 👍'), 5);
    expect(compound('love it ❤️')).toBeCloseTo(compound('love it ❤'), 5);
  });

  it('scores emoticons', () => {
    expect(compound('park looks nice today :)')).toBeGreaterThan(compound('park looks nice today'));
    expect(compound('library shut again :(')).toBeLessThan(0);
  });

  it('knows British slang', () => {
    expect(compound('gutted the pool is shut')).toBeLessThan(0);
    expect(compound('chuffed with the new path')).toBeGreaterThan(0);
    expect(compound('lol')).toBeGreaterThan(0);
  });

  it('reads the body of hashtags, including joined-up phrases', () => {
    expect(compound('bin day #fail')).toBeLessThan(0);
    expect(compound('#shambles')).toBeLessThan(0);
    expect(compound('parking app #NotFitForPurpose')).toBeLessThan(0);
  });
});

describe('British public-service phrasing', () => {
  it.each([
    'Still waiting for a reply about my repair',
    "Third time I've reported this pothole",
    'Absolute joke',
    'The council is a joke',
    'Sort it out',
    'What a shambles',
    'This app is not fit for purpose',
    'Bins not collected',
    'Missed again',
    'Thanks for nothing',
    'No response to any of my emails',
    'Streetlight out for weeks',
  ])('"%s" is negative', (text) => {
    expect(label(text)).toBe('negative');
  });

  it.each([
    'Well done to the crews',
    'Cheers for the quick fix',
    'Brilliant service from the library',
    'Fair play to the bin men',
    'Hats off to the gritting team',
    'Spot on, thank you',
  ])('"%s" is positive', (text) => {
    expect(label(text)).toBe('positive');
  });

  it.each([
    'Waste collection is on Tuesday this week',
    'Social care consultation opens today',
    'How do I appeal a parking fine?',
    'Emergency services are at the scene',
    'Rubbish collection times have changed',
  ])('service nouns are not sentiment: "%s" is neutral', (text) => {
    expect(label(text)).toBe('neutral');
  });
});
