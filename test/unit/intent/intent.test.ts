import { describe, expect, it } from 'vitest';

import type { Intent, SentimentLabel } from '../../../core/contracts/tags.js';
import { createIntentTagger, loadIntentData, loadUrgencyData } from '../../../processors/taggers/intent/index.js';
import { tagWith } from './helpers.js';

const tagger = createIntentTagger();

type Case = [text: string, sentiment: SentimentLabel, topics: string[], intent: Intent, needsResponse: boolean];

const CASES: Case[] = [
  [
    '@EastDevon bins not collected on Elm Road AGAIN. third week running. what exactly am I paying for?? 😡',
    'negative',
    ['waste_collection'],
    'complaint',
    true,
  ],
  ['Spent 58 minutes on hold to the council only to be cut off. Absolute joke.', 'negative', ['customer_service'], 'complaint', true],
  ['Green bin not emptied for the fourth time. Want a refund @WiltshireCouncil', 'negative', ['waste_collection'], 'complaint', true],
  ['Does anyone know if you get the single person discount automatically?', 'neutral', ['council_tax'], 'question', true],
  ['How do I apply for a blue badge for my mum?', 'neutral', ['parking'], 'question', true],
  ['When is the next full council meeting and can members of the public speak?', 'neutral', ['democracy'], 'question', true],
  ['Is there an amber warning for wind tomorrow? Kids are on a school trip', 'neutral', ['severe_weather'], 'question', false],
  ['Pryd mae’r casgliad gwastraff gardd yn ailddechrau?', 'neutral', ['waste_collection'], 'question', true],
  [
    'Streetlight outside 14 Chapel Lane has been flickering on and off for a week. Column SL-0231.',
    'neutral',
    ['street_lighting'],
    'report',
    true,
  ],
  [
    'There is a pothole the size of a dinner plate outside no. 42 Station Road. Can someone take a look please',
    'neutral',
    ['potholes_roads'],
    'report',
    true,
  ],
  ['Graffiti all over the bus shelter on Kingsway. Could someone clean it off?', 'neutral', ['street_cleaning'], 'report', true],
  ['Thank you to the bin crew who came back for our bin, brilliant service 🙏', 'positive', ['waste_collection'], 'praise', false],
  ['Well done @NottsCC, the new electric buses are so quiet 👏', 'positive', ['public_transport'], 'praise', false],
  ['Da iawn Cyngor Gwynedd am raeanu’r ffyrdd mor gyflym bore ’ma', 'positive', ['gritting'], 'praise', false],
  [
    'Reminder: the tip on Harbour Road will be closed Tuesday for resurfacing. Other sites open as normal',
    'neutral',
    ['recycling_centres'],
    'information',
    false,
  ],
  ['Polling cards going out this week. Register to vote by 17 April', 'neutral', ['democracy'], 'information', false],
  ['Watching the rugby with a bacon butty. Perfect Saturday', 'neutral', [], 'other', false],
  ['🎉 WIN a £500 voucher! Follow & RT & click the link in bio!! 🎉', 'positive', [], 'other', false],
  ['absolutely gutted we lost 3-0 at home. manager out', 'negative', [], 'other', false],
  ['4 hours to do 30 miles thanks to the "smart" motorway roadworks. No workers in sight.', 'negative', ['motorways'], 'complaint', true],
];

describe('intent and needs_response', () => {
  it.each(CASES)('%s', (text, sentiment, topics, intent, needsResponse) => {
    const tags = tagWith(tagger, text, { sentiment, topics });
    expect(tags.intent).toBe(intent);
    expect(tags.needs_response).toBe(needsResponse);
  });

  it('reads sentiment: the same words are praise when positive and not when negative', () => {
    const text = 'Thanks to the council for the new road layout';
    expect(tagWith(tagger, text, { sentiment: 'positive', topics: ['potholes_roads'] }).intent).toBe('praise');
    expect(tagWith(tagger, text, { sentiment: 'negative', topics: ['potholes_roads'] }).intent).not.toBe('praise');
  });

  it('reads topics: a question with no civic topic is chatter', () => {
    const text = 'Has anyone got a recommendation for a good plumber? Boiler is making a weird noise';
    expect(tagWith(tagger, text, { topics: [] }).intent).toBe('other');
    expect(tagWith(tagger, text, { topics: ['housing'] }).intent).toBe('question');
  });

  it('does not answer complaints only about bodies a council does not run', () => {
    const text = 'Waited 6 hours for an ambulance for my mum again. Absolutely disgraceful.';
    const tags = tagWith(tagger, text, { sentiment: 'negative', topics: ['health_services'] });
    expect(tags.intent).toBe('complaint');
    expect(tags.needs_response).toBe(false);
  });

  it('accepts replacement data', () => {
    const intentData = { ...loadIntentData(), groups: [{ intent: 'praise' as const, weight: 9, patterns: ['potato'] }] };
    const custom = createIntentTagger({ intentData, urgencyData: loadUrgencyData() });
    expect(tagWith(custom, 'potato', { topics: ['parks'] }).intent).toBe('praise');
  });
});
