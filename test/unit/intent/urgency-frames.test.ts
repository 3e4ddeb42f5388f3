/**
 * How the compositional frames combine term hits, on a small lexicon written for the test: proximity,
 * sentence scope, masks, negation, past and resolved wording, and timeless disclosures.
 */
import { describe, expect, it } from 'vitest';

import { createUrgencyScorer, type UrgencyData } from '../../../processors/taggers/intent/index.js';
import { compileLexicon, type UrgencyLexicon } from '../../../processors/taggers/intent/urgency-lexicon.js';
import { tokenize } from '../../../processors/text/tokens.js';

const lexicon: UrgencyLexicon = {
  terms: {
    clause: [',', 'but'],
    negation: ['not', 'no', "isn't"],
    past: ['last year', 'years ago'],
    past_near: ['in march'],
    current: ['now', 'again'],
    resolved: ['all sorted now', 'found safe'],
    water: ['water', 'flood water'],
    moving: ['pouring', 'coming in'],
    home: ['kitchen', 'house'],
    wall: ['wall', 'scaffolding'],
    leaning: ['leaning', 'swaying'],
    people: ['people', 'children'],
    despair: ["can't go on"],
    missing: ['missing', 'gone missing'],
    child: ['son', 'daughter'],
    pet: ['cat', 'dog'],
  },
  masks: [{ terms: ['water'], patterns: ['water bill', 'flood of'] }],
  frames: [
    { id: 'flood-in-home', level: 'emergency', incident: true, all: ['water', 'moving', 'home'], window: 4 },
    { id: 'wall', level: 'high', incident: true, all: ['wall', 'leaning'], window: 2, sentence: true },
    { id: 'wall', level: 'emergency', incident: true, all: ['wall', 'leaning', 'people'], window: 3 },
    { id: 'self-harm', level: 'emergency', incident: false, timeless: true, all: ['despair'] },
    {
      id: 'missing',
      level: 'emergency',
      incident: true,
      timeless: true,
      all: ['missing', 'child'],
      none: ['pet', 'resolved'],
      window: 6,
      sentence: true,
    },
  ],
};
const data: UrgencyData = { rules: [], lexicon };
const scorer = createUrgencyScorer(data);
const score = (text: string) => scorer.score(tokenize(text).tokens);
const level = (text: string) => score(text)?.level;

describe('frames', () => {
  it('fire when every term hits near the anchor, in any order', () => {
    expect(level('water is pouring into the kitchen')).toBe('emergency');
    expect(level('the kitchen has water pouring in')).toBe('emergency');
    expect(score('water pouring into the house')).toEqual({ level: 'emergency', rules: ['flood-in-home'], incident: true });
  });

  it('do not fire when a term is missing or too far away', () => {
    expect(level('water is pouring down the drain')).toBeUndefined();
    expect(level('water was pouring down the road for ages and then later on we went back to the house')).toBeUndefined();
  });

  it('chain each term to any hit already taken', () => {
    // "people" is 3 tokens from "swaying" but 6 from the anchor "scaffolding".
    expect(level('the scaffolding is swaying over the people below')).toBe('emergency');
  });

  it('reach across the sentence for sentence frames, but not past its end', () => {
    expect(level('the wall by the old school on the corner is leaning')).toBe('high');
    expect(level('look at the wall over there. then the bike leaning on the fence')).toBeUndefined();
  });

  it('prefer the highest level and name every frame that fired', () => {
    const finding = score("the wall is leaning onto people and I can't go on");
    expect(finding?.level).toBe('emergency');
    expect(finding?.rules).toEqual(expect.arrayContaining(['wall', 'self-harm']));
    expect(finding?.incident).toBe(true);
  });
});

describe('guards', () => {
  it('masks drop the hits they overlap', () => {
    expect(level('the water bill is pouring into the house')).toBeUndefined();
    expect(level('a flood of water pouring into the house')).toBe('emergency');
  });

  it('a negation masks the terms just after it, within its clause', () => {
    expect(level('water pouring in, but not into the house')).toBeUndefined();
    expect(level('no, water is pouring into the house')).toBe('emergency');
  });

  it('a negation that opens a term belongs to that term', () => {
    const lex: UrgencyLexicon = {
      ...lexicon,
      terms: { ...lexicon.terms, breathing: ['not breathing'] },
      frames: [{ id: 'down', level: 'emergency', incident: true, all: ['breathing'] }],
    };
    const s = createUrgencyScorer({ rules: [], lexicon: lex });
    expect(s.score(tokenize('he is not breathing').tokens)?.level).toBe('emergency');
  });

  it('past events are stale unless the sentence says now, close to them', () => {
    expect(level('water pouring into the house last year')).toBeUndefined();
    expect(level('water pouring into the house in march')).toBeUndefined();
    expect(level('water pouring into the house again now, like last year')).toBe('emergency');
    expect(level('last year was bad. water pouring into the house')).toBe('emergency');
  });

  it('resolved wording makes earlier incident hits stale, not later ones', () => {
    expect(level('water pouring into the house, all sorted now')).toBeUndefined();
    expect(level('all sorted now. then water pouring into the house')).toBe('emergency');
  });

  it('timeless frames ignore past and resolved wording but keep their own guards', () => {
    expect(level("last year I felt I can't go on")).toBe('emergency');
    expect(level('my son has gone missing')).toBe('emergency');
    expect(level('my son went missing, found safe')).toBeUndefined();
    expect(level('the cat my son loves has gone missing')).toBeUndefined();
  });
});

describe('compileLexicon', () => {
  it('rejects frames and masks that name unknown terms', () => {
    expect(() => compileLexicon({ ...lexicon, frames: [{ id: 'x', level: 'high', incident: true, all: ['nope'] }] })).toThrow(
      /unknown term "nope"/,
    );
    expect(() => compileLexicon({ ...lexicon, masks: [{ terms: ['nope'], patterns: ['x'] }] })).toThrow(/unknown term/);
  });

  it('shares a word listed by several terms', () => {
    const lex = compileLexicon(lexicon);
    const house = lex.termPatterns.find(([p]) => p === 'house');
    expect(house?.[1]).toEqual([lex.names.indexOf('home')]);
  });
});
