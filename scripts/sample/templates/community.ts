import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const COMMUNITY: readonly TemplateSpec[] = [
  // parks
  t(
    'parks',
    'complaint',
    'Play park in {park} has been {taped off|closed|broken} {for {months} months|since the summer}. Where are the kids supposed to play? {council}',
  ),
  t('parks', 'report', 'Swing broken {and dangerous|} at {park}, {place}. Chain snapped.'),
  t(
    'parks',
    'praise',
    '{park} looking {gorgeous|stunning|beautiful} this {morning|afternoon} {emo_happy|} well done to the {gardeners|park team|volunteers}',
  ),
  t('parks', 'question', 'Are the toilets at {park} open in winter? {council}'),
  t('parks', 'complaint', 'Allotment waiting list in {place} is {years|6 years|ridiculous}. Plenty of empty plots {emo_angry|}'),
  t('parks', 'information', 'Volunteer tree planting at {park} {this Saturday|on {day}}, tools provided {emo_happy|}'),
  // leisure
  t('leisure', 'complaint', '{place} leisure centre pool closed {again|} {for maintenance|with no notice}. {Third time this month.|}'),
  t('leisure', 'question', 'Are the swimming lessons at {place} leisure centre back {this term|after half term}?'),
  t('leisure', 'praise', 'New gym at {place} leisure centre is great, staff really friendly {emo_happy|}'),
  // noise_asb
  t(
    'noise_asb',
    'complaint',
    'Loud music from {a flat|next door|a house} on {street} until {3am|4am|2am} {every night|every weekend|again}. {council} who do I report noise to? {emo_angry|}',
  ),
  t(
    'noise_asb',
    'report',
    'Group of lads on {bikes|scooters} {doing wheelies|racing} up and down {street}, {place} {every night|again}. Nearly hit a kid',
  ),
  t(
    'noise_asb',
    'complaint',
    'Fireworks {every night|until midnight} in {area} {for a week|since bonfire night}. Dog terrified {emo_sad|}',
  ),
  t('noise_asb', 'report', 'Drug dealing {openly|} in {park} {every evening|again}. {police} {council}'),
  t('noise_asb', 'complaint', 'Barking dog on {street} {all day|from 6am} every day. Reported {weeks} weeks ago'),
  // policing
  t('policing', 'report', '{police} car broken into on {street}, {place} {last night|overnight}. {Third on the road this month.|}'),
  t('policing', 'complaint', '{police} rang 101 about {street} and {waited {minutes} minutes|got cut off|nobody came}'),
  t('policing', 'question', 'Anyone know why there are so many police on {street} in {area} {tonight|this morning}? {emo_q|}'),
  t('policing', 'report', 'Bike stolen from outside {station} {today|this morning}. {police}'),
  t('policing', 'praise', 'Thanks to the PCSOs in {area} for sorting the issues {in {park}|on {street}} {emo_happy|}'),
  // fire
  t('fire', 'information', 'Big smoke over {area} {right now|this evening}, fire engines heading down {street} {emo_warn|}'),
  t(
    'fire',
    'praise',
    'Well done to the crews from {place} fire station, put out the {barn fire|house fire|car fire} on {street} so quickly {emo_happy|}',
  ),
  t('fire', 'question', 'Does the fire service still fit free smoke alarms for older people in {place}?'),
  // events
  t('events', 'question', 'What time is the Christmas lights switch on in {place} {this year|on {day}}? {emo_q|}'),
  t('events', 'information', '{place} Christmas market opens {this weekend|on {day}} {emo_happy|}'),
  t('events', 'question', 'Are there road closures for the Remembrance parade in {place} on Sunday? {council}'),
  t('events', 'praise', 'Lovely Remembrance service in {place} {today|this morning}, so well organised {emo_happy|}'),
  t('events', 'complaint', 'No Christmas lights in {area} {again|this year} while the town centre gets loads {council}'),
  t('events', 'information', 'Late night shopping in {place} on {day}, free parking after 3pm'),
  // animal_welfare
  t(
    'animal_welfare',
    'report',
    'Stray dog running loose on {street}, {place}, {no collar|looks scared|nearly hit by a car}. Who do I call?',
  ),
  t('animal_welfare', 'question', 'Does the council dog warden still cover {place}? Found a {dog|lurcher|staffy} on {street}'),
];
