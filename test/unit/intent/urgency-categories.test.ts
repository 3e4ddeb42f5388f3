/**
 * Urgency by category, in many phrasings written for these tests (not taken from the labelled sets):
 * the compositional frames must carry over to wordings no phrase list foresaw, and the guards must
 * keep figures of speech, past events and resolved incidents down.
 */
import { describe, expect, it } from 'vitest';

import { createUrgencyScorer, loadUrgencyData } from '../../../processors/taggers/intent/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

const scorer = createUrgencyScorer(loadUrgencyData());
const level = (text: string) => scorer.score(tokenize(text).tokens)?.level;

const EMERGENCY: Record<string, readonly string[]> = {
  gas: [
    'there is a really strong smell of gas in our kitchen and the kids are home',
    'whole landing stinks of gas, think its coming from flat 6',
    'I can smell gas outside the nursery on Church Lane',
    'gas leak on Hill St, you can hear it hissing from the pavement',
    'workmen have cut through a gas main on the high street and everyone is being moved back',
    'reeks of gas in the communal stairwell since this morning',
    'eggy smell all through the house and it is getting stronger',
    'smells of rotten eggs by the cooker, is that gas?',
    'mae arogl nwy yn y gegin',
    'our carbon monoxide alarm is beeping and my daughter feels dizzy',
    'the boiler is making us all feel sick and drowsy, headaches every time it is on',
  ],
  fire: [
    'flames coming out of the roof of the bungalow next door',
    'there is a fire in the bin store of our block and the smoke is going up the stairs',
    'somebody has set fire to the recycling bins behind Aldi',
    'the flats opposite are on fire, fire engines still not here',
    'van on fire on the slip road, thick black smoke',
    'grass fire spreading towards the caravans on the cliff',
    'smoke pouring out from under the door of number 12',
    'the kitchen is full of smoke and the alarm will not stop',
    'big fire at the back of the industrial units right now',
    'massive blaze at the old mill, you can see it from miles away',
    'mae tân mawr yn y fflatiau',
  ],
  'water in a home': [
    'water is pouring into our living room from the street',
    'the river has come over and its coming in through the back door',
    'our downstairs is flooded and the water keeps rising',
    'flood water is getting into the bungalows on Marsh Road',
    'water coming up through the kitchen floor, about two inches now',
    'the whole ground floor is under water, we are upstairs',
    'a pipe burst upstairs and water is running down the walls into the sockets',
    'water is dripping through the ceiling onto the light fitting',
    'mae dŵr yn llifo i mewn i’r lolfa',
  ],
  'sewage in a home': [
    'sewage coming up out of the toilet and across the bathroom floor',
    'raw sewage has backed up into our kitchen sink',
    'there is poo coming up through the shower drain and into the bathroom',
    'carthion yn dod i fyny drwy’r toiled',
  ],
  'live wires': [
    'power cable down across the lane and it is sparking',
    'electric wires hanging off the pole outside the school',
    'the overhead line has snapped and is lying in the road',
    'exposed live wires in the stairwell, kids keep touching the box',
    'sparks flying from the junction box on the corner',
    'my son got an electric shock from the street light',
    'ceblau trydan wedi disgyn ar y ffordd',
  ],
  'trees and structures with people at risk': [
    'a tree has fallen onto a car on Park Road and there is someone inside',
    'branch has come down on a man walking his dog',
    'the ceiling is sagging and cracking above my daughter’s bed',
    'chimney stack is leaning and bricks are falling onto the pavement where kids walk',
    'the balcony is coming away from the wall and people are standing under it',
    'tree is resting on the power lines and swaying in the wind',
  ],
  crashes: [
    'two cars have collided head on at the crossroads, one driver is not moving',
    'car has crashed into the bus shelter and someone is trapped underneath',
    'motorcyclist knocked off his bike at the lights, he is bleeding badly',
    'a lorry has overturned on the bypass and the driver is stuck in the cab',
    'car gone into the canal by the lock and there are people in it',
    'a little girl has just been hit by a car outside the school',
    'van has ploughed into people at the market',
  ],
  'people hurt or unwell': [
    'an old man has collapsed at the bus stop and is not breathing',
    'woman lying in the road not moving after falling off her bike',
    'my neighbour has had a fall and cannot get up, she is 92',
    'someone is unconscious in the park toilets',
    'a lad is having a seizure on the platform',
    'a kid has fallen into the river by the weir',
    'man slumped in his car in the car park, unresponsive',
    'my dad has fallen down the stairs and hit his head',
  ],
  'missing people': [
    'my son has gone missing, he is 8 and was last seen at the park',
    'our nan has dementia and has wandered off from the home',
    'my daughter did not come home from school and her phone is off',
    'a teenage girl has been missing since Friday, please share',
    'elderly man with Alzheimer’s missing from Oak Street since this morning',
    'mae fy mab ar goll ers y bore',
  ],
  children: [
    'two toddlers left on their own in a flat all night, I can hear them crying',
    'baby left alone in a car in the supermarket car park',
    'little boy wandering along the main road by himself, no adult around',
    'kids next door have not had any food for days and their parents are not there',
    'a young child is sitting on a window ledge on the 3rd floor',
    'man in a car has been offering sweets to kids at the school gate and asking them to get in',
  ],
  'abuse and violence': [
    'my partner hits me and I am scared to go home',
    'I can hear the man next door beating his wife, she is screaming',
    'my ex said he will kill me if I go to the police',
    'her boyfriend has been strangling her, she showed me the bruises',
    'the carer is stealing money from my grandad and he is too scared to say',
    'I am being abused by my husband and need somewhere safe tonight',
    'man waving a knife outside the pub',
    'someone has been stabbed on the estate',
    'gang of youths kicking a man on the ground right now',
    'dog has bitten a child in the park and is still loose',
    'he locked me in the house and took my phone',
  ],
  'indirect wording': [
    "my neighbour's smoke alarm has been going off for an hour and she is not answering",
    "there's a funny smell like gas in the flat",
    'the gas cooker was left on and the flat is filling with gas',
    'lift stuck between floors with my mum inside, she uses a wheelchair and has no phone',
    'a man is threatening to jump from the multi storey car park',
    'my friend keeps saying she wants to kill herself',
    'my elderly dad has been on the floor all night, he cannot move his leg',
    'kids playing on the frozen lake in the park',
    'a woman was being dragged into a van on Hill Street',
    "there's been an explosion at the factory on the estate",
  ],
  'other styles': [
    'HOUSE ON FIRE ON ELM ROAD CALL 999',
    'smel of gas in the flat above, really strong',
    'water comming in under the front door!!! help',
    'he is unconcious on the floor',
    'URGENT sewage pouring into our basement flat',
    'I wish to report that my elderly neighbour has collapsed in her garden and is not responding.',
    'kid fell in the canal by the lock, someone jumped in after him',
    'power lines down across Mill Lane after the storm, sparking',
  ],
  Welsh: [
    "Mae'r tŷ ar dân!",
    "Mae mwg yn dod o'r fflat drws nesa",
    "Mae dŵr yn llifo i mewn i'r tŷ",
    'Mae arogl nwy cryf yn y fflatiau',
    'Mae fy mhlentyn ar goll',
    'Mae dyn wedi llewygu ar y stryd a dydy e ddim yn anadlu',
    'Mae car wedi taro plentyn ar y ffordd',
    'Mae fy mhartner yn fy nharo i',
    'Dw i eisiau marw',
    'Does dim pwynt byw',
    'Mae coeden wedi disgyn ar gar ac mae rhywun y tu mewn',
    'Mae gwifrau trydan yn hongian dros y ffordd',
    "Mae'r plant wedi cael eu gadael ar eu pennau eu hunain",
    'Mae ci wedi ymosod ar blentyn',
    'Mae rhywun wedi cael ei drywanu',
    "Mae carthion yn dod i fyny drwy'r toiled",
  ],
  'self-harm and suicide': [
    'i want to kill myself',
    'im going to end it tonight',
    'I honestly feel like ending my life',
    'I can’t go on anymore',
    'nobody would miss me if I was gone',
    'I have been self harming again',
    'I’ve taken all my tablets',
    'thinking of jumping off the bridge',
    'everyone would be better off without me',
    'I don’t want to be alive anymore',
    'there is no point in living anymore, I am done',
    'I want to die',
    'feel suicidal today',
    'I have pills saved up and I cannot see a way out',
    'dw i eisiau lladd fy hun',
  ],
};

