import type { Platform } from '../../core/contracts/post.js';
import { mentionText } from './accounts.js';
import type { Rng } from './prng.js';
import { resolveMarks } from './render.js';
import { WEBFORM_SUBJECTS } from './subjects.js';
import { CHAT_TAGS, INSTAGRAM_TAGS, TOPIC_TAGS, toTag } from './tags.js';
import type { SampleIntent, SampleTopic } from './types.js';
import type { Account, Place, Region } from './world/index.js';

export interface DecorateInput {
  readonly rng: Rng;
  readonly platform: Platform;
  readonly text: string;
  readonly marks: string[];
  readonly addressed: Account | null;
  readonly region: Region;
  readonly place: Place;
  readonly topic: SampleTopic | null;
  readonly intent: SampleIntent;
  readonly storm: string | null;
}

const FB_SIGNOFFS = ['Thanks in advance.', 'Not impressed.', 'Anyone else?', 'Please share.', 'Rant over.', 'Any help appreciated x'];
const REDDIT_TITLES = ['Anyone else?', 'PSA', 'Rant', 'Quick question', 'Is this normal?', 'Help please'];

/** Adds what each platform's users add (mentions, hashtags, links, sign-offs), then resolves mention marks. */
export function decorate(d: DecorateInput): string {
  let text = d.text;
  switch (d.platform) {
    case 'x':
      text = social(d, text, 0.45, 0.22, 0.07, false);
      break;
    case 'bluesky':
      text = social(d, text, 0.35, 0.15, 0.04, false);
      break;
    case 'mastodon':
      text = social(d, text, 0.4, 0.5, 0.05, true);
      break;
    case 'instagram':
      text = instagram(d, text);
      break;
    case 'facebook':
      text = d.rng.chance(0.25) ? `${text} ${d.rng.pick(FB_SIGNOFFS)}` : text;
      break;
    case 'reddit':
      text = d.rng.chance(0.5) ? `${d.rng.pick(REDDIT_TITLES)}\n\n${text}` : text;
      break;
    case 'webform':
      text = webform(d, text);
      break;
    case 'rss':
      break;
  }
  return resolveMarks(text, d.marks);
}

function social(d: DecorateInput, text: string, pMention: number, pTags: number, pLink: number, camel: boolean): string {
  let out = text;
  if (d.marks.length === 0 && d.addressed && d.rng.chance(pMention)) {
    const handle = mentionText(d.platform, d.addressed, d.region);
    out = d.rng.chance(0.7) ? `${handle} ${out}` : `${out} ${handle}`;
  }
  if (d.rng.chance(pTags)) out = `${out} ${hashtags(d, 1 + d.rng.int(camel ? 3 : 2), camel)}`;
  if (d.rng.chance(pLink)) out = `${out} ${photoLink(d)}`;
  return out;
}

function instagram(d: DecorateInput, text: string): string {
  let out = text;
  if (d.marks.length === 0 && d.addressed && d.rng.chance(0.35)) out = `${out} ${mentionText('instagram', d.addressed, d.region)}`;
  if (!d.rng.chance(0.85)) return out;
  out = `${out}\n\n${hashtags(d, d.rng.range(1, 3), false)}`;
  // Generic reach tags; a repeat is dropped rather than re-drawn.
  const first = d.rng.pick(INSTAGRAM_TAGS);
  const second = d.rng.pick(INSTAGRAM_TAGS);
  return second === first || d.rng.chance(0.5) ? `${out} #${first}` : `${out} #${first} #${second}`;
}

function hashtags(d: DecorateInput, n: number, camel: boolean): string {
  const pool = d.topic ? TOPIC_TAGS[d.topic] : CHAT_TAGS;
  const tags = new Set<string>();
  if (d.rng.chance(0.6)) tags.add(toTag(d.place.name));
  if (d.storm && d.rng.chance(0.7)) tags.add(toTag(d.storm));
  for (let tries = 0; tags.size < n && tries < n * 3; tries++) tags.add(d.rng.pick(pool));
  const cased = [...tags].map((tag) => (camel || d.rng.chance(0.6) ? tag : tag.toLowerCase()));
  return cased.map((tag) => `#${tag}`).join(' ');
}

function photoLink(d: DecorateInput): string {
  if (d.platform === 'x') return `https://t.co/${d.rng.token(10)}`;
  return `https://www.fixmystreet.com/report/${d.rng.range(4000000, 7999999)}`;
}

function webform(d: DecorateInput, text: string): string {
  const subject = d.topic ? WEBFORM_SUBJECTS[d.topic] : 'Other';
  const withSubject = d.rng.chance(0.6) ? `${subject}: ${text}` : text;
  return d.rng.chance(0.3) ? `${withSubject} Please contact me if you need more details.` : withSubject;
}
