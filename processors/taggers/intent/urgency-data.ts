/**
 * data/nlp/urgency.json: phrase rules that raise urgency, with their guards; and
 * data/nlp/urgency-lexicon.json: the hazard, context and guard vocabularies the compositional frames
 * combine (see urgency-lexicon.ts).
 */
import { Type, type Static } from 'typebox';

import { StringEnum } from '../../../core/contracts/schema.js';
import { readNlpData } from '../../nlp/index.js';
import { UrgencyLexiconSchema } from './urgency-lexicon.js';
import { RAISED_LEVELS } from './urgency-levels.js';

export { RAISED_LEVELS, type RaisedLevel } from './urgency-levels.js';

const Patterns = Type.Array(Type.String({ minLength: 1 }));

const UrgencyRuleSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  level: StringEnum(RAISED_LEVELS),
  /** 'report' for incidents and hazards: a post about one reads as a report unless its cues say otherwise. */
  intentHint: Type.Optional(StringEnum(['report'] as const)),
  patterns: Patterns,
  /** Drop a hit when one of these matches tokens overlapping it ("fire station" under "a fire"). */
  unless: Type.Optional(Patterns),
  /** Drop the rule for the whole post ("all out now, no one hurt"). */
  vetoes: Type.Optional(Patterns),
});

const SoftGroupSchema = Type.Object({ weight: Type.Number({ minimum: 0, maximum: 10 }), patterns: Patterns });

/** Danger, vulnerability and immediacy words: enough of them raise urgency when no rule fired. */
const SoftSchema = Type.Object({
  note: Type.Optional(Type.String()),
  level: StringEnum(RAISED_LEVELS),
  threshold: Type.Number({ minimum: 0 }),
  /** Added when the post's sentiment is negative. */
  negativeBonus: Type.Number({ minimum: 0 }),
  groups: Type.Array(SoftGroupSchema),
});

export const UrgencyDataSchema = Type.Object({
  note: Type.Optional(Type.String()),
  rules: Type.Array(UrgencyRuleSchema),
  soft: Type.Optional(SoftSchema),
  /** Term vocabularies and the frames that combine them; without it only the phrase rules apply. */
  lexicon: Type.Optional(UrgencyLexiconSchema),
});

export type UrgencyRule = Static<typeof UrgencyRuleSchema>;
export type SoftUrgency = Static<typeof SoftSchema>;
export type UrgencyData = Static<typeof UrgencyDataSchema>;

/** Both files; urgency.json itself carries no lexicon. */
export function loadUrgencyData(): UrgencyData {
  const rules = readNlpData('urgency.json', UrgencyDataSchema);
  return { ...rules, lexicon: readNlpData('urgency-lexicon.json', UrgencyLexiconSchema) };
}