const HIGH_OR_EMERGENCY: Record<string, readonly string[]> = {
  roads: [
    'big tree down across the road at the bottom of Hill Lane, cars cannot get through',
    'branches blocking both lanes on the A38',
    'traffic lights at the junction are not working, cars going through on red',
    'manhole cover is missing on the pavement outside the post office',
    'a ladder has fallen off a van into the middle lane of the motorway',
    'the road is completely flooded under the railway bridge, cars stuck',
    'oil spill all across the roundabout, bikes skidding',
    'horses loose on the main road near the farm',
    'black ice on the hill by the school, two cars have slid into the wall',
  ],
  'hazards and hardship': [
    'burst water main gushing up through the road',
    'sewage overflowing from the drain onto the playground',
    'needles left in the sandpit at the play park',
    'asbestos sheets dumped at the end of the lane',
    'the river is about to burst its banks by the bridge',
    'no heating and my baby is only 2 months old, it is freezing',
    'my mum has dementia and the carers have not turned up today',
    'I have nowhere to sleep tonight',
    'bailiffs are outside my door right now',
    'black mould in the children’s bedroom and my son’s asthma is getting worse',
    'the garden wall has collapsed onto the footpath',
    'someone is going to get killed on this bend',
    'Mae coeden ar draws y ffordd',
    "Mae'r goleuadau traffig wedi torri",
    'Dim gwres ac mae fy mam yn 90 oed',
  ],
};

