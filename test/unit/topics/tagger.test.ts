import { describe, expect, it } from 'vitest';

import { emptyTags } from '../../../core/contracts/tags.js';
import type { Post } from '../../../core/contracts/post.js';
import { createTopicTagger, parseTaxonomy, type TopicDefinition, type TopicTagger } from '../../../processors/taggers/topics/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

const TOPICS: TopicDefinition[] = [
  {
    id: 'waste_collection',
    label: 'Bins',
    tier: 'district',
    terms: ['bin', 'bins', 'bin day', 'missed collection*', { text: 'rubbish', weight: 0.3 }, { text: 'collected', weight: 0.3 }],
    exclusions: ['bin laden'],
  },
  {
    id: 'recycling_centres',
    label: 'Tips',
    tier: 'county',
    terms: ['tip', 'recycling centre*'],
    exclusions: ['top tip', 'tip off'],
  },
  { id: 'fly_tipping', label: 'Fly-tipping', tier: 'district', terms: ['fly tip*'] },
  {
    id: 'potholes_roads',
    label: 'Roads',
    tier: 'county',
    terms: ['pothole*', { text: 'road', weight: 0.3 }, { text: 'pavement', weight: 0.3 }],
  },
  { id: 'public_transport', label: 'Buses', tier: 'county', terms: ['bus', { text: 'bus stop*', place: true }] },
  { id: 'health_services', label: 'NHS', tier: 'other:nhs', terms: ['a&e', 'nhs', 'gp'] },
  { id: 'motorways', label: 'Motorways', tier: 'other:national_highways', terms: ['m62', 'motorway*'] },
];

const tagger = createTopicTagger({ taxonomy: parseTaxonomy({ version: 1, topics: TOPICS }) });
const topics = (text: string, t: TopicTagger = tagger) => t.topicsOf(tokenize(text).tokens);
const ids = (text: string, t: TopicTagger = tagger) => topics(text, t).map((x) => x.id);

describe('topic matching', () => {
  it('finds nothing in unrelated text', () => {
    expect(topics('Lovely sunny afternoon at the beach with the kids')).toEqual([]);
  });

  it('matches single words and multi-word phrases, case-insensitively', () => {
    expect(ids('Is it BIN DAY tomorrow?')).toEqual(['waste_collection']);
    expect(ids('third missed collection this month')).toEqual(['waste_collection']);
  });

  it('matches on word boundaries only', () => {
    expect(ids('The cabinet met today')).toEqual([]);
    expect(ids('binary options are a scam')).toEqual([]);
  });

  it('matches wildcard stems', () => {
    expect(ids('Potholes everywhere')).toEqual(['potholes_roads']);
    expect(ids('the pothole-ridden high street')).toEqual(['potholes_roads']);
  });

  it('matches spaced, hyphenated and closed-up compounds and hashtags', () => {
    for (const text of ['fly tipping again', 'Fly-tipping again', 'flytipping again', '#FlyTipping again', 'fly tippers']) {
      expect(ids(text), text).toEqual(['fly_tipping']);
    }
    expect(ids('#BinDay reminder')).toEqual(['waste_collection']);
    expect(ids('#potholes on Elm Road')).toEqual(['potholes_roads']);
  });

  it('matches terms with punctuation and numbers as the tokenizer splits them', () => {
    expect(ids('6 hours in A&E last night')).toEqual(['health_services']);
    expect(ids('M62 closed westbound')).toEqual(['motorways']);
  });

  it('applies exclusions only to the words they cover', () => {
    expect(ids('a documentary about bin laden')).toEqual([]);
    expect(ids('Top tip: go early')).toEqual([]);
    expect(ids('The tip is shut again')).toEqual(['recycling_centres']);
    expect(ids('bin laden documentary, and my bins were not collected')).toEqual(['waste_collection']);
  });

  it('treats possessives as the word', () => {
    expect(ids("the bin's lid is broken")).toEqual(['waste_collection']);
  });

  it('needs more than one weak term before reporting a topic', () => {
    expect(ids('the road was busy')).toEqual([]);
    expect(ids('the road and the pavement are busy')).toEqual(['potholes_roads']);
  });

  it('scores more evidence higher, within 0..1, and repeats add less than new terms', () => {
    const one = topics('bin')[0]?.score ?? 0;
    const repeat = topics('bin bin')[0]?.score ?? 0;
    const two = topics('bin, bins')[0]?.score ?? 0;
    const many = topics('bin bins bin day rubbish collected missed collection')[0]?.score ?? 0;
    expect(one).toBeGreaterThan(0);
    expect(repeat).toBeGreaterThan(one);
    expect(two).toBeGreaterThan(repeat);
    expect(many).toBeGreaterThan(two);
    expect(many).toBeLessThanOrEqual(1);
  });

  it('matches a phrase whose second word is a stem after a common first word, known or not', () => {
    // Words outside the shared table ("centrez", "tipperz") are resolved, then kept by their text.
    for (let round = 0; round < 2; round++) {
      expect(ids('recycling centres shut'), 'centres').toEqual(['recycling_centres']);
      expect(ids('recycling centrez shut'), 'centrez').toEqual(['recycling_centres']);
      expect(ids('recycling bins shut'), 'bins').toEqual(['waste_collection']);
      expect(ids('fly tipperz again'), 'tipperz').toEqual(['fly_tipping']);
      expect(ids('waited at the bus stop’s shelter'), 'stop’s').toEqual(['public_transport']);
      expect(ids('Potholez and #potholez'), 'potholez').toEqual(['potholes_roads']);
    }
  });

  it('tries every stem after a first word that has a stem too short to key, and only fitting ones otherwise', () => {
    const t = createTopicTagger({
      taxonomy: parseTaxonomy({
        version: 1,
        topics: [
          { id: 'parking', label: 'Parking', tier: 'district', terms: ['car pa*', 'car wash*'] },
          { id: 'transit', label: 'Transit', tier: 'county', terms: ['bus lane*', 'bus stat*', 'bus lan*'] },
          { id: 'both', label: 'Both', tier: 'county', terms: ['kerb', { text: 'kerb', weight: 0.2 }] },
          { id: 'edge', label: 'Edge', tier: 'county', terms: ['kerb'] },
        ],
      }),
    });
    expect(ids('the car park is full', t)).toEqual(['parking']);
    expect(ids('car washes closed', t)).toEqual(['parking']);
    expect(ids('car wipers', t)).toEqual([]);
    expect(ids('bus lanes again', t)).toEqual(['transit']);
    expect(ids('bus stations shut', t)).toEqual(['transit']);
    expect(ids('bus lab', t)).toEqual([]);
    expect(ids('bus la', t)).toEqual([]);
    // A word starting one-word patterns of two topics counts for both.
    expect(ids('dropped kerb', t).sort()).toEqual(['both', 'edge']);
  });

  it('does not count a word again inside a longer term of the same topic', () => {
    expect(topics('bin day')[0]?.score).toBe(topics('bins')[0]?.score);
  });

  it('returns several topics sorted by score, best first', () => {
    const result = topics('Bins not collected, bin day missed again, and a pothole on the road');
    expect(result.map((t) => t.id)).toEqual(['waste_collection', 'potholes_roads']);
    expect(result[0]!.score).toBeGreaterThan(result[1]!.score);
  });

  it('discounts a landmark used only as a location', () => {
    expect(ids('The bus stop has no timetable and the bus never came')).toContain('public_transport');
    expect(ids('Graffiti by the bus stop')).toEqual([]);
    expect(ids('Bus stop sign knocked over')).toEqual(['public_transport']);
  });
});

