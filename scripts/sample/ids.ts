import type { Platform } from '../../core/contracts/post.js';
import type { SampleAuthor } from './authors.js';
import { isoString } from './iso.js';
import type { Rng } from './prng.js';

/** X (Twitter) snowflake epoch. */
const TWITTER_EPOCH = 1288834974657;
const B32_SORT = '234567abcdefghijklmnopqrstuvwxyz';

export interface NativeRef {
  /** `<platform>:<native id>`. */
  readonly id: string;
  readonly url?: string;
}

export interface IdInput {
  readonly platform: Platform;
  /** Position in the stream: every id embeds it, which makes ids unique. */
  readonly seq: number;
  readonly ms: number;
  readonly author: SampleAuthor;
  readonly rng: Rng;
  /** Facebook page id, subreddit, council key or outlet, depending on the platform. */
  readonly container: string;
  /** Native id of the post being replied to (Facebook comments embed it). */
  readonly parentNative?: string;
  readonly outletDomain?: string;
}

/** Ids shaped like each platform's own, ordered by time where the platform's are. */
export function nativeRef(p: IdInput): NativeRef {
  switch (p.platform) {
    case 'x': {
      const sf = snowflake(p.ms, p.seq, 22);
      return { id: `x:${sf}`, url: `https://x.com/${p.author.author.handle}/status/${sf}` };
    }
    case 'mastodon': {
      const sf = snowflake(p.ms, p.seq, 16, 0);
      const user = p.author.author.handle.split('@')[0] ?? '';
      return { id: `mastodon:${p.author.home}/${sf}`, url: `https://${p.author.home}/@${user}/${sf}` };
    }
    case 'bluesky': {
      const rkey = tid(p.ms, p.seq);
      return { id: `bluesky:${p.author.home}/${rkey}`, url: `https://bsky.app/profile/${p.author.author.handle}/post/${rkey}` };
    }
    case 'reddit': {
      const b36 = (1_900_000_000 + p.seq * 7 + p.rng.int(7)).toString(36);
      return { id: `reddit:t3_${b36}`, url: `https://www.reddit.com/r/${p.container}/comments/${b36}/` };
    }
    case 'facebook': {
      const own = String(1_000_000_000_000_000 + p.seq * 9973 + p.rng.int(9973));
      if (p.parentNative === undefined)
        return { id: `facebook:${p.container}_${own}`, url: `https://www.facebook.com/${p.container}/posts/${own}` };
      const post = p.parentNative.split('_')[1] ?? p.parentNative;
      return { id: `facebook:${post}_${own}`, url: `https://www.facebook.com/${p.container}/posts/${post}?comment_id=${own}` };
    }
    case 'instagram': {
      const media = `17${String(900_000_000_000_000 + p.seq * 97 + p.rng.int(97))}`;
      return p.parentNative === undefined
        ? { id: `instagram:${media}`, url: `https://www.instagram.com/p/${p.rng.token(11)}/` }
        : { id: `instagram:${media}` };
    }
    case 'webform': {
      const year = isoString(p.ms).slice(0, 4);
      return { id: `webform:${p.container}-${year}-${String(p.seq).padStart(7, '0')}` };
    }
    case 'rss': {
      const day = isoString(p.ms).slice(0, 10);
      const slug = `${day}-${p.seq}`;
      return { id: `rss:${p.container}/${slug}`, url: `https://${p.outletDomain ?? 'news.example'}/news/${slug}` };
    }
  }
}

/**
 * Time in the high bits, the stream position in the low bits: unique and time-ordered. The value
 * needs up to 63 bits, so it is built in decimal from two exact halves rather than with BigInt.
 */
function snowflake(ms: number, seq: number, lowBits: number, epoch = TWITTER_EPOCH): string {
  const mult = 2 ** lowBits;
  const t = ms - epoch;
  const tHigh = Math.floor(t / 1e6);
  const rest = (t - tHigh * 1e6) * mult + (seq % mult);
  const carry = Math.floor(rest / 1e6);
  const head = tHigh * mult + carry;
  const tail = String(rest - carry * 1e6).padStart(6, '0');
  return head > 0 ? `${head}${tail}` : String(rest - carry * 1e6);
}

/** AT Protocol TID: 53 bits of microseconds then 10 bits of clock id, base32-sortable, 13 chars. */
function tid(ms: number, seq: number): string {
  const micros = ms * 1000 + (seq % 1000);
  const clock = Math.floor(seq / 1000) % 1024;
  let head = '';
  let v = micros;
  for (let i = 0; i < 11; i++) {
    head = (B32_SORT[v % 32] ?? '2') + head;
    v = Math.floor(v / 32);
  }
  return head + (B32_SORT[clock >> 5] ?? '2') + (B32_SORT[clock & 31] ?? '2');
}
