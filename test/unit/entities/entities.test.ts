import { describe, expect, it } from 'vitest';

import { emptyTags } from '../../../core/contracts/tags.js';
import { createEntityTagger } from '../../../processors/taggers/entities/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { entitiesOf, post } from './helpers.js';

const entities = entitiesOf();

describe('organisations', () => {
  it.each([
    ['Reported it to Devon County Council three weeks ago', ['Devon County Council']],
    ['The Environment Agency have issued a flood warning', ['Environment Agency']],
    ['South Western Railway cancelled my train again', ['South Western Railway']],
    ['waiting 6 hours in A&E, the NHS is on its knees', ['NHS']],
    ['Thames Water dug up the road and left', ['Thames Water']],
    ['Thanks Devon and Cornwall Police for the quick response', ['Devon and Cornwall Police']],
    ['Shame on Devon and Somerset Fire and Rescue Service for closing the station', ['Devon and Somerset Fire and Rescue Service']],
    [
      'My mum was seen by Royal Devon University Healthcare NHS Foundation Trust',
      ['Royal Devon University Healthcare NHS Foundation Trust'],
    ],
    ["Somerset Council's website is down again", ['Somerset Council']],
    ['Great Service From Mid Devon District Council today', ['Mid Devon District Council']],
    ['Diolch Cyngor Sir Gâr am gasglu’r biniau', ['Cyngor Sir Gâr']],
    ['Yorkshire Water and Network Rail are both blaming each other', ['Yorkshire Water', 'Network Rail']],
    ['BINS NOT COLLECTED BY EXETER CITY COUNCIL AGAIN', ['EXETER CITY COUNCIL']],
  ])('%s', (text, expected) => {
    expect(entities(text).organisations).toEqual(expected);
  });

  it.each([
    'Council tax has gone up again',
    'Mind the gap between the bus and the kerb',
    'the council never replies',
    'Keep your windows shut if you are in Westfield',
    'Can anyone recommend a good Post Office nearby',
  ])('no organisation in "%s"', (text) => {
    expect(entities(text).organisations.filter((o) => o !== 'Post Office')).toEqual([]);
  });

  it('matches a case-sensitive charity only when written with its capital, mid-sentence', () => {
    expect(entities('I rang Mind and they were brilliant').organisations).toEqual(['Mind']);
    expect(entities('never mind the bins').organisations).toEqual([]);
  });

  it('keeps places out of organisations and leaves places alone', () => {
    const tagger = createEntityTagger();
    const tags = emptyTags();
    tags.entities.places = [{ text: 'Exeter', code: 'E07000041' }];
    const text = 'Potholes all over Exeter, Devon County Council please sort it';
    tagger.tag({ post: post(text), text: tokenize(text) }, tags);
    expect(tags.entities.places).toEqual([{ text: 'Exeter', code: 'E07000041' }]);
    expect(tags.entities.organisations).toEqual(['Devon County Council']);
  });
});

describe('people', () => {
  it.each([
    ['Spoke to Cllr Jane Smith about the potholes', ['Cllr Jane Smith']],
    ['Mr Patel next door says the leak is back', ['Mr Patel']],
    ['Mr. Patel next door says the leak is back', ['Mr. Patel']],
    ['Ask Sue Jones, she runs the residents group', ['Sue Jones']],
    ['Thanks to Sarah at the library for helping my mum', ['Sarah']],
    ['bins late \n thanks to Sarah at the library', ['Sarah']],
    ['Councillor Bob Jones never answers emails', ['Councillor Bob Jones']],
    ['Mark Smith from the highways team came out', ['Mark Smith']],
  ])('%s', (text, expected) => {
    expect(entities(text).people).toEqual(expected);
  });

  it.each([
    'Victoria Road is closed again',
    'Mark my words, this will flood',
    'Will anyone fix this?',
    'Flooding in Devon again',
    'Grace period for council tax is over',
    'George Street car park is full',
    'Sarah',
    'bins late\nSarah at the library helped',
  ])('no person in "%s"', (text) => {
    expect(entities(text).people).toEqual([]);
  });

  it('does not name the organisation words after a title', () => {
    expect(entities('Cllr Smith from Exeter City Council replied').people).toEqual(['Cllr Smith']);
    expect(entities('Cllr Smith from Exeter City Council replied').organisations).toEqual(['Exeter City Council']);
  });
});

describe('from post to post', () => {
  it('finds the names of a post at the tokens where the post before had its own', () => {
    const fresh = entitiesOf();
    const text = 'Thanks to Cllr Jane Smith at Devon County Council';
    for (const next of [text, 'all fine here', text, text]) {
      const found = fresh(next);
      expect([found.people, found.organisations]).toEqual(next === text ? [['Cllr Jane Smith'], ['Devon County Council']] : [[], []]);
    }
  });
});

