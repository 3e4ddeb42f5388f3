import { describe, expect, it } from 'vitest';

import { createIntentTagger, createUrgencyScorer, loadUrgencyData } from '../../../processors/taggers/intent/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { tagWith } from './helpers.js';

const scorer = createUrgencyScorer(loadUrgencyData());
const level = (text: string) => scorer.score(tokenize(text).tokens)?.level;
const tagger = createIntentTagger();

// Safety-critical: each of these must come out emergency, whatever the rest of the post says.
const EMERGENCIES = [
  // water or sewage in a home
  'HELP water is flooding into my house from the road, Mill Street',
  "the river's come up and water is pouring into the kitchen",
  'Sewage in the house again, coming up through the toilet and bath',
  'our living room is flooded and still rising, need sandbags now',
  "Mae dŵr yn dod i mewn i'r tŷ! Helpwch",
  // gas, CO
  'Really strong gas smell on Elm Road, whole street can smell it',
  'I can smell gas in the hallway of the flats',
  'Smell of gas outside the school gates',
  'our CO alarm keeps going off and the kids have headaches',
  'Mae arogl nwy cryf ar y stryd',
  // fire
  'House fire on Lime Grove, flames out of the upstairs window',
  'There is a fire at the recycling centre, black smoke everywhere',
  'Car on fire in the multi storey car park!!',
  'fire engines just arrived at the flats, smoke pouring out',
  // wires and power lines
  'Live wire hanging down across the pavement on Albert St',
  'Power line down on the lane after the storm, sparking on the road',
  'Tree leaning on the power lines and sparks every time it moves',
  // trees, crashes, trapped, injured
  'tree has fallen on a car on Park Avenue and a woman is trapped inside',
  'Bad car crash at the junction of Fore St, someone is hurt',
  'Cyclist hit by a car outside the school, ambulance needed',
  'man collapsed in the street outside Tesco and is not breathing',
  // children and vulnerable adults
  'kids next door have been left on their own since yesterday and I can hear them crying',
  'toddler left alone in a car in the Asda car park in this heat',
  'I think he is hitting her again, I can hear her screaming for help',
  "My neighbour's carer is taking money from her purse and she's too frightened to say anything",
  'safeguarding concern about the child at number 4, nobody has seen him for days',
  'My son has gone missing, he is 9, last seen in the park',
  'my nan has dementia and has wandered off, please help',
  // violence, dogs
  'Dangerous dog loose on the playing field, it has just bitten a kid',
  'Lads with a knife fighting outside the chippy',
  // self-harm and suicidal language, in any context
  'I want to end it, nobody at the council listens',
  "I've had enough, I'm going to kill myself",
  "honestly I can't go on like this, the damp is making us all ill",
  'no reason to live anymore since they evicted us',
  "I don't want to be here anymore",
  "thinking it'd be easier if i just wasn't here anymore",
  'I cant do this anymore I just want it all to end',
  'I have started hurting myself again',
  'Dw i ddim eisiau byw rhagor',
  'feeling suicidal, please someone call me back',
  // structures with people at risk
  "Storm's ripped the roof off the flats and people are still inside",
  'Huge sinkhole opened up in the road on the high street',
];

const HIGH_OR_EMERGENCY = [
  'Tree blocking the road on Mill Lane after the wind',
  'Traffic lights at the Fiveways junction are completely out, cars just going for it',
  'burst water main on Queen St, water gushing out of the road',
  'Ceiling collapsed in the bedroom from the leak upstairs',
  'water coming through the ceiling and dripping onto the light',
  'Manhole cover missing on Station Road, someone is going to break their neck',
  'Needles dumped in the playground by the swings',
  'Broken asbestos sheets dumped by the allotment gates',
  'sleeping rough tonight, it is minus 4',
  'Bailiffs at my door for council tax I have already paid',
  'Sewage overflowing into our back gardens again',
  'Garden wall has collapsed onto the pavement by the bus stop',
  'Mam wedi cwympo ddwywaith ac mae hi ar ei phen ei hun',
];

