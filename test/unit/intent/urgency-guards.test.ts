/**
 * The guards added from the false alarms of urgency sets 1-4 (once each had been scored blind and
 * became development data), in phrasings written for these tests: alarms as devices, news and
 * documentaries, Welsh fire services and fireworks, figures of speech. Each guard's real counterpart
 * must still raise, so a guard that grew too wide fails here.
 */
import { describe, expect, it } from 'vitest';

import { createUrgencyScorer, loadUrgencyData } from '../../../processors/taggers/intent/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

const scorer = createUrgencyScorer(loadUrgencyData());
const level = (text: string) => scorer.score(tokenize(text).tokens)?.level;

const CALM: readonly string[] = [
  'how often should I test the CO alarm in the kitchen?',
  'we bought a carbon monoxide detector for my nan, which brand do people rate?',
  'carbon monoxide awareness week starts Monday, pick up a leaflet at the library',
  'CO alarms half price at the market this weekend',
  'the CO detector says end of life, do tenants replace it or the housing association?',
  'news says a gas explosion in Leeds injured two people',
  'reading about the flats fire in Spain, heartbreaking',
  'the inquiry into the warehouse fire reports in March',
  'great episode of the documentary on the 1953 flood',
  'mae criw tân Aberaeron yn dod i’r ysgol ddydd Gwener',
  'arddangosfa tân gwyllt yn y parc nos Sadwrn',
  'prawf larwm tân yn y llyfrgell am 10',
  'nearly died of embarrassment at the parents evening',
  'choking on the prices at the new car park',
  'tears flooding down my cheeks at the carol service',
  'the lido was flooded with families all afternoon',
  'the fireworks at the rugby club were a blast',
  'year 2 did a play about the Great Fire of London',
  'dog poo all over the pavement on Mill Road again',
  'stuck in the lift at the library for ten minutes, got out fine, staff were lovely',
];

const EMERGENCY: readonly string[] = [
  'CO alarm going off and my head is pounding',
  'our carbon monoxide alarm keeps going off and the kids feel sick',
  'the fire brigade are here, the flats are on fire',
  'mae tân yn y gegin, mae mwg ym mhobman',
  'I want to die, I can’t do this anymore',
  'my son is choking and turning blue',
  'water pouring through the ceiling into the kitchen',
  'gas explosion on our street, houses damaged, people hurt',
];

const HIGH_OR_EMERGENCY: readonly string[] = [
  'raw sewage all over the garden from the drain',
  'stuck in the lift at the civic centre with my toddler, please send someone',
];

describe('urgency guards from urgency sets 1-4', () => {
  it.each(CALM)('calm: %s', (text) => {
    expect(level(text)).toBeUndefined();
  });

  it.each(EMERGENCY)('emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });

  it.each(HIGH_OR_EMERGENCY)('raised: %s', (text) => {
    expect(['high', 'emergency']).toContain(level(text));
  });
});

/**
 * The guards added from the false alarms of held-out set 5 once it had been scored (anniversaries and
 * local history, figures of speech, other senses of hazard words), each beside its real counterpart.
 */
const CALM_SET5: readonly string[] = [
  'twelve years ago today the big fire at the carpet warehouse, the whole town saw the smoke',
  'Five years since the chip shop fire on Bridge Street and it is still boarded up',
  'good article about the 1947 floods, the water came into houses all along the High Street',
  'the river only came into the cottage once, in ’68, the new defences are brilliant',
  'our group chat is a dumpster fire tonight 🔥',
  'cooking smoke from the restaurant vent comes into our lounge every evening, can environmental health help?',
  'smell of smoke from next door’s bonfire in our kitchen every Sunday, are there rules about this?',
  'the bridleway is completely blocked by brambles and hawthorn, who cuts it back?',
  'lamp post no 14 on Elm Close is out, pitch black walking home now',
  'the DEEP WATER warning sign by the boating lake is faded and hanging off, can it be replaced?',
  'there is a crack in the big oak by the school gate, it’s not moving but could someone look at it',
  'shouting that’s not how you do CPR at the hospital drama again',
  'the dangerous dogs leaflet from the council was really clear',
  'fire alarm went off at the office at 2pm, not a real fire, just burnt toast',
];

const RAISED_SET5: readonly string[] = [
  'fifteen years ago the Severn came over the wall and now the river is coming into the house again',
  'the chip shop on Bridge Street is on fire right now, flames through the roof',
  'flood water is coming into our living room now',
  'smoke is pouring out of the restaurant next door and into our flat',
  'huge tree down across the road blocking both lanes on the A49',
  'sparking wires hanging off the lamp post outside the school now',
  'a man has collapsed on the pavement and is not moving',
  'my dad is not breathing, we are doing CPR, please send an ambulance',
  'a dangerous dog is loose on the playing field and has bitten a child',
  'fire alarm going off and the stairwell is full of smoke',
];

describe('urgency guards from held-out set 5', () => {
  it.each(CALM_SET5)('calm: %s', (text) => {
    expect(level(text)).toBeUndefined();
  });

  it.each(RAISED_SET5)('raised: %s', (text) => {
    expect(['high', 'emergency']).toContain(level(text));
  });
});
