import type { SampleIntent, SampleTopic, SampleUrgency } from '../types.js';
import type { TemplateSpec } from './compile.js';

/** Terse constructor so the template files read as lists of sentences. */
export function t(topic: SampleTopic | null, intent: SampleIntent, text: string, urgency?: SampleUrgency, weight?: number): TemplateSpec {
  return { topic, intent, text, ...(urgency ? { urgency } : {}), ...(weight !== undefined ? { weight } : {}) };
}