// Obvious false alarms: figures of speech that name an emergency.
const CALM = [
  'this film is fire',
  'the new Dune film is actually fire 🔥🔥 go see it',
  'the striker is on fire this season',
  "I'm killing it at work today",
  'dying to know when the new pool opens',
  'a flood of emails about the bin changes',
  'Flooding your timeline with pics of the dog',
  'bins are a disaster this week',
  "I'd kill for a working bus tbh",
  'my feet are killing me after the fun run',
  'I nearly died laughing at the pothole museum post',
  'Crash course in council tax bands for anyone confused',
  'the council website crashed again when I tried to pay',
  'Storm of the century in our family group chat',
  'drowning in paperwork for this planning application',
  'fire safety check at the library on Tuesday',
  'Devon and Somerset Fire and Rescue are recruiting on-call firefighters',
  'my gas bill has gone up again',
  'Firefighters did a great job putting out the grass fire, all out now and no one hurt',
  'this traffic is killing me',
  'kill myself laughing at the council meeting stream',
  'Suicide prevention training for staff next week',
  'My bin has gone missing after collection day',
  'Christmas lights sparking joy on the high street',
  'Flood warning information for residents near the river',
];

describe('urgency rules', () => {
  it.each(EMERGENCIES)('emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });

  it.each(HIGH_OR_EMERGENCY)('high or emergency: %s', (text) => {
    expect(['high', 'emergency']).toContain(level(text));
  });

  it.each(CALM)('not raised: %s', (text) => {
    expect(level(text)).toBeUndefined();
  });

  it('names the rules that fired', () => {
    const finding = scorer.score(tokenize('gas smell and a car on fire').tokens);
    expect(finding?.rules).toEqual(expect.arrayContaining(['gas', 'fire']));
    expect(finding?.incident).toBe(true);
  });

  it('matches curly and missing apostrophes', () => {
    expect(level('I can’t go on')).toBe('emergency');
    expect(level('i cant go on')).toBe('emergency');
  });
});

describe('urgency in the intent tagger', () => {
  it('raises urgency inside a complaint and always asks for a response', () => {
    const tags = tagWith(tagger, "Been begging housing for months about the damp. I can't go on like this.", {
      sentiment: 'negative',
      topics: ['housing'],
    });
    expect(tags.urgency).toBe('emergency');
    expect(tags.needs_response).toBe(true);
  });

  it('raises a post with no civic topic (gas) and calls it a report', () => {
    const tags = tagWith(tagger, 'Smell of gas is really strong by the school gates, someone please come', { sentiment: 'negative' });
    expect(tags.urgency).toBe('emergency');
    expect(tags.intent).toBe('report');
    expect(tags.needs_response).toBe(true);
  });

  it('leaves chatter low and routine requests normal', () => {
    expect(tagWith(tagger, 'the new Dune film is actually fire 🔥', { sentiment: 'positive' }).urgency).toBe('low');
    expect(tagWith(tagger, 'When is the green bin collection this week?', { topics: ['waste_collection'] }).urgency).toBe('normal');
  });

  // The baseline rule, so the rules alone: the learned safety net raises this notice to high (a
  // known false alarm of the net, which reads "warning", "wind" and "roads" as hazard words).
  it('keeps notices about alert topics at normal', () => {
    const tags = tagWith(createIntentTagger({ urgencyModel: null }), 'Reminder: yellow warning for wind tomorrow, take care on the roads', {
      topics: ['severe_weather'],
    });
    expect(tags.intent).toBe('information');
    expect(tags.urgency).toBe('normal');
  });
});

describe('urgency wording beyond the labelled set', () => {
  it.each([
    "Someone's set fire to the bins behind the shops and it's spreading to the fence",
    'Elderly man fell in the street and can’t get up',
    'Roadworks have hit a gas main on the high street, you can hear it hissing',
    'a man is threatening people with a bottle outside the station',
    "I'm going to do something stupid tonight",
    "I've taken all my tablets",
    'There is a woman lying in the road after being hit by a van',
    'can hear a woman screaming in the flat upstairs',
    "my daughter hasn't come home and she's only 14",
    'baby crying for hours next door and nobody answering the door',
  ])('emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('hazards and risks that need same-day action', () => {
  it.each([
    'Flood water across the road at the bottom of Mill Hill, cars getting stuck',
    'being made homeless on Friday and the council have not found us anywhere',
    'No heating for a week and we have a 3 month old baby',
    'raw sewage in the street outside the school',
    'The river is nearly over the top of the banks by the bridge',
    'Broken glass all over the playground by the swings',
    'Manhole cover missing outside number 12',
  ])('high or emergency: %s', (text) => {
    expect(['high', 'emergency']).toContain(level(text));
  });

  it.each([
    "We're flooded, water up to our knees in the lounge",
    'Car has gone into the river off the bridge',
    'Lad knocked off his bike at the roundabout, not moving',
    "He said he's going to kill me when he gets home",
    "My elderly neighbour hasn't been seen for days and her curtains are shut",
  ])('emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });
});
