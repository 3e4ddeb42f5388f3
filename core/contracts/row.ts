/**
 * The one mapping between a tagged post and its `posts` row. Nested structures that are read whole
 * (entities, candidates, routes) travel as JSON strings; everything filtered on is a column.
 */
import type { TaggedPost } from './tagged.js';
import type { Entities, Jurisdiction, Route } from './tags.js';

export type PostRow = {
  id: string;
  tenant: string;
  platform: string;
  source: string;
  direction: string;
  author_id: string;
  author_handle: string;
  author_name: string;
  author_followers: number;
  text: string;
  created_at: string;
  url: string;
  lang: string;
  reply_to: string;
  thread_id: string;
  likes: number;
  reposts: number;
  replies: number;
  views: number | string;
  geo_lat: number | null;
  geo_lon: number | null;
  geo_place: string;
  mentions: string[];
  hashtags: string[];
  links: string[];
  language: string;
  sentiment_label: string;
  sentiment_score: number;
  topics: string[];
  topic_scores: number[];
  places: string[];
  place_codes: string[];
  entities: string;
  personal_data: boolean;
  authority_code: string;
  authority_name: string;
  authority_tier: string;
  service: string;
  jurisdiction_confidence: number;
  jurisdiction_method: string;
  jurisdiction_reason: string;
  jurisdiction_candidates: string;
  intent: string;
  needs_response: boolean;
  urgency: string;
  queries: string[];
  routes: string;
  raw: string;
  processed_at: string;
};

/** ISO-8601 -> ClickHouse DateTime64(3) text in UTC, so inserts need no parsing settings. */
export function toClickHouseTime(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').replace('Z', '');
}

/** ClickHouse DateTime64 text (UTC) -> ISO-8601. */
export function fromClickHouseTime(text: string): string {
  return text.includes('T') ? text : `${text.replace(' ', 'T')}Z`;
}

export function toRow(p: TaggedPost): PostRow {
  const j = p.jurisdiction;
  const { places, ...entities } = p.entities;
  return {
    id: p.id,
    tenant: p.tenant,
    platform: p.platform,
    source: p.source,
    direction: p.direction,
    author_id: p.author.id,
    author_handle: p.author.handle,
    author_name: p.author.name,
    author_followers: p.author.followers ?? 0,
    text: p.text,
    created_at: toClickHouseTime(p.created_at),
    url: p.url ?? '',
    lang: p.lang ?? '',
    reply_to: p.reply_to ?? '',
    thread_id: p.thread_id ?? '',
    likes: p.metrics?.likes ?? 0,
    reposts: p.metrics?.reposts ?? 0,
    replies: p.metrics?.replies ?? 0,
    views: p.metrics?.views ?? 0,
    geo_lat: p.geo?.lat ?? null,
    geo_lon: p.geo?.lon ?? null,
    geo_place: p.geo?.place ?? '',
    mentions: p.mentions,
    hashtags: p.hashtags,
    links: p.links,
    language: p.language,
    sentiment_label: p.sentiment.label,
    sentiment_score: p.sentiment.score,
    topics: p.topics.map((t) => t.id),
    topic_scores: p.topics.map((t) => t.score),
    places: places.map((x) => x.text),
    place_codes: places.map((x) => x.code ?? ''),
    entities: JSON.stringify(entities),
    personal_data: p.entities.personal_data,
    authority_code: j.code ?? '',
    authority_name: j.name ?? '',
    authority_tier: j.tier ?? '',
    service: j.service ?? '',
    jurisdiction_confidence: j.confidence,
    jurisdiction_method: j.method,
    jurisdiction_reason: j.reason,
    jurisdiction_candidates: JSON.stringify(j.candidates),
    intent: p.intent,
    needs_response: p.needs_response,
    urgency: p.urgency,
    queries: p.queries,
    routes: JSON.stringify(p.routes),
    raw: p.raw === undefined ? '' : JSON.stringify(p.raw),
    processed_at: toClickHouseTime(p.processed_at),
  };
}

const orNull = (s: string): string | null => (s === '' ? null : s);
const orUndefined = (s: string): string | undefined => (s === '' ? undefined : s);

export function fromRow(r: PostRow): TaggedPost {
  const entities = JSON.parse(r.entities) as Omit<Entities, 'places'>;
  const jurisdiction: Jurisdiction = {
    code: orNull(r.authority_code),
    name: orNull(r.authority_name),
    tier: orNull(r.authority_tier),
    service: orNull(r.service),
    confidence: round(r.jurisdiction_confidence),
    method: r.jurisdiction_method as Jurisdiction['method'],
    reason: r.jurisdiction_reason,
    candidates: JSON.parse(r.jurisdiction_candidates) as Jurisdiction['candidates'],
  };
  const post: TaggedPost = {
    id: r.id,
    tenant: r.tenant,
    platform: r.platform as TaggedPost['platform'],
    source: r.source,
    direction: r.direction as TaggedPost['direction'],
    author: { id: r.author_id, handle: r.author_handle, name: r.author_name, followers: Number(r.author_followers) },
    text: r.text,
    created_at: fromClickHouseTime(r.created_at),
    mentions: r.mentions,
    hashtags: r.hashtags,
    links: r.links,
    metrics: { likes: Number(r.likes), reposts: Number(r.reposts), replies: Number(r.replies), views: Number(r.views) },
    language: r.language as TaggedPost['language'],
    sentiment: { label: r.sentiment_label as TaggedPost['sentiment']['label'], score: round(r.sentiment_score) },
    topics: r.topics.map((id, i) => ({ id, score: round(r.topic_scores[i] ?? 0) })),
    entities: { ...entities, places: r.places.map((text, i) => ({ text, code: orNull(r.place_codes[i] ?? '') })) },
    jurisdiction,
    intent: r.intent as TaggedPost['intent'],
    needs_response: Boolean(r.needs_response),
    urgency: r.urgency as TaggedPost['urgency'],
    queries: r.queries,
    routes: JSON.parse(r.routes) as Route[],
    processed_at: fromClickHouseTime(r.processed_at),
  };
  const optional = {
    url: orUndefined(r.url),
    lang: orUndefined(r.lang),
    reply_to: orUndefined(r.reply_to),
    thread_id: orUndefined(r.thread_id),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (post as Record<string, unknown>)[k] = v;
  if (r.geo_lat !== null || r.geo_lon !== null || r.geo_place !== '') {
    post.geo = {
      ...(r.geo_lat !== null ? { lat: r.geo_lat } : {}),
      ...(r.geo_lon !== null ? { lon: r.geo_lon } : {}),
      ...(r.geo_place !== '' ? { place: r.geo_place } : {}),
    };
  }
  if (r.raw !== '') post.raw = JSON.parse(r.raw) as unknown;
  return post;
}

/** Float32 columns come back with noise (0.699999988): four decimals is what the API promises. */
function round(x: number): number {
  return Math.round(Number(x) * 10_000) / 10_000;
}
