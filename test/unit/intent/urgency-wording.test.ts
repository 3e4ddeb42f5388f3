/**
 * The vocabulary added from dev set 2 (test/data/urgency/README.md), in phrasings written for these
 * tests: each frame and guard that round added, and the possessive forms the lexicon now generates.
 * Five more phrasings written with these still fail; they are listed as known gaps in
 * test/data/urgency/README.md (fixing them would have meant a third look at the held-out set).
 */
import { describe, expect, it } from 'vitest';

import { createUrgencyScorer, loadUrgencyData } from '../../../processors/taggers/intent/index.js';
import { withPossessives } from '../../../processors/taggers/intent/urgency-lexicon.js';
import { tokenize } from '../../../processors/text/tokens.js';

const scorer = createUrgencyScorer(loadUrgencyData());
const level = (text: string) => scorer.score(tokenize(text).tokens)?.level;

const EMERGENCY: readonly string[] = [
  // possessive and "is"/"has" fused onto the word: "sewer's", "fire's", "driver's"
  "the sewer's come up through the bath and it's all over the floor",
  "heath fire's jumped the lane and it's heading for the cottages",
  // threats of violence to a person, with words in between
  "my ex says he's going to come over tonight and stab me",
  // unsafe to go home
  "my son can't go home because his stepdad is drunk and violent again",
  // neglect of a vulnerable adult
  // a tree on a vehicle with someone trapped
  'a tree has fallen onto a van on the bypass and the driver is trapped',
  // a toilet overflowing with sewage
  'the toilet keeps overflowing and backing up, it smells of raw sewage, all over the bathroom',
  // intruders
  'someone has broken into our house, we are hiding upstairs',
  // indirect self-harm
  "not sure I'll be around much longer, I've given away my things",
  'my brother wants to die and he has locked himself in his room',
  // a missing parent, in Welsh with mutations
  'mae fy nhad ar goll ers y bore, mae ganddo ddementia',
];

const HIGH_OR_EMERGENCY: readonly string[] = [
  'two big dogs on the green snapping at children on their way to school',
  'street light column has been knocked down and the wires are sticking out',
  'roof tiles flying off the chapel onto the pavement in this wind',
  'a sofa lying in the middle of the fast lane on the M4',
  'no heating since Friday and I am 84 with COPD',
  'the radiators are stone cold and my baby is six weeks old',
  'bridge on the bypass is solid ice, cars spun into the barrier already',
];

const CALM: readonly string[] = [
  "I can't breathe I'm laughing so much at this",
  'where can I get a sharps box for my insulin needles?',
  'watched a documentary about domestic abuse last night, powerful stuff',
  'the new hedge blocks all the light from my kitchen window',
  "I'm going to kill my brother for eating my chips",
  'there was a fight outside the club on Saturday night, we need more patrols',
  'trapped in an endless loop of the council phone menu',
];

describe('urgency wording from dev set 2', () => {
  it.each(EMERGENCY)('emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });

  it.each(HIGH_OR_EMERGENCY)('raised: %s', (text) => {
    expect(level(text)).toBeDefined();
  });

  it.each(CALM)('not raised: %s', (text) => {
    expect(level(text)).toBeUndefined();
  });
});

describe('withPossessives', () => {
  it("adds 's to each plain word of the last slot only", () => {
    expect(withPossessives('grass|heath fire|blaze')).toBe("grass|heath fire|blaze|fire's|blaze's");
    expect(withPossessives('sewer')).toBe("sewer|sewer's");
  });

  it('leaves gaps, optional slots, words that already have it and punctuation alone', () => {
    expect(withPossessives('water * [house]')).toBe('water * [house]');
    expect(withPossessives("he|he's")).toBe("he|he's");
    expect(withPossessives('!!')).toBe('!!');
  });
});
