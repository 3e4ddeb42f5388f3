import type { TemplateSpec } from './compile.js';
import { t } from './spec.js';

export const REPLY_KINDS = ['logged', 'answer', 'thanks', 'redirect', 'emergency'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** Council replies, by what the resident needed. `{sign}` is the social media officer's initials. */
export const REPLIES: Readonly<Record<ReplyKind, readonly TemplateSpec[]>> = {
  logged: [
    t(null, 'information', "Hi {first}, sorry about this. We've reported it to the crew - ref {ref} {sign}"),
    t(
      null,
      'information',
      "Hi {first}, thanks for letting us know. We've passed this to the team (ref {ref}) and they'll be in touch. {sign}",
    ),
    t(null, 'information', 'Sorry to hear this {first}. Could you send us a DM with the address and we will look into it? {sign}'),
    t(null, 'information', 'Hi {first}, you can report this at https://{domain}/report and it goes straight to the right team. {sign}'),
    t(null, 'information', "Thanks {first}, we've raised this as a priority with our contractor, ref {ref}. Sorry for the hassle. {sign}"),
    t(null, 'information', 'Hi {first}, we are sorry for the delay. The team hope to be out within {days} working days. {sign}'),
  ],
  answer: [
    t(null, 'information', 'Hi {first}, collections move by a day over {festive}. Full dates at https://{domain}/bins {sign}'),
    t(
      null,
      'information',
      "Hi {first}, there's more on this at https://{domain}/{council-tax|parking|housing|schools|libraries} or you can call our contact centre. {sign}",
    ),
    t(null, 'information', 'Hi {first}, yes it is open {day} 9am to 4pm. {sign}'),
    t(null, 'information', 'Hi {first}, could you DM us your address and we can check for you? {sign}'),
    t(null, 'information', 'Hi {first}, you can apply online at https://{domain}/apply - any problems give us a shout. {sign}'),
  ],
  thanks: [
    t(null, 'information', "Thanks {first}, we'll pass that on to the team, they'll be chuffed {emo_happy|} {sign}"),
    t(null, 'information', "That's lovely to hear {first}, thank you! {emo_happy|}"),
    t(null, 'information', "Thank you {first}! We'll make sure the crew see this {emo_happy|}"),
  ],
  redirect: [
    t(null, 'information', 'Hi {first}, this one is for {other}, please contact them directly. {sign}'),
    t(null, 'information', "Hi {first}, that isn't something we look after I'm afraid - {other} can help. {sign}"),
  ],
  emergency: [
    t(
      null,
      'information',
      'Hi {first}, if anyone is in danger please call 999. For gas, leave the property and call the National Gas emergency line on 0800 111 999.',
    ),
    t(null, 'information', 'Thanks {first}, our highways team are on their way. Please keep clear and call 999 if anyone is hurt.'),
    t(null, 'information', "Hi {first}, please call 999 if there's a risk to life. We've alerted our emergency response team."),
  ],
};

export const REPLIES_CY: readonly TemplateSpec[] = [
  t(null, 'information', "Diolch am roi gwybod i ni {first}. Rydym wedi trosglwyddo hyn i'r tîm. Cyf: {ref}"),
  t(null, 'information', "Mae'n ddrwg gennym glywed hyn {first}. Anfonwch neges uniongyrchol atom gyda'r cyfeiriad os gwelwch yn dda."),
];

/** Bilingual replies some Welsh councils use whatever language the resident wrote in. */
export const REPLIES_BILINGUAL: readonly TemplateSpec[] = [
  t(null, 'information', "Thanks {first}, we've logged this (ref {ref}). / Diolch {first}, rydym wedi cofnodi hyn (cyf {ref})."),
  t(null, 'information', 'Hi {first}, we have passed this to the team. / Rydym wedi trosglwyddo hyn i’r tîm. {sign}'),
];

/** Residents answering the council's reply in the same thread. */
export const FOLLOW_UPS: readonly TemplateSpec[] = [
  t(null, 'praise', 'Thanks, appreciate the quick reply {emo_happy|}', 'low'),
  t(null, 'complaint', 'Ref {ref} was {days} days ago and still nothing {emo_angry|}'),
  t(null, 'complaint', 'Still not done. {emo_angry|}'),
  t(null, 'other', 'DM sent', 'low'),
  t('customer_service', 'complaint', "That link doesn't work {emo_angry|}"),
  t(null, 'praise', 'Brilliant, all sorted now, thank you!', 'low'),
  t(null, 'question', 'Any update on this?'),
];
