/** data/nlp/intent.json: weighted cue phrases per intent, question openers and topic sets. */
import { Type, type Static } from 'typebox';

import { StringEnum } from '../../../core/contracts/schema.js';
import { INTENTS } from '../../../core/contracts/tags.js';
import { readNlpData } from '../../nlp/index.js';

const Words = Type.Array(Type.String({ minLength: 1 }));

const CueGroupSchema = Type.Object({
  intent: StringEnum(INTENTS),
  weight: Type.Number({ minimum: 0, maximum: 10 }),
  patterns: Words,
});

export const IntentDataSchema = Type.Object({
  note: Type.Optional(Type.String()),
  groups: Type.Array(CueGroupSchema, { minItems: 1 }),
  /** Words that make a sentence a question when they open it (compromise's question words and modals are added). */
  questionOpeners: Words,
  /** Information about these topics is at least normal urgency (weather warnings, fires, floods). */
  alertTopics: Words,
  /** Questions only about these topics are chatter, not service requests ("is the council hiring?"). */
  noResponseTopics: Words,
  /** Complaints only about bodies a council does not answer for (NHS). */
  otherBodyTopics: Words,
  /** First-person words: a post with none, flat and asking nothing, reads as a notice. */
  firstPerson: Words,
  /** Negating words beyond compromise's negatives ("don't", "nobody"): each nudges towards complaint. */
  negations: Words,
});

export type CueGroup = Static<typeof CueGroupSchema>;
export type IntentData = Static<typeof IntentDataSchema>;

export function loadIntentData(): IntentData {
  return readNlpData('intent.json', IntentDataSchema);
}
