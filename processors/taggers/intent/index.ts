/** Intent and urgency tagger: intent, needs_response and urgency from cues, sentiment and topics. */
export { createIntentTagger, type IntentTaggerOptions } from './tagger.js';
export { createUrgencyScorer, type UrgencyFinding, type UrgencyScorer } from './urgency.js';
export { loadUrgencyData, type UrgencyData, type UrgencyRule, RAISED_LEVELS, type RaisedLevel } from './urgency-data.js';
export { loadIntentData, type IntentData } from './intent-data.js';
export { loadUrgencyModel, type UrgencyModel } from './urgency-net.js';