describe('tenant extensions on the tagger', () => {
  const extended = createTopicTagger({
    taxonomy: parseTaxonomy({ version: 1, topics: TOPICS }),
    extensions: [
      { id: 'waste_collection', terms: ['wheelie*'] },
      { id: 'harbour', label: 'Harbour', tier: 'other:harbour_board', terms: ['harbour master', 'slipway*'] },
    ],
  });

  it('matches extra terms for an existing id and new topics', () => {
    expect(ids('wheelie left in the road', extended)).toEqual(['waste_collection']);
    expect(ids('wheelie left in the road')).toEqual([]);
    expect(ids('Slipways closed, ask the harbour master', extended)).toEqual(['harbour']);
    expect(extended.taxonomy.tier('harbour')).toBe('other:harbour_board');
  });
});

describe('the Tagger face', () => {
  it('is named topics and writes tags.topics', () => {
    const text = 'Pothole on Elm Road';
    const post = { id: 'x:1', text } as Post;
    const tags = emptyTags();
    tagger.tag({ post, text: tokenize(text) }, tags);
    expect(tagger.name).toBe('topics');
    expect(tags.topics.map((t) => t.id)).toEqual(['potholes_roads']);
  });
});

describe('shipped taxonomy on typical posts', () => {
  const shipped = createTopicTagger();
  const cases: [string, string][] = [
    ['My bins have not been collected for two weeks @LeedsCC', 'waste_collection'],
    ['Someone has dumped a fridge and three mattresses in the lane #flytipping', 'fly_tipping'],
    ['Massive pothole on the A38 slip road nearly took my tyre off', 'potholes_roads'],
    ['Street light outside number 12 has been out for a month', 'street_lighting'],
    ['When are the gritters going out tonight?', 'gritting'],
    ['Got a PCN while loading outside my own house', 'parking'],
    ['The 42 bus did not turn up again, third time this week', 'public_transport'],
    ['Single person discount on council tax - how do I apply?', 'council_tax'],
    ['Black mould all over the bedroom walls and the housing officer never calls back', 'housing'],
    ['Objected to the planning application for 300 houses on the green belt', 'planning'],
    ['The gully on Mill Lane is blocked and the road is flooded', 'flooding_drainage'],
    ['Neighbours playing loud music until 4am every night', 'noise_asb'],
    ['Stray dog running loose on the estate, looks injured', 'animal_welfare'],
  ];
  it.each(cases)('%s -> %s', (text, id) => {
    expect(ids(text, shipped)).toContain(id);
  });

  it('ignores the usual idioms', () => {
    for (const text of ['The new album is fire', 'Top tip: book early', 'What a waste of time that meeting was', 'Great job everyone!']) {
      expect(ids(text, shipped), text).toEqual([]);
    }
  });
});
