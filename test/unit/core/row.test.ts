import { describe, expect, it } from 'vitest';
import { fromRow, toRow, toClickHouseTime, fromClickHouseTime } from '../../../core/contracts/row.js';
import { emptyTags } from '../../../core/contracts/tags.js';
import type { TaggedPost } from '../../../core/contracts/tagged.js';
import { compileValidator } from '../../../core/contracts/validate.js';
import { TaggedPostSchema } from '../../../core/contracts/tagged.js';

const post: TaggedPost = {
  id: 'mastodon:social.example/109',
  platform: 'mastodon',
  source: 'masto-devon',
  direction: 'inbound',
  author: { id: 'a1', handle: '@jo@social.example', name: 'Jo', followers: 12 },
  text: 'Street light out on Fore St, Exmouth',
  created_at: '2026-11-20T08:15:00.123Z',
  url: 'https://social.example/@jo/109',
  lang: 'en',
  reply_to: 'mastodon:social.example/100',
  metrics: { likes: 1, reposts: 2, replies: 3, views: 4 },
  geo: { lat: 50.62, lon: -3.41 },
  mentions: ['@DevonCC'],
  hashtags: ['#streetlights'],
  links: [],
  raw: { original: true },
  ...emptyTags(),
  tenant: 'devon',
  sentiment: { label: 'negative', score: -0.4 },
  topics: [{ id: 'street_lighting', score: 0.9 }],
  entities: {
    ...emptyTags().entities,
    places: [
      { text: 'Exmouth', code: 'E07000040' },
      { text: 'Fore St', code: null },
    ],
    roads: [],
  },
  jurisdiction: {
    code: 'E10000008',
    name: 'Devon County Council',
    tier: 'county',
    service: 'street_lighting',
    confidence: 0.8,
    method: 'place',
    reason: 'because',
    candidates: [{ code: 'E10000008', name: 'Devon', confidence: 0.8 }],
  },
  intent: 'report',
  needs_response: true,
  urgency: 'normal',
  processed_at: '2026-11-20T08:15:01.000Z',
};

describe('row mapping', () => {
  it('round-trips a tagged post through its row', () => {
    const back = fromRow(toRow(post));
    expect(back).toEqual(post);
    expect(compileValidator(TaggedPostSchema)(back).ok).toBe(true);
  });

  it('stores null jurisdiction as empty strings and reads it back as null', () => {
    const none = { ...post, jurisdiction: emptyTags().jurisdiction };
    const row = toRow(none);
    expect(row.authority_code).toBe('');
    expect(fromRow(row).jurisdiction.code).toBeNull();
  });

  it('converts times to UTC ClickHouse text and back', () => {
    expect(toClickHouseTime('2026-11-20T09:15:00.5+01:00')).toBe('2026-11-20 08:15:00.500');
    expect(fromClickHouseTime('2026-11-20 08:15:00.500')).toBe('2026-11-20T08:15:00.500Z');
  });
});