const CALM: Record<string, readonly string[]> = {
  'figures of speech': [
    'this new playlist is fire',
    'our striker was on fire on Saturday',
    'the queue at the tip is killing me',
    'I could murder a bacon roll',
    'a flood of comments about the new bus timetable',
    'the website crashed when I tried to renew my permit',
    'crash course in recycling rules for new residents',
    'I nearly died laughing at the council meeting',
    'my phone is dying, can someone tell me the bin day',
    'the budget is a total car crash',
    'drowning in forms for the blue badge',
    'I would kill for a decent bus service',
    'the debate sparked a lot of anger online',
    'council tax has gone through the roof',
    'fire the lot of them',
    'bit of a storm in a teacup about the new bins',
  ],
  'routine posts with hazard words': [
    'When is the next flood defence meeting in Tewkesbury?',
    'The gas works on Station Road are causing massive queues',
    'Why is the fire station closing at night?',
    'The water pressure in our flat is really low',
    'The heating in the library is broken again, freezing in there',
    'The car park barrier is broken again',
    'Accident on the A30 has been cleared now, traffic moving again',
    'The bin lorry crashed into our wall last year and it still has not been rebuilt',
    'I was in a car crash in 2019, can I get a blue badge for my back?',
    'Does the council do home fire safety visits for older people?',
    'The smell from the bins is unbearable this week',
    'Our cat went missing last week, has anyone seen her?',
    'Knife crime is rising in our town, what is the council doing about it?',
    'stabbing pain in my back from carrying the recycling boxes up the hill',
    'The fight against fly-tipping goes on, thanks to all the volunteers',
    "We're fighting the council's decision to close the library",
    'Dying to know when the leisure centre pool reopens',
    'My kids are driving me mad, half term cannot end soon enough',
    'the smell from the sewage works is grim again tonight',
    'The council website has been down all morning',
    'Is the tip open on bank holiday Monday?',
    'Hosepipe ban? The reservoirs look full to me',
    'New defibrillator installed outside the village hall, thanks to the parish council',
    'Power cut on our street this morning, back on now',
  ],
  'complaints that mention hazard words': [
    'the bin men kicked her bin over again',
    'my mum is unwell and needs a blue badge',
    'kids playing football in the road every night, can the council put up a sign',
    'the council is not answering the phone and my mum needs her housing forms',
    'kids climbing on the play equipment at the new park, looks great',
    'we walked the kids by the river this morning, lovely',
    'the old pub was knocked down by the developers',
    'roadworks have run over schedule again',
    "we're being hit with higher council tax bills every year",
    'crumbling walls in the council flats need repairing',
    'tiles cracked in the bathroom, when can someone come?',
    'Another crash on this junction, when will the council put in a crossing?',
    'The knife and fork sculpture in the park has been vandalised',
    'Shooting stars visible tonight over the bay',
    'there was a fire at the old school years ago and the site is still empty',
    'My house flooded in 2020 and the insurance still went up',
    'missing my old street, the new estate is so quiet',
  ],
  'past or resolved': [
    'the flood last year damaged the footbridge, when will it be repaired?',
    'we had a gas leak in 2021 and it was fixed quickly, thank you',
    'the fire at the old school was put out and nobody was hurt',
    'great response from the fire service last week, all out now',
    'our son went missing yesterday but he has been found safe',
  ],
  'topics not incidents': [
    'Gas and electricity prices are going up again',
    'flood defence consultation meeting on Tuesday',
    'suicide prevention training for volunteers next month',
    'safeguarding course for school governors this term',
    'the fire station open day is on Saturday',
    'knife crime awareness week starts today',
    'MISSING DOG: brown spaniel last seen near the park',
    'my recycling bin has gone missing',
    'free smoke alarm checks at the community centre',
    'the road safety campaign for cyclists launches tomorrow',
  ],
};

describe('urgency categories: emergencies', () => {
  for (const [category, texts] of Object.entries(EMERGENCY)) {
    it.each(texts)(`${category}: %s`, (text) => {
      expect(level(text)).toBe('emergency');
    });
  }
});

describe('urgency categories: same-day hazards', () => {
  for (const [category, texts] of Object.entries(HIGH_OR_EMERGENCY)) {
    it.each(texts)(`${category}: %s`, (text) => {
      expect(['high', 'emergency']).toContain(level(text));
    });
  }
});

describe('urgency categories: not raised', () => {
  for (const [category, texts] of Object.entries(CALM)) {
    it.each(texts)(`${category}: %s`, (text) => {
      expect(level(text)).toBeUndefined();
    });
  }
});
