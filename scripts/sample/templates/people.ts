import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const PEOPLE: readonly TemplateSpec[] = [
  // social_care
  t(
    'social_care',
    'complaint',
    'My {mum|dad|nan} has been waiting {weeks} weeks for a care assessment. {She|He} cannot manage at home {council} {emo_sad|}',
  ),
  t(
    'social_care',
    'complaint',
    'Carers not turning up for my {dad|mum} in {area} {again|}. {He|She} was left without {lunch|meds|help} all day {emo_angry|}',
    'high',
  ),
  t('social_care', 'question', 'Who do I speak to about getting a blue badge or care support for my {mum|dad} in {place}? {council}'),
  t(
    'social_care',
    'report',
    'Really worried about my elderly neighbour on {street}, {place}. Not seen her for {days} days and curtains still shut',
    'high',
  ),
  t(
    'social_care',
    'praise',
    'The reablement team were amazing with {my dad|my mum|my grandad} after hospital. Thank you {council} {emo_happy|}',
  ),
  // schools
  t('schools', 'question', '{council} are schools in {place} open {tomorrow|on {day}}? Nothing on the website {emo_q|}'),
  t(
    'schools',
    'complaint',
    'School transport for my {son|daughter} with SEND {has not turned up|cancelled again|was changed with no notice}. {council} {emo_angry|}',
  ),
  t(
    'schools',
    'complaint',
    'EHCP application in for {months} months and still waiting. {council} my {son|daughter} is out of school {emo_sad|}',
  ),
  t('schools', 'question', 'When is the deadline for secondary school applications in {place}? {council}'),
  t(
    'schools',
    'complaint',
    'No lollipop person outside {school} on {street} {this term|since September|since half term}. Cars flying past at {time}',
  ),
  t('schools', 'praise', 'Brilliant {christmas fair|nativity|sports day} at {school} in {area}, well done to all the staff {emo_happy|}'),
  // libraries
  t(
    'libraries',
    'complaint',
    'Cutting the opening hours at {place} library {again|}? {It is the only warm place some people have.|Kids need it for homework.} {council}',
  ),
  t('libraries', 'question', 'Is {place} library open on {day}? {council}'),
  t(
    'libraries',
    'praise',
    '{place} library staff are {brilliant|the best}, the toddler rhyme time is {the highlight of our week|so good} {emo_happy|}',
  ),
  t('libraries', 'information', 'Free {coding club|warm space|homework club|knit and natter} at {place} library every {day} {emo_happy|}'),
  // health_services
  t(
    'health_services',
    'complaint',
    'Tried to get a GP appointment in {place} at 8am, {number 34 in the queue|all gone by 8:05|told to call back tomorrow}. {emo_angry|}',
  ),
  t(
    'health_services',
    'complaint',
    'Waited {hours} hours in A&E {last night|today} with my {son|daughter|mum}. Staff amazing but not enough of them',
  ),
  t('health_services', 'complaint', 'Ambulance took {hours} hours for my {nan|grandad} who had a fall in {area} {emo_sad|}', 'high'),
  t('health_services', 'question', 'Does anyone know an NHS dentist taking new patients in {place}? {emo_q|}'),
  t('health_services', 'question', 'Where can I get a flu jab in {place} without an appointment?'),
  t(
    'health_services',
    'praise',
    'Shout out to the nurses on the ward at the hospital near {place}, {absolute angels|brilliant with my dad} {emo_happy|}',
  ),
  // customer_service
  t(
    'customer_service',
    'complaint',
    'On hold to {council} for {minutes} minutes {again|}. {Then cut off.|Gave up.|Still waiting.} {emo_angry|}',
  ),
  t('customer_service', 'complaint', 'Emailed {council} {weeks} weeks ago about {street}. No reply, not even an acknowledgement'),
  t(
    'customer_service',
    'complaint',
    'Council website {down again|keeps crashing|will not let me log in}. How are we supposed to report anything? {council}',
  ),
  t('customer_service', 'question', 'What is the phone number for {council} out of hours? Website goes round in circles'),
  t(
    'customer_service',
    'praise',
    'Lady on the phone at {council} was so helpful {today|this morning}, sorted it in 5 minutes {emo_happy|}',
  ),
  // jobs
  t('jobs', 'question', 'Is {council} hiring {bin crew|care workers|school crossing patrols|gritter drivers}? Saw something on Facebook'),
  t('jobs', 'information', '{council} jobs fair at {place} {library|town hall} on {day}, {loads of roles|apprenticeships too}'),
  // democracy
  t('democracy', 'question', 'When is the next full council meeting? Want to ask a question about {street} {council}'),
  t('democracy', 'complaint', 'Our councillor for {area} has not replied to {a single email|anyone} in {months} months'),
  t('democracy', 'information', 'By-election in {area} on {day}, remember your photo ID to vote'),
  // cemeteries
  t(
    'cemeteries',
    'complaint',
    "Grass at {place} cemetery has not been cut {for weeks|since summer}. Cannot even find my {dad's|mum's} grave {emo_sad|}",
  ),
  t('cemeteries', 'question', 'How do I book a memorial bench or plaque at {place} cemetery?'),
];
