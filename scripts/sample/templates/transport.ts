import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const TRANSPORT: readonly TemplateSpec[] = [
  // public_transport
  t(
    'public_transport',
    'complaint',
    "The {bus} bus {didn't turn up|never came|was cancelled} {again|} {this morning|at {time}}. Late for work {again|for the third time this week} {emo_angry|}",
  ),
  t(
    'public_transport',
    'complaint',
    '{busop} has cut the {bus} {to once an hour|in the evenings|completely on Sundays}. How are people in {area} meant to get to work? {council}',
  ),
  t(
    'public_transport',
    'complaint',
    'Waited {minutes} mins at the stop on {street} for the {bus}. App said due, then it vanished {emo_angry|}',
  ),
  t(
    'public_transport',
    'complaint',
    'Bus shelter on {street} {smashed|has no roof|has no timetable} {again|for months}. Standing in the rain with the kids {emo_sad|}',
  ),
  t(
    'public_transport',
    'complaint',
    'Driver on the {bus} {refused my bus pass|would not let my pushchair on|drove past the stop}. {street}, {time}.',
  ),
  t(
    'public_transport',
    'question',
    'Anyone know if the {bus} is running {today|on {day}|over {festive}}? Timetable online says nothing {emo_q|}',
  ),
  t('public_transport', 'question', '{council} how do I renew my concessionary bus pass? It expires {next month|on {day}}'),
  t('public_transport', 'question', 'Is the {bus} from {place} to {area} being diverted because of the roadworks on {street}?'),
  t(
    'public_transport',
    'praise',
    'Lovely driver on the {bus} {this morning|today} waited for my dad who walks with a stick. {busop} {emo_happy|}',
  ),
  t(
    'public_transport',
    'information',
    'The {bus} is diverted away from {street} {until further notice|all week}, use the stop on {road} {emo_warn|}',
  ),
  // rail
  t(
    'rail',
    'complaint',
    '{trainop} {cancelled|delayed} {the {time}|my train|the 07:12} from {station} {again|}. {Third time this week.|Every single day.|} {emo_angry|}',
  ),
  t('rail', 'complaint', 'Two coaches on a Friday evening from {station}. Standing all the way {again|}. {trainop} {emo_angry|}'),
  t('rail', 'complaint', 'Ticket machines at {station} broken {again|} and the office is shut. {trainop}'),
  t('rail', 'question', '{trainop} is there a rail replacement bus from {station} {this weekend|on {day}}?'),
  t('rail', 'question', 'Does anyone know why trains are not stopping at {station} {today|tonight}? {emo_q|}'),
  t('rail', 'information', 'Line blocked near {station}, trains {delayed|cancelled} for the next {hours} hours {emo_warn|}'),
  t(
    'rail',
    'praise',
    'Staff at {station} were brilliant helping {an elderly lady|my gran|a blind passenger} with her bags today {emo_happy|}',
  ),
];
