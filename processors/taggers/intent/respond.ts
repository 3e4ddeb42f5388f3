/**
 * Would a council comms officer reply to this, or route it? Complaints, questions and reports do;
 * praise, information and chatter do not, nor questions only about topics that are not service
 * requests, nor complaints only about bodies the council does not answer for. Safety wording
 * always needs a response.
 */
import type { Intent, TopicTag } from '../../../core/contracts/tags.js';
import type { RaisedLevel } from './urgency-data.js';

export interface ResponsePolicy {
  readonly noResponseTopics: ReadonlySet<string>;
  readonly otherBodyTopics: ReadonlySet<string>;
}

export function needsResponse(
  policy: ResponsePolicy,
  intent: Intent,
  topics: readonly TopicTag[],
  raised: RaisedLevel | undefined,
): boolean {
  if (raised !== undefined) return true;
  if (intent === 'question') return !allIn(topics, policy.noResponseTopics);
  if (intent === 'complaint') return !allIn(topics, policy.otherBodyTopics);
  return intent === 'report';
}

function allIn(topics: readonly TopicTag[], set: ReadonlySet<string>): boolean {
  if (topics.length === 0) return false;
  for (const t of topics) if (!set.has(t.id)) return false;
  return true;
}
