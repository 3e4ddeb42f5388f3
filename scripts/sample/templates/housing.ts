import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const HOUSING: readonly TemplateSpec[] = [
  // housing
  t(
    'housing',
    'complaint',
    "Damp and mould in my {son's|daughter's|kids'} bedroom for {months} months. Reported {three|four|five} times. {council} when are you going to do something? {emo_angry|}",
  ),
  t(
    'housing',
    'complaint',
    'Black mould {all over|up} the walls in our council flat on {street}, {area}. The baby keeps getting chest infections {emo_sad|}',
  ),
  t(
    'housing',
    'complaint',
    'Still no heating or hot water in our flat in {area} after {days} days. Repairs line keeps saying someone will call {council}',
  ),
  t('housing', 'complaint', 'Repair booked for {day}, took the day off work, {nobody came|nobody turned up|no call}. {Third time.|Again.}'),
  t(
    'housing',
    'report',
    'Leak coming through the ceiling in our {flat|bathroom} at {num} {street}, {place}. {Electrics near it.|Buckets everywhere.}',
    'high',
  ),
  t(
    'housing',
    'report',
    'Lift broken at {street} flats {area} {again|for {days} days}. My neighbour is in a wheelchair on the 6th floor.',
    'high',
  ),
  t('housing', 'question', 'How long is the waiting list for council housing in {place}? Been on band {B|C|2|3} for {months} months'),
  t('housing', 'question', 'Where do I go if I am going to be homeless {on {day}|next week|tonight} in {place}? {council}', 'high'),
  t(
    'housing',
    'question',
    'Is there anyone I can report a landlord to in {place}? {Mould everywhere|No smoke alarms|Broken boiler} and he will not fix it',
  ),
  t('housing', 'praise', 'Repairs team fixed our boiler same day, {really|} lovely engineer. Thank you {council} {emo_happy|}'),
  t(
    'housing',
    'information',
    'Rough sleepers in {place}: the severe weather shelter opens tonight at {the church on {street}|the centre on {street}}',
  ),
  // planning
  t(
    'planning',
    'complaint',
    'So {council} approved another {300|150|80|450} houses in {area} with no new GP, school or road. {Shocking.|Unbelievable.}',
  ),
  t(
    'planning',
    'complaint',
    'Neighbour built a {two storey extension|massive fence|garage} on {street} with no planning permission and nobody will do anything',
  ),
  t('planning', 'question', 'Do I need planning permission for a {garden office|dropped kerb|loft conversion|porch} in {place}? {council}'),
  t(
    'planning',
    'question',
    'How do I object to the planning application for {the site on {street}|the flats at {street}}? Deadline is {day}',
  ),
  t('planning', 'information', 'Planning meeting for the {street} development is on {day}, public can speak. Please go {area}!'),
  // environmental_health
  t('environmental_health', 'report', 'Rats {everywhere|in the gardens} on {street} {area} since the bins were missed {emo_angry|}'),
  t('environmental_health', 'complaint', 'Takeaway on {street} dumps its food waste out the back every night, stinks and attracts rats'),
  t(
    'environmental_health',
    'question',
    'Who checks food hygiene ratings in {place}? {The cafe on {street}|A takeaway near me} looks filthy',
  ),
  t('environmental_health', 'complaint', 'Bonfire smoke from {a garden on {street}|the allotments} every evening, cannot open the windows'),
  // licensing
  t('licensing', 'complaint', 'Another late licence granted on {street} for {a bar|a takeaway|a club}. Noise till 3am {again|} {council}'),
  t('licensing', 'question', 'How do I report a taxi driver in {place}? {Refused my guide dog|Overcharged me|Drove dangerously}'),
];
