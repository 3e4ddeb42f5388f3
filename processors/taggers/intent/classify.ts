/**
 * Intent from cue phrases, question shape, and what earlier taggers found: sentiment (complaints are
 * negative, praise positive), topics (no civic topic is mostly chatter) and safety wording (an
 * incident is reported).
 */
import type { Intent, Sentiment, TopicTag } from '../../../core/contracts/tags.js';
import { bestIntent, INTENT_INDEX, type IntentScores } from './cues.js';
import type { Signals } from './signals.js';

// Hand-set on the dev split of the labelled posts; see scripts/eval/enrichment.ts.
const W = {
  noTopicOther: 3.5,
  addressedOther: -0.8,
  negativeComplaint: 1.0,
  negativeReport: 0.4,
  negativeQuestion: -1.0,
  negativePraiseShare: 0.3,
  positivePraise: 1.2,
  neutralInformation: 0.3,
  neutralReport: 0.3,
  neutralQuestion: 0.2,
  marked: 1.0,
  openedAndMarked: 1.5,
  opened: 0.5,
  emergencyReport: 3.5,
  highReport: 0.5,
  raisedOther: -3,
  negation: 0.3,
  maxNegation: 0.9,
  impersonalNotice: 0.8,
} as const;

const C = INTENT_INDEX;

/** The cue scores plus everything else, written into `s` (a scratch array the caller reuses). */
export function intentScores(signals: Signals, sentiment: Sentiment, topics: readonly TopicTag[], s: IntentScores): IntentScores {
  // A loop, not `set`: for six scores the call into the built-in costs more than the stores.
  const cues = signals.cues;
  for (let i = 0; i < s.length; i++) s[i] = cues[i] as number;
  if (topics.length === 0) add(s, C.other, W.noTopicOther);
  if (signals.addressed) add(s, C.other, W.addressedOther);
  addSentiment(s, sentiment);
  const q = signals.question;
  if (q.marked) add(s, C.question, W.marked);
  if (q.openedAndMarked) add(s, C.question, W.openedAndMarked);
  else if (q.opened) add(s, C.question, W.opened);
  const raised = signals.urgency;
  if (raised !== undefined) {
    if (raised.incident) add(s, C.report, raised.level === 'emergency' ? W.emergencyReport : W.highReport);
    add(s, C.other, W.raisedOther);
  }
  add(s, C.complaint, Math.min(W.maxNegation, W.negation * signals.negations));
  // Notices speak of no one in particular and ask nothing.
  if (!signals.personal && !q.marked && sentiment.label !== 'negative') add(s, C.information, W.impersonalNotice);
  return s;
}

export function classifyIntent(signals: Signals, sentiment: Sentiment, topics: readonly TopicTag[], scratch: IntentScores): Intent {
  return bestIntent(intentScores(signals, sentiment, topics, scratch));
}

function add(s: IntentScores, i: number, x: number): void {
  s[i] = (s[i] ?? 0) + x;
}

function addSentiment(s: IntentScores, sentiment: Sentiment): void {
  if (sentiment.label === 'negative') {
    add(s, C.complaint, W.negativeComplaint);
    add(s, C.report, W.negativeReport);
    add(s, C.question, W.negativeQuestion);
    // Thanks in a negative post is sarcasm ("4 hours on the M25 thanks to the smart motorway").
    s[C.praise] = (s[C.praise] ?? 0) * W.negativePraiseShare;
  } else if (sentiment.label === 'positive') {
    add(s, C.praise, W.positivePraise);
  } else {
    add(s, C.information, W.neutralInformation);
    add(s, C.report, W.neutralReport);
    add(s, C.question, W.neutralQuestion);
  }
}
