import { describe, expect, it } from 'vitest';

import { loadGazetteer } from '../../../processors/jurisdiction/index.js';
import { createNameFinder, mentionsIn } from '../../../processors/jurisdiction/matcher.js';
import { findPostcodes, type PostcodeMention } from '../../../processors/jurisdiction/postcodes.js';
import { tokenize } from '../../../processors/text/tokens.js';

const gaz = loadGazetteer();
const people = { first: new Set(['frank', 'lewis', 'paul']), last: new Set(['smith', 'clinton']) };
const find = createNameFinder(gaz, people);

function names(text: string): string[] {
  return mentionsIn(find, tokenize(text)).map((m) => m.text);
}

function codesOf(text: string): string[] {
  return mentionsIn(find, tokenize(text)).flatMap((m) => m.name.targets.map((t) => t.code));
}

function postcodes(text: string): string[] {
  const out: PostcodeMention[] = [];
  findPostcodes(text, gaz, out);
  return out.map((p) => p.outcode);
}

describe('place names in posts', () => {
  it('finds towns in any case, and the longest name', () => {
    expect(names('Bins not collected in Exmouth again')).toEqual(['Exmouth']);
    expect(names('bins not collected in exmouth again')).toEqual(['exmouth']);
    expect(names('Potholes all over Newcastle upon Tyne')).toEqual(['Newcastle upon Tyne']);
    expect(names('missed bins in Newport on the Isle of Wight')).toEqual(['Newport', 'Isle of Wight']);
  });

  it('matches spelling variants: hyphens, St., apostrophes', () => {
    expect(names('Stoke on Trent bins')).toEqual(['Stoke on Trent']);
    expect(names('Stoke-on-Trent bins')).toEqual(['Stoke-on-Trent']);
    expect(codesOf('Roads in St. Albans are awful')).toContain('E07000240');
    expect(codesOf('Kings Lynn market car park')).toContain('E07000146');
  });

  it('needs capitals and a cue for names that are everyday words', () => {
    expect(names('I love reading books in the bath')).toEqual([]);
    expect(names('Street lights out again')).toEqual([]);
    expect(names('Potholes everywhere in Bath')).toEqual(['Bath']);
    expect(names('Reading blue bins not emptied')).toEqual(['Reading']);
    expect(names('Reading the council letter now')).toEqual([]);
  });

  it('does not take a street named after a place for the place', () => {
    expect(names('Flooding on Exeter Road again')).toEqual([]);
    expect(codesOf('Grantham street lights are off')).toContain('E07000141');
  });

  it('does not take people for places', () => {
    expect(names('Frank Gifford was a great commentator')).toEqual([]);
    expect(names('Chelsea Clinton spoke today')).toEqual([]);
    expect(names('Cllr Ashford says the bins will be collected')).toEqual([]);
  });

  it('skips places abroad', () => {
    expect(names('Heading to Perth WA next month')).toEqual([]);
    expect(names('Boston MA is cold')).toEqual([]);
  });

  it('reads hashtags, possessives and mutated Welsh names', () => {
    expect(names('Flooding again #Exmouth')).toEqual(['#Exmouth']);
    expect(names("Bristol's roads are a patchwork")).toEqual(["Bristol's"]);
    expect(codesOf("Bristol's roads are a patchwork")).toContain('E06000023');
    expect(codesOf("Mae'r biniau heb eu casglu yng Nghaerdydd")).toEqual(['W06000015']);
    // "ym Mangor": Bangor, and only the Welsh one (not Bangor, County Down).
    expect(codesOf('Biniau heb eu casglu ym Mangor eto')).toEqual(['W06000002']);
  });

  it('reads a mutated name only after a Welsh preposition, each time it is seen', () => {
    // What a word's spelling offers is remembered by word; the preposition is read per post.
    expect(names('Mangor eto')).toEqual([]);
    expect(codesOf('Biniau heb eu casglu ym Mangor')).toEqual(['W06000002']);
    expect(names('Mangor eto')).toEqual([]);
  });
});

describe('postcodes', () => {
  it('finds full postcodes and capitalised postcode districts', () => {
    expect(postcodes('Bins missed at EX8 1AB')).toEqual(['EX8']);
    expect(postcodes('anyone else in EX8 had no collection?')).toEqual(['EX8']);
    expect(postcodes('flooding at ex8 1ab')).toEqual(['EX8']);
  });

  it('ignores motorways, ordinals and product names', () => {
    expect(postcodes('M6 closed near junction 32')).toEqual([]);
    expect(postcodes('see you b4 1st match')).toEqual([]);
    expect(postcodes('Review of the Moto G3 phone')).toEqual([]);
  });
});

describe('the postcode pre-check of the name finder', () => {
  it('says a text may hold a postcode whenever a letter is followed by a digit', () => {
    const texts = [
      'Bins missed at EX8 1AB again',
      'ex8 flooding',
      'Call 01392 123456 now',
      '@devon2cc the road is shut',
      '#A30 closed',
      'see https://x.co/ab12',
      'mail me: a1@b.com',
      'the M5 at junction 30',
      'no digits here at all',
      'only 42 and 7 here',
      'B4 1st light',
      'caf\u00e93 and more',
      ':o3 what',
    ];
    for (const text of texts) {
      const view = tokenize(text);
      const may = find(view, () => undefined);
      if (/[A-Za-z]\d/.test(text)) expect(may, text).toBe(true);
    }
    expect(find(tokenize('no digits here at all'), () => undefined)).toBe(false);
    expect(find(tokenize('only 42 and 7 here'), () => undefined)).toBe(false);
  });

  it('finds capitalised names however the word is written', () => {
    expect(names("Bins in Bristol's centre")).toEqual(["Bristol's"]);
    expect(names('bins in eXmouth')).toEqual(['eXmouth']);
  });
});
