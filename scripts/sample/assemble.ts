import type { Direction, Platform, Post } from '../../core/contracts/post.js';
import type { SampleAuthor } from './authors.js';
import type { Entities } from './extract.js';
import type { NativeRef } from './ids.js';
import { isoString } from './iso.js';
import type { Rng } from './prng.js';

/** Share of posts for which each platform reports a language. */
const LANG_SHARE: Readonly<Record<Platform, number>> = {
  x: 1,
  facebook: 0,
  instagram: 0,
  mastodon: 0.85,
  bluesky: 0.9,
  reddit: 0,
  webform: 0,
  rss: 0.5,
};

export function langFor(platform: Platform, welsh: boolean, rng: Rng): string | undefined {
  return rng.chance(LANG_SHARE[platform]) ? (welsh ? 'cy' : 'en') : undefined;
}

export interface PostParts {
  readonly ref: NativeRef;
  readonly platform: Platform;
  readonly source: string;
  readonly direction: Direction;
  readonly tenant: string | undefined;
  readonly author: SampleAuthor;
  readonly text: string;
  readonly ms: number;
  readonly lang: string | undefined;
  readonly replyTo?: string;
  readonly threadId?: string;
  readonly metrics: Post['metrics'];
  readonly geo: Post['geo'];
  readonly entities: Entities;
}

/** Builds the Post with a fixed key order and no `undefined`-valued keys, so `in` and Object.keys tell the truth. */
export function assemble(p: PostParts): Post {
  const post: Partial<Post> = { id: p.ref.id, platform: p.platform, source: p.source, direction: p.direction };
  if (p.tenant !== undefined) post.tenant = p.tenant;
  post.author = { ...p.author.author };
  post.text = p.text;
  post.created_at = isoString(p.ms);
  if (p.ref.url !== undefined) post.url = p.ref.url;
  if (p.lang !== undefined) post.lang = p.lang;
  if (p.replyTo !== undefined) post.reply_to = p.replyTo;
  if (p.threadId !== undefined) post.thread_id = p.threadId;
  if (p.metrics !== undefined) post.metrics = p.metrics;
  if (p.geo !== undefined) post.geo = p.geo;
  post.mentions = p.entities.mentions;
  post.hashtags = p.entities.hashtags;
  post.links = p.entities.links;
  return post as Post;
}
