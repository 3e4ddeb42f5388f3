import type { Platform } from '../../core/contracts/post.js';

/**
 * The entity lists a platform API would return alongside the text. Mentions and hashtags are stored
 * without their sigil, as the platform APIs give them.
 */
export interface Entities {
  readonly mentions: string[];
  readonly hashtags: string[];
  readonly links: string[];
}

const MENTION_RE: Readonly<Record<'plain' | 'mastodon' | 'bluesky', RegExp>> = {
  plain: /(?<![\w@])@(\w{1,30})/g,
  mastodon: /(?<![\w@])@(\w{1,30}(?:@[\w-]+(?:\.[\w-]+)+)?)/g,
  bluesky: /(?<![\w@])@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\w{1,30})/g,
};
const HASHTAG_RE = /(?<![\w&#])#([\p{L}\p{N}_]+)/gu;
const LINK_RE = /https?:\/\/[^\s<>"]+/g;
const TRAILING_PUNCT_RE = /[.,!?)]+$/;

/** Platforms whose feeds carry entity lists at all; the others give plain text. */
function mentionStyle(platform: Platform): keyof typeof MENTION_RE | null {
  if (platform === 'x' || platform === 'instagram') return 'plain';
  if (platform === 'mastodon' || platform === 'bluesky') return platform;
  return null;
}

export function extractEntities(platform: Platform, text: string): Entities {
  const style = mentionStyle(platform);
  return {
    mentions: style && text.includes('@') ? unique(text, MENTION_RE[style], false) : [],
    hashtags: text.includes('#') ? unique(text, HASHTAG_RE, false) : [],
    links: text.includes('http') ? unique(text, LINK_RE, true) : [],
  };
}

function unique(text: string, re: RegExp, whole: boolean): string[] {
  const seen: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = whole ? m[0].replace(TRAILING_PUNCT_RE, '') : (m[1] ?? '');
    if (value && !seen.includes(value)) seen.push(value);
  }
  return seen;
}
