import type { Post } from '../../core/contracts/post.js';

/** The fixed topic ids (briefs/topic-ids.md); the sample labels each post with the one it was written for. */
export const SAMPLE_TOPICS = [
  'waste_collection',
  'recycling_centres',
  'fly_tipping',
  'street_cleaning',
  'potholes_roads',
  'street_lighting',
  'gritting',
  'parking',
  'public_transport',
  'rail',
  'motorways',
  'council_tax',
  'benefits',
  'housing',
  'planning',
  'social_care',
  'schools',
  'libraries',
  'parks',
  'leisure',
  'noise_asb',
  'flooding_drainage',
  'severe_weather',
  'environmental_health',
  'trees',
  'water_sewerage',
  'health_services',
  'policing',
  'fire',
  'events',
  'jobs',
  'democracy',
  'licensing',
  'cemeteries',
  'abandoned_vehicles',
  'customer_service',
  'animal_welfare',
] as const;
export type SampleTopic = (typeof SAMPLE_TOPICS)[number];

export const SAMPLE_INTENTS = ['complaint', 'question', 'report', 'praise', 'information', 'other'] as const;
export type SampleIntent = (typeof SAMPLE_INTENTS)[number];

export const SAMPLE_URGENCIES = ['low', 'normal', 'high', 'emergency'] as const;
export type SampleUrgency = (typeof SAMPLE_URGENCIES)[number];

/** Why a post was generated: handy for eyeballing, never a substitute for a real labelled set. */
export const SAMPLE_KINDS = ['topic', 'storm', 'urgent', 'offtopic', 'news', 'reply', 'followup'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export interface SampleTruth {
  readonly kind: SampleKind;
  readonly topic: SampleTopic | null;
  readonly intent: SampleIntent;
  readonly urgency: SampleUrgency;
  readonly lang: 'en' | 'cy';
  /** Place the post is about, and the council responsible for it (lower tier / unitary). */
  readonly place: string;
  readonly council: string;
  /** Account key the post addressed, when it addressed one. */
  readonly addressed: string | null;
}

export interface Sample {
  readonly post: Post;
  readonly truth: SampleTruth;
}

export interface GenerateOptions {
  /** Number of posts (inbound and outbound together). */
  readonly count: number;
  readonly seed?: number;
  /** First instant of the period (default 2026-11-07T00:00:00Z). */
  readonly start?: Date;
  /** Length of the period in days (default 14). */
  readonly spanDays?: number;
}
