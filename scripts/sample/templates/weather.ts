import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

/** Everyday weather, drainage and water posts (any time). */
export const WEATHER: readonly TemplateSpec[] = [
  t(
    'flooding_drainage',
    'report',
    'Drain blocked on {street}, {place}, {every time it rains|whenever it rains} the road floods {right across|up to the kerb}. {council}',
  ),
  t(
    'flooding_drainage',
    'report',
    'Surface water {right across|all over} the {road} near {place}, {car nearly aquaplaned|deep enough to stall a car} {emo_warn|}',
  ),
  t(
    'flooding_drainage',
    'complaint',
    'Gullies on {street} have not been cleared {in years|since last winter} and {area} floods every time it rains {council}',
  ),
  t('flooding_drainage', 'question', 'Where can I get sandbags in {place}? {council} {emo_q|}'),
  t(
    'flooding_drainage',
    'information',
    'Flood alert for the River {river} {at|near} {place}, {check the Environment Agency site|keep an eye on levels} {emo_weather|}',
  ),
  t('severe_weather', 'information', 'Yellow warning for {wind|rain|ice} {tomorrow|tonight|on {day}} across {place} {emo_weather|}'),
  t('severe_weather', 'question', 'Is anything being cancelled {tomorrow|tonight} in {place} because of the weather warning?'),
  t('water_sewerage', 'report', 'Burst water main on {street}, {place}, water pouring down the road {water}', 'high'),
  t('water_sewerage', 'complaint', 'No water in {area} {since {time}|all morning|again}. {water} any update?'),
  t(
    'water_sewerage',
    'complaint',
    'Sewage {spill|discharge} in the River {river} at {place} {again|}. {Swimmers getting ill.|Disgusting.} {water}',
  ),
  t('water_sewerage', 'report', 'Sewage coming up through the drain on {street}, {area}. Smell is horrendous {water}'),
];

/** Written when the sample's named storm is over the place. */
export const STORM: readonly TemplateSpec[] = [
  t(
    'severe_weather',
    'information',
    '{storm} {really|} battering {place} {right now|tonight}. Stay safe everyone {emo_weather|} {storm_tag}',
  ),
  t('severe_weather', 'question', '{council} are schools {in {place}|} open tomorrow with {storm}? {emo_q|}'),
  t('severe_weather', 'question', 'Is the {bus} still running with {storm}? Stood at the stop on {street} for {minutes} mins'),
  t('severe_weather', 'information', 'Power cut across {area} since {time}, {storm} has brought lines down {emo_weather|}'),
  t(
    'severe_weather',
    'complaint',
    'No warning from {council} about {storm} closures and now half the roads round {place} are shut {emo_angry|}',
  ),
  t('severe_weather', 'praise', 'Well done to the crews out all night clearing up after {storm} in {place} {emo_happy|} {storm_tag}'),
  t('severe_weather', 'praise', 'Huge thanks to the highways teams working through {storm}, {road} open again {emo_happy|}'),
  t('flooding_drainage', 'report', 'Road completely flooded on {street}, {place}. Cars stuck. {storm} {emo_weather|} {storm_tag}', 'high'),
  t(
    'flooding_drainage',
    'report',
    '{council} the {road} at {place} is under water, {do not try to drive through|cars turning back|someone stuck}. {emo_warn|}',
    'high',
  ),
  t(
    'flooding_drainage',
    'report',
    'River {river} has burst its banks in {place}, {fields|the park|the car park} under water {emo_weather|}',
    'high',
  ),
  t('flooding_drainage', 'question', 'Anyone know where to get sandbags in {area}? Water rising on {street} {emo_weather|}', 'high'),
  t('trees', 'report', 'Tree down on {street}, {place}, {blocking half the road|on the pavement|on a parked car} {storm_tag|}', 'high'),
  t(
    'trees',
    'report',
    '{council} large branch down across the {road} near {place}, {one lane blocked|traffic getting round it slowly} {emo_warn|}',
    'high',
  ),
  t('public_transport', 'complaint', 'All buses cancelled from {place} because of {storm} and no way to get home {emo_sad|}'),
  t('rail', 'information', '{trainop}: no trains {through|from} {station} until {tomorrow|further notice}, line flooded {storm_tag|}'),
  t('waste_collection', 'question', 'Are bin collections going ahead in {place} with {storm}? Do I put my {bin} out?'),
  t('recycling_centres', 'question', 'Recycling centres in {place} shut {today|tomorrow} because of {storm}? {council}'),
  t('events', 'information', '{place} Christmas market {cancelled|closed} {today|this weekend} because of {storm} {emo_sad|}'),
];
