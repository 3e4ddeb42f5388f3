import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const WASTE: readonly TemplateSpec[] = [
  // waste_collection
  t(
    'waste_collection',
    'complaint',
    '{council} {Bins|Bin|Recycling} not collected on {street} {again|AGAIN|for the third week running|}. {What exactly am I paying for?|Every single week.|Ridiculous.|Sort it out please.} {emo_angry|}',
  ),
  t('waste_collection', 'complaint', 'Missed {bin} collection again on {street}, {area}. {days} days now and it stinks {emo_angry|}'),
  t(
    'waste_collection',
    'complaint',
    'Third missed collection in {weeks} weeks on {street}. Reported it online {twice|three times|} and {nothing|no reply|still nothing}. {council}',
  ),
  t(
    'waste_collection',
    'complaint',
    'The {bin} lorry {drove straight past|skipped|missed} our road {again |}this morning. {street}, {place}. Overflowing now {emo_angry|}',
  ),
  t(
    'waste_collection',
    'complaint',
    '{Why|How} is it so hard to empty a {bin}?? {street} {place} missed {again|for the second time|} {emo_angry|}',
  ),
  t(
    'waste_collection',
    'complaint',
    'Bin men left half the recycling in the road on {street} and the wind has spread it everywhere. Not good enough {council}',
  ),
  t(
    'waste_collection',
    'complaint',
    'Our {bin} has been sat on the pavement since {day} waiting to be emptied. {area} is a tip at the moment.',
  ),
  t(
    'waste_collection',
    'complaint',
    'Garden waste subscription paid in full and {they have missed us|missed} {twice|3 times|again} this month. Want a refund {council}',
  ),
  t('waste_collection', 'complaint', 'Crews smashed our {bin} lid chucking it back. Who do I ask for a replacement? {street}, {place}'),
  t('waste_collection', 'question', '{council} what day is bin collection over {festive} in {place}? {emo_q|}'),
  t('waste_collection', 'question', 'Does anyone know if bin day has changed in {area}? Ours used to be {day} and nobody has come'),
  t(
    'waste_collection',
    'question',
    'Hi, can I put {pizza boxes|plastic film|tetra paks|foil trays|shredded paper} in the {bin} in {place}? Website is not clear {emo_q|}',
  ),
  t('waste_collection', 'question', 'How do I order a new {bin}? Ours was taken by the lorry on {day}. {council}'),
  t('waste_collection', 'question', '{council} is the garden waste collection still running over winter in {place}?'),
  t('waste_collection', 'question', 'Anyone else on {street} not had their {bin} emptied {today|this week|yet}? Or is it just us'),
  t('waste_collection', 'question', 'How do I book a bulky waste collection for an old sofa in {place}? {council}'),
  t('waste_collection', 'report', 'Missed bin: {num} {street}, {place}. {bin} due {day}, still full.'),
  t('waste_collection', 'report', 'Recycling not taken from the whole of {street} {area} {today|this morning|on {day}}.'),
  t('waste_collection', 'information', 'Heads up {area}: bins are running a day late this week after the bank holiday {emo_warn|}'),
  t('waste_collection', 'information', 'PSA {place}: garden waste collections pause from mid December, check your calendar'),
  t(
    'waste_collection',
    'praise',
    'Shout out to the bin crew on {street} this morning, {always cheerful|always wave at my son|so careful with the bins} {emo_happy|}',
  ),
  t(
    'waste_collection',
    'praise',
    'Well done to the crews who came back for our {bin} within the hour. Great service {council} {emo_happy|}',
  ),
  // recycling_centres
  t(
    'recycling_centres',
    'complaint',
    'Queued {minutes} minutes at the tip in {place} {today|this morning} and then told the skip was full {emo_angry|}',
  ),
  t(
    'recycling_centres',
    'complaint',
    'Booking system for the recycling centre is a joke. No slots for {weeks} weeks. No wonder people fly-tip {council}',
  ),
  t(
    'recycling_centres',
    'complaint',
    'Charged to get rid of {some rubble|a bit of plasterboard|two tyres} at the {place} recycling centre. {Daylight robbery.|Ridiculous.}',
  ),
  t('recycling_centres', 'question', 'Is the {place} recycling centre open on {day}? {council}'),
  t('recycling_centres', 'question', 'Do I need to book to go to the tip in {place} or can I just turn up?'),
  t(
    'recycling_centres',
    'question',
    'Does the household waste recycling centre near {place} take {paint|fridges|mattresses|car batteries|old TVs}?',
  ),
  t('recycling_centres', 'praise', 'Staff at the {place} tip were so helpful today, unloaded the car for my mum {emo_happy|}'),
  t('recycling_centres', 'information', 'FYI the {place} recycling centre is on winter hours now, closes at 4pm'),
  // fly_tipping
  t(
    'fly_tipping',
    'report',
    'Fly-tipping on {street}, {place}: {mattresses|a fridge|a sofa|bags of rubbish|builders rubble|a pile of tyres} dumped {overnight|this morning|again}. {council}',
  ),
  t(
    'fly_tipping',
    'report',
    '{council} someone has dumped {a load of|loads of} {rubbish|garden waste|black bags|carpet} in the lay-by on the {road} near {place} {emo_angry|}',
  ),
  t('fly_tipping', 'report', 'Fly tipping in the lane behind {street} {area}. Been there {days} days. Rats now.'),
  t('fly_tipping', 'complaint', 'Another weekend, another pile of fly-tipping on {street}. {area} deserves better than this. {council}'),
  t(
    'fly_tipping',
    'complaint',
    'Absolute scumbags dumping {mattresses|asbestos sheets|a whole kitchen} by the {park} entrance. Hope they get caught',
  ),
  t('fly_tipping', 'question', 'How do you report fly tipping in {place}? There is a {fridge|sofa|load of rubbish} outside {num} {street}'),
  t('fly_tipping', 'praise', 'Fly-tip on {street} cleared within a day of reporting it. Thank you {council} {emo_happy|}'),
  // street_cleaning
  t('street_cleaning', 'complaint', 'The litter along {street} is a disgrace. When was it last swept? {council}'),
  t('street_cleaning', 'complaint', 'Dog mess all over the pavement on {street} {area}. Kids walking to school through it {emo_angry|}'),
  t(
    'street_cleaning',
    'report',
    'Graffiti {all over|on} the {bus shelter|underpass|wall} on {street}, {place}. {Some of it is offensive.|}',
  ),
  t('street_cleaning', 'report', 'Broken glass all over the pavement outside {num} {street}, {place}. Could someone sweep it please'),
  t('street_cleaning', 'report', 'Bins in {park} overflowing {again|}, rubbish blowing everywhere'),
  t(
    'street_cleaning',
    'praise',
    'Massive thanks to the street cleaning team in {place} centre, looks great after the {market|weekend|fair} {emo_happy|}',
  ),
  t('street_cleaning', 'question', 'Who do I contact about leaves blocking the pavement on {street}? Slippery as anything'),
];