describe('handles, hashtags, links, emails', () => {
  it('keeps handles and hashtags as written, deduplicated without regard to case', () => {
    const e = entities('@ExeterCouncil @exetercouncil #Bins #bins #potholes and @user@mastodon.social');
    expect(e.handles).toEqual(['@ExeterCouncil', '@user@mastodon.social']);
    expect(e.hashtags).toEqual(['#Bins', '#potholes']);
  });

  it('collects links and lower-cased emails', () => {
    const e = entities('see https://example.org/report?id=4 or email Jo.Bloggs@Example.com');
    expect(e.links).toEqual(['https://example.org/report?id=4']);
    expect(e.emails).toEqual(['jo.bloggs@example.com']);
    expect(e.personal_data).toBe(true);
  });
});

describe('postcodes', () => {
  it.each([
    ['Flooding at EX8 1AB again', ['EX8 1AB']],
    ['my postcode is ex81ab', ['EX8 1AB']],
    ['SW1A 2AA and sw1a2aa are the same', ['SW1A 2AA']],
    ['Bins missed across EX8 this week', ['EX8']],
    ['anyone else in PL4 without water?', ['PL4']],
    ['postcode M5 4WT', ['M5 4WT']],
    ['It is in the M5 postcode area', ['M5']],
  ])('%s', (text, expected) => {
    expect(entities(text).postcodes).toEqual(expected);
  });

  it.each([
    'CO2 levels are rising',
    'See you at 6pm on the M5',
    'ex8 is lower case so unclear',
    'The A38 2am closure',
    'Galaxy S4 for sale',
  ])('no postcode in "%s"', (text) => {
    expect(entities(text).postcodes).toEqual([]);
  });

  it('flags only a full postcode as personal data', () => {
    expect(entities('Pothole outside 14 Elm Road EX8 1AB').personal_data).toBe(true);
    expect(entities('Potholes everywhere in EX8').personal_data).toBe(false);
  });
});

describe('roads', () => {
  it.each([
    ['Crash on the A38 near Chudleigh', ['A38']],
    ['M5 closed southbound J29 to J30', ['M5']],
    ['B3183 flooded under the bridge', ['B3183']],
    ['A30(T) roadworks again and the A1(M) too', ['A30(T)', 'A1(M)']],
    ['stuck on the a303 for hours', ['A303']],
  ])('%s', (text, expected) => {
    expect(entities(text).roads).toEqual(expected);
  });

  it.each([
    'Print it on A4 paper please',
    'Voucher for M&S',
    'an A3 poster in the library',
    'my a1 grade',
    'Galaxy S4',
    'B12 vitamin tablets',
    'bus 21 via B31',
  ])('no road in "%s"', (text) => {
    expect(entities(text).roads).toEqual([]);
  });
});

describe('phones', () => {
  it.each([
    ['Call me on 01392 123456', ['01392123456']],
    ['mobile 07700 900123 after 5', ['07700900123']],
    ['ring +44 7700 900123', ['07700900123']],
    ['ring +44 (0)1392 123456 or (01392) 654321', ['01392123456', '01392654321']],
    ['freephone 0800 123 4567', ['08001234567']],
    ['London office 020 7946 0018', ['02079460018']],
    ['Tel:01392 123456', ['01392123456']],
    ['call 0300-123-4567 2 times', ['03001234567']],
  ])('%s', (text, expected) => {
    expect(entities(text).phones).toEqual(expected);
  });

  it.each(['reference 88213', 'application 24/01234/FUL', 'ring 999 now', 'on 01/02/2024 at 10:30', 'paid £1,234,567'])(
    'no phone in "%s"',
    (text) => {
      expect(entities(text).phones).toEqual([]);
    },
  );

  it('flags personal data when a person and a number appear', () => {
    const e = entities('Cllr Jane Smith said call her on 07700 900123');
    expect(e.people).toEqual(['Cllr Jane Smith']);
    expect(e.personal_data).toBe(true);
  });
});

describe('deep pass', () => {
  it('asks compromise only when a capitalised run is left unexplained', () => {
    const seen: string[] = [];
    const deep = entitiesOf({
      deep: true,
      deepParser: (text) => {
        seen.push(text);
        return { people: ['Priya Ramaswamy'], organisations: [] };
      },
    });
    expect(deep('Thanks to Priya Ramaswamy for sorting our bins').people).toEqual(['Priya Ramaswamy']);
    expect(deep('the bins were not collected on Tuesday').people).toEqual([]);
    expect(deep('Devon County Council fixed it').people).toEqual([]);
    expect(seen).toEqual(['Thanks to Priya Ramaswamy for sorting our bins']);
  });

  it('uses compromise itself when no parser is given', () => {
    const deep = entitiesOf({ deep: true });
    const text = 'I phoned Ross Kemp about it';
    expect(entities(text).people).toEqual([]);
    expect(deep(text).people).toEqual(['Ross Kemp']);
  });
});
