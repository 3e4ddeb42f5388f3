import type { Post } from '../../../core/contracts/post.js';

export interface PostSpec {
  readonly text: string;
  readonly handle?: string;
  readonly platform?: Post['platform'];
  readonly language?: string;
  readonly hashtags?: string[];
  readonly mentions?: string[];
  readonly tenant?: string;
}

let seq = 0;

/** A valid Post for matcher tests, with only what a query can look at varying. */
export function post(spec: PostSpec | string): Post {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  seq++;
  return {
    id: `x:${seq}`,
    platform: s.platform ?? 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: `u${seq}`, handle: s.handle ?? 'resident', name: 'A Resident' },
    text: s.text,
    created_at: '2026-01-01T00:00:00Z',
    mentions: s.mentions ?? [],
    hashtags: s.hashtags ?? [],
    links: [],
    ...(s.tenant === undefined ? {} : { tenant: s.tenant }),
  };
}

/** Posts chosen to probe word boundaries, case, Unicode, phrases and the sigil fields. */
export const CORPUS: readonly PostSpec[] = [
  { text: 'My bin was not collected again' },
  { text: 'BINS everywhere on Elm Road, bin day missed' },
  { text: "The bin's lid is broken" },
  { text: 'The cabinet met to discuss the budget' },
  { text: 'A documentary about bin laden' },
  { text: 'Refuse collection is late', language: 'en' },
  { text: 'refuse-collection crews on strike' },
  { text: 'refuse\ncollection moved to Tuesday' },
  { text: 'refuse   collection' },
  { text: 'Refuse, collection? no.' },
  { text: 'I refuse to pay for collection' },
  { text: 'Potholes on the A38 again #potholes', hashtags: ['potholes'] },
  { text: 'pothole-ridden road', platform: 'facebook' },
  { text: 'POTHOLE fixed, thanks', handle: 'HighwaysTeam' },
  { text: 'Fly-tipping in the lane', platform: 'mastodon', mentions: ['envteam@social.example'] },
  { text: 'flytipping again!!', hashtags: ['FlyTipping'] },
  { text: 'Reminder #BinDay tomorrow @LeedsCC', hashtags: ['BinDay'], mentions: ['LeedsCC'] },
  { text: 'reminder about bin day', hashtags: ['binday'] },
  { text: 'Thanks @leedscc for the quick fix', mentions: ['leedscc'] },
  { text: 'email me at someone@leedscc.gov.uk' },
  { text: 'Casgliad biniau wedi ei golli eto', language: 'cy', platform: 'facebook' },
  { text: 'Gŵyl y Gaeaf yn y parc', language: 'cy' },
  { text: 'GŴYL fawr', language: 'cy' },
  { text: 'Café on the high street closed', handle: 'cafe_owner' },
  { text: 'CAFÉ inspection passed', language: 'en' },
  { text: 'cafe review' },
  { text: '6 hours in A&E last night' },
  { text: 'a & e is a nightmare' },
  { text: 'Parking fine of £50 for 5 minutes' },
  { text: 'Paid £5 for parking' },
  { text: 'Street light out on ſtreet corner' },
  { text: 'The STREETLIGHT is flickering' },
  { text: 'trees_down near the school' },
  { text: 'Tree down on the B1234' },
  { text: 'laden with shopping, bins blocking the pavement' },
  { text: 'recycling, recycled, recycle', platform: 'reddit' },
  { text: 'Ailgylchu ddim wedi ei gasglu', language: 'cy' },
  { text: 'Storm Éowyn brought trees down', hashtags: ['StormÉowyn'] },
  { text: '' },
  { text: '🚮 bins 🚮', platform: 'instagram' },
];
