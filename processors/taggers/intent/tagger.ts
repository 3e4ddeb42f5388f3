import type { Intent, Sentiment, Tags, TopicTag, Urgency } from '../../../core/contracts/tags.js';
import { nlpLexicon } from '../../nlp/index.js';
import type { TagInput, Tagger } from '../tagger.js';
import { classifyIntent } from './classify.js';
import { zeroScores } from './cues.js';
import { loadIntentData, type IntentData } from './intent-data.js';
import { needsResponse, type ResponsePolicy } from './respond.js';
import { createSignalReader, type SignalReader, type Signals } from './signals.js';
import { loadUrgencyData, type RaisedLevel, type SoftUrgency, type UrgencyData } from './urgency-data.js';
import { createUrgencyNet, type UrgencyModel, type UrgencyNet } from './urgency-net.js';

export interface IntentTaggerOptions {
  /** Replaces data/nlp/intent.json (tests). */
  readonly intentData?: IntentData;
  /** Replaces data/nlp/urgency.json (tests). */
  readonly urgencyData?: UrgencyData;
  /**
   * The learned safety net's model (`loadUrgencyModel()` for the shipped one); absent or null runs
   * the rules alone. The default chain passes the shipped model unless CP_URGENCY_NET=off.
   */
  readonly urgencyModel?: UrgencyModel | null;
}

/**
 * Sets tags.intent, tags.needs_response and tags.urgency. Runs after sentiment and topics, whose
 * results it reads.
 */
export function createIntentTagger(opts: IntentTaggerOptions = {}): Tagger {
  const data = opts.intentData ?? loadIntentData();
  const urgencyData = opts.urgencyData ?? loadUrgencyData();
  const model = opts.urgencyModel ?? null;
  const reader = buildReader(data, urgencyData, model === null ? undefined : createUrgencyNet(model));
  const soft = urgencyData.soft;
  const policy: ResponsePolicy = { noResponseTopics: new Set(data.noResponseTopics), otherBodyTopics: new Set(data.otherBodyTopics) };
  const alertTopics = new Set(data.alertTopics);
  const scratch = zeroScores();
  return {
    name: 'intent',
    tag(input: TagInput, tags: Tags): void {
      const signals = reader.read(input.text.tokens);
      const intent = classifyIntent(signals, tags.sentiment, tags.topics, scratch);
      const raised = liftLevel(reader, signals.urgency?.level ?? softLevel(soft, signals, tags.sentiment, intent) ?? netLevel(reader));
      tags.intent = intent;
      tags.needs_response = needsResponse(policy, intent, tags.topics, raised);
      tags.urgency = raised ?? baseline(intent, tags.topics, alertTopics);
    },
  };
}

/** Question openers and negations: compromise's question words, modals and negatives, plus intent.json's lists. */
function buildReader(data: IntentData, urgency: UrgencyData, net: UrgencyNet | undefined): SignalReader {
  const lex = nlpLexicon();
  const openers = new Set(data.questionOpeners.map((w) => w.toLowerCase()));
  for (const w of lex.questionWords) if (!w.includes(' ')) openers.add(w);
  for (const w of lex.modals) if (!w.includes(' ')) openers.add(w);
  const negatives = new Set([...lex.negatives, ...data.negations]);
  return createSignalReader({ groups: data.groups, urgency, negatives, openers, firstPerson: data.firstPerson, net });
}

/**
 * Danger words without a rule: enough of them raise a post about a service (not praise or chatter)
 * to the soft level.
 */
function softLevel(soft: SoftUrgency | undefined, signals: Signals, sentiment: Sentiment, intent: Intent): RaisedLevel | undefined {
  if (soft === undefined || intent === 'praise' || intent === 'other') return undefined;
  const score = signals.danger + (sentiment.label === 'negative' ? soft.negativeBonus : 0);
  return score >= soft.threshold ? soft.level : undefined;
}

/**
 * The learned safety net, for posts the rules leave below high: it raises to high, and only its
 * emergency head (liftLevel) may take a post further.
 */
function netLevel(reader: SignalReader): RaisedLevel | undefined {
  return reader.netRaises() ? 'high' : undefined;
}

/**
 * The net's emergency head: a post that would end at high (by a rule or by the net) becomes an
 * emergency when the head is confident. It only ever lifts: a rule's emergency stays, and a post
 * below high is the raised head's call.
 */
function liftLevel(reader: SignalReader, level: RaisedLevel | undefined): RaisedLevel | undefined {
  return level === 'high' && reader.netEmergency() ? 'emergency' : level;
}

/** Without safety wording: chatter, praise and notices are low, unless they concern an alert topic. */
function baseline(intent: Intent, topics: readonly TopicTag[], alertTopics: ReadonlySet<string>): Urgency {
  if (intent === 'complaint' || intent === 'question' || intent === 'report') return 'normal';
  if (intent === 'information') for (const t of topics) if (alertTopics.has(t.id)) return 'normal';
  return 'low';
}
