/**
 * Subjects and streams. Subjects carry the platform (raw, tagged) or the tenant and team (routes),
 * so consumers can filter without decoding payloads.
 */
export const subjects = {
  raw: (platform: string) => `posts.raw.${platform}`,
  tagged: (platform: string) => `posts.tagged.${platform}`,
  deadLetter: (stage: string) => `dlq.${stage}`,
  route: (tenant: string, team: string) => `route.${tenant}.${team}`,
  alert: (tenant: string) => `alerts.${tenant}`,
} as const;

export interface StreamSpec {
  readonly name: string;
  readonly subjects: readonly string[];
  /** Keep messages this long (ms). */
  readonly maxAgeMs: number;
  /** msg-id de-duplication window (ms). */
  readonly duplicateWindowMs: number;
}

const DAY = 86_400_000;

export const STREAMS = {
  raw: { name: 'POSTS_RAW', subjects: ['posts.raw.>'], maxAgeMs: 7 * DAY, duplicateWindowMs: 120_000 },
  tagged: { name: 'POSTS_TAGGED', subjects: ['posts.tagged.>'], maxAgeMs: 7 * DAY, duplicateWindowMs: 120_000 },
  deadLetter: { name: 'DEAD_LETTER', subjects: ['dlq.>'], maxAgeMs: 30 * DAY, duplicateWindowMs: 120_000 },
  routes: { name: 'ROUTES', subjects: ['route.>'], maxAgeMs: 30 * DAY, duplicateWindowMs: 120_000 },
  alerts: { name: 'ALERTS', subjects: ['alerts.>'], maxAgeMs: 7 * DAY, duplicateWindowMs: 120_000 },
} as const satisfies Record<string, StreamSpec>;

/** Header names the stages agree on. */
export const HEADERS = {
  reason: 'Cp-Reason',
  code: 'Cp-Error-Code',
  stage: 'Cp-Stage',
  originalSubject: 'Cp-Original-Subject',
} as const;
