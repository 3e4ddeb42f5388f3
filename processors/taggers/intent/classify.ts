/**
 * Intent from cue phrases, question shape, and what earlier taggers found: sentiment (complaints are
 * negative, praise positive), topics (no civic topic is mostly chatter) and safety wording (an
 * incident is reported).
 */
import type { Intent, Sentiment, TopicTag } from '../../../core/contracts/tags.js';
import { bestIntent, type IntentScores } from './cues.js';
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

export function intentScores(signals: Signals, sentiment: Sentiment, topics: readonly TopicTag[]): IntentScores {
  const s = { ...signals.cues };
  if (topics.length === 0) s.other += W.noTopicOther;
  if (signals.addressed) s.other += W.addressedOther;
  addSentiment(s, sentiment);
  const q = signals.question;
  if (q.marked) s.question += W.marked;
  if (q.openedAndMarked) s.question += W.openedAndMarked;
  else if (q.opened) s.question += W.opened;
  const raised = signals.urgency;
  if (raised !== undefined) {
    if (raised.incident) s.report += raised.level === 'emergency' ? W.emergencyReport : W.highReport;
    s.other += W.raisedOther;
  }
  s.complaint += Math.min(W.maxNegation, W.negation * signals.negations);
  // Notices speak of no one in particular and ask nothing.
  if (!signals.personal && !q.marked && sentiment.label !== 'negative') s.information += W.impersonalNotice;
  return s;
}

export function classifyIntent(signals: Signals, sentiment: Sentiment, topics: readonly TopicTag[]): Intent {
  return bestIntent(intentScores(signals, sentiment, topics));
}

function addSentiment(s: IntentScores, sentiment: Sentiment): void {
  if (sentiment.label === 'negative') {
    s.complaint += W.negativeComplaint;
    s.report += W.negativeReport;
    s.question += W.negativeQuestion;
    // Thanks in a negative post is sarcasm ("4 hours on the M25 thanks to the smart motorway").
    s.praise *= W.negativePraiseShare;
  } else if (sentiment.label === 'positive') {
    s.praise += W.positivePraise;
  } else {
    s.information += W.neutralInformation;
    s.report += W.neutralReport;
    s.question += W.neutralQuestion;
  }
}
