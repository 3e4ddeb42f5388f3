import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const MONEY: readonly TemplateSpec[] = [
  // council_tax
  t(
    'council_tax',
    'complaint',
    'Council tax up {pct} again and {the bins are missed every week|the roads are falling apart|the library is shutting}. {council} where does the money go? {emo_angry|}',
  ),
  t('council_tax', 'complaint', 'Paying {amount} council tax in {place} for {this|what exactly}? {emo_angry|}'),
  t(
    'council_tax',
    'complaint',
    'Got a court summons for council tax {I have already paid|they took twice by direct debit}. {Been on hold {minutes} minutes.|Nobody answers the phone.} {council}',
  ),
  t('council_tax', 'question', 'How do I apply for the single person discount on council tax in {place}? {council}'),
  t('council_tax', 'question', '{council} I moved out of {street} on {day}, how do I close my council tax account?'),
  t('council_tax', 'question', 'Can I spread council tax over 12 months instead of 10? {council}'),
  t('council_tax', 'question', 'My council tax bill says band {D|C|E|B} but the house next door is band {B|C|A}. How do I challenge it?'),
  t('council_tax', 'information', 'Council tax bills going out {this week|next week} in {place}, {pct} rise confirmed'),
  // benefits
  t('benefits', 'question', 'How do I apply for council tax support? Lost my job {last month|in October|last week} {council}'),
  t(
    'benefits',
    'question',
    'Is the household support fund still open in {place}? Struggling with the {electric|heating|food shop} {emo_sad|}',
  ),
  t(
    'benefits',
    'complaint',
    'Housing benefit claim submitted {weeks} weeks ago and still nothing. Rent arrears building up {council} {emo_sad|}',
  ),
  t(
    'benefits',
    'complaint',
    'They stopped my housing benefit {without any warning|because of a form I never got} and now I am behind on rent.',
  ),
  t('benefits', 'question', 'Does anyone know where the warm spaces are in {place} this winter?'),
  t('benefits', 'information', 'Warm space open at the {place} library {every weekday|Monday to Friday}, free tea and coffee {emo_happy|}'),
  t(
    'benefits',
    'praise',
    'The cost of living team at {council_name} helped us get our {energy bill|rent} sorted. {Cannot thank them enough.|Brilliant.}',
  ),
];
