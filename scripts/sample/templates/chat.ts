import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

/** Off-topic chat that a listening tool picks up and should leave alone. */
export const OFF_TOPIC: readonly TemplateSpec[] = [
  t(null, 'question', 'Anyone know a good {plumber|electrician|dog groomer|mechanic|window cleaner} in {place}? {emo_q|}', 'low'),
  t(null, 'other', '{Gorgeous|Stunning|Lovely} sunset over {place} tonight {emo_happy|}', 'low'),
  t(null, 'question', 'Best {chippy|curry house|Sunday roast|coffee} in {place}? Go.', 'low'),
  t(null, 'other', 'Lost {cat|ginger cat|black cat|tabby} around {street}, {area}, answers to {name}. Please share {emo_sad|}', 'low'),
  t(null, 'other', 'What a result for the lads {today|last night|at the weekend} {emo_happy|} {place} {til I die|forever|}', 'low'),
  t(null, 'other', 'Coffee and a walk round {park} before work. {Not a bad start to the day.|Freezing but worth it.}', 'low'),
  t(null, 'other', 'Who else is already watching Christmas films? {emo_laugh|}', 'low'),
  t(null, 'other', 'That new {cafe|bakery|bookshop|pizza place} on {street} is {amazing|so good}, highly recommend', 'low'),
  t(null, 'other', 'Happy {Friday|Saturday|Monday} {place}! {emo_happy|}', 'low'),
  t(null, 'question', 'Does anyone have a {ladder|trailer|gazebo|carpet cleaner} I could borrow this weekend in {area}?', 'low'),
  t(null, 'other', 'Morning all, {freezing|grim|lovely and crisp} out there {today|this morning} {emo_weather|}', 'low'),
  t(null, 'other', 'My dog {ate|stole} a whole {sock|mince pie|tennis ball|sandwich} {emo_laugh|}', 'low'),
  t(null, 'other', 'Selling a {kids bike|pram|sofa|cot}, collection from {area}, DM me', 'low'),
  t(null, 'other', 'Anyone else hear that {massive bang|weird noise} in {area} {just now|last night}? {emo_q|}', 'low'),
  t(null, 'other', 'Mince pie count this week: {3|7|11|too many} {emo_laugh|}', 'low'),
  t(null, 'other', 'Traffic on the {road} is just a way of life now {emo_laugh|}', 'low'),
  t(null, 'other', 'Quiz night at the pub on {street} on {day} if anyone fancies it', 'low'),
  t(null, 'other', 'Can not believe it is nearly Christmas {already|}. Where did {this year|2026} go?', 'low'),
];

/** Headlines from local news feeds (RSS): information, written by outlets. */
export const NEWS: readonly TemplateSpec[] = [
  t('waste_collection', 'information', 'Residents in {area} angry as bins go uncollected for {weeks} weeks'),
  t('council_tax', 'information', 'Council tax set to rise by {pct} in {place} as council warns of budget gap'),
  t('potholes_roads', 'information', '{road} closed near {place} after {crash|collision involving two cars|lorry overturns}'),
  t('flooding_drainage', 'information', 'Flood warnings issued for River {river} after heavy rain'),
  t('planning', 'information', 'Plans for {300|450|120} homes in {area} approved despite objections'),
  t('libraries', 'information', '{place} library opening hours to be cut under budget plans'),
  t('public_transport', 'information', 'New timetable for {place}: the {bus} to run every {20|30} minutes'),
  t('potholes_roads', 'information', 'Pothole repair backlog grows as {council_name} warns of funding gap'),
  t('events', 'information', 'Christmas lights switch-on in {place}: everything you need to know'),
  t('policing', 'information', 'Police appeal after {burglaries|car break-ins|bike thefts} in {area}'),
  t('fire', 'information', 'Fire crews tackle blaze {at a house|at a warehouse|in a flat} on {street}, {place}'),
  t('housing', 'information', 'Damp and mould: council tenants in {area} say repairs take months'),
  t('social_care', 'information', 'Care home beds shortage in {place} leaves patients stuck in hospital'),
  t('severe_weather', 'information', '{storm}: {place} braced for {gales|heavy rain|flooding} as warnings issued'),
];
