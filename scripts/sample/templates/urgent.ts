import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

/** Life-and-limb posts that should jump every queue. */
export const URGENT: readonly TemplateSpec[] = [
  t(
    null,
    'report',
    'Strong smell of gas on {street}, {place} {right now|outside {num}|near the school}. {Has anyone called it in?|Who do I call??|Someone please help} {emo_warn|}',
    'emergency',
  ),
  t(
    'flooding_drainage',
    'report',
    'HELP water is coming into my house from the road, the drain on {street} has overflowed and it is in the {kitchen|living room|hallway}. {place}. Who do I call???',
    'emergency',
  ),
  t(
    'flooding_drainage',
    'report',
    '{council} flood water coming in under our front door at {num} {street}, {area}. {We have an elderly neighbour next door|Kids upstairs|Need sandbags NOW} {emo_warn|}',
    'emergency',
  ),
  t(
    'trees',
    'report',
    'Tree down across the {road} near {place}, {road completely blocked|car hit it|power lines down with it}. {emo_warn|}',
    'emergency',
  ),
  t(
    'trees',
    'report',
    '{council} tree has come down across {street} in {area}, {blocking the whole road|on top of a car|wires down}. Please send someone',
    'emergency',
  ),
  t(
    'fire',
    'report',
    'House fire on {street}, {place}, {huge flames|smoke everywhere|people outside}. 999 called {emo_warn|}',
    'emergency',
  ),
  t(
    'potholes_roads',
    'report',
    'Manhole cover missing in the middle of {street}, {place}. Someone will get killed {emo_warn|}',
    'emergency',
  ),
  t(
    'potholes_roads',
    'report',
    'Traffic lights out at the {road} junction in {place}, {cars going everywhere|near miss already} {emo_warn|}',
    'high',
  ),
  t(
    'social_care',
    'report',
    'Elderly man looks confused and lost in the cold on {street}, {place}, {in his slippers|no coat}. Who do I ring?',
    'emergency',
  ),
  t(
    'street_lighting',
    'report',
    'Street light column {leaning over|hanging off|sparking} on {street}, {place}, wires exposed {emo_warn|}',
    'emergency',
  ),
  t('water_sewerage', 'report', 'Sewage flooding into our garden and under the back door at {num} {street}, {area} {water}', 'emergency'),
];
