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
