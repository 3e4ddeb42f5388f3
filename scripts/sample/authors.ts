import type { Author, Platform } from '../../core/contracts/post.js';
import { blueskyHandle, mastodonServer } from './accounts.js';
import { at, hash32, hashString } from './prng.js';
import { toTag } from './tags.js';
import { FIRST_NAMES, GROUP_NAMES, HANDLE_STEMS, SURNAMES } from './vocab.js';
import type { Account, Place, Region } from './world/index.js';

/** A generated author plus what replies need to greet them and to place the reply. */
export interface SampleAuthor {
  readonly author: Author;
  /** Name a council officer would greet them by. */
  readonly first: string;
  /** Mastodon server or Bluesky DID, which the post id embeds. */
  readonly home: string;
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const MASTODON_SERVERS = ['mastodon.social', 'mastodon.online', 'mas.to', 'toot.community', 'mastodonapp.uk'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (h: number, width: number): string => pad(h % 10 ** Math.min(width, 9), Math.min(width, 9));

function b32(h1: number, h2: number, n: number): string {
  let s = '';
  let x = hash32(h1, h2);
  for (let i = 0; i < n; i++) {
    if (i % 6 === 0) x = hash32(x, i);
    s += B32[x & 31] ?? 'a';
    x >>>= 5;
  }
  return s;
}

/** Residents are derived from (seed, place, rank), so the same person posts again and again. */
export function residentAuthor(
  seed: number,
  placeIndex: number,
  rank: number,
  platform: Platform,
  place: Place,
  region: Region,
): SampleAuthor {
  const h = hash32(hash32(seed, placeIndex), rank);
  const h2 = hash32(h, 0x51ed);
  const first = at(FIRST_NAMES, h % FIRST_NAMES.length);
  const surname = at(SURNAMES, (h >>> 8) % SURNAMES.length);
  const group = h2 % 25 === 0;
  const name = group ? groupName(h2, place) : displayName(first, surname, h2);
  const handle = group ? toTag(name).slice(0, 15) : handleFor(first, surname, place, h, h2);
  return build(platform, h, h2, { name, handle, first: group ? '' : first }, followersFor(h2, group), region);
}

function displayName(first: string, surname: string, h: number): string {
  switch (h % 6) {
    case 0:
      return `${first} ${surname[0] ?? ''}`;
    case 1:
      return first;
    default:
      return `${first} ${surname}`;
  }
}

function groupName(h: number, place: Place): string {
  const pattern = at(GROUP_NAMES, (h >>> 5) % GROUP_NAMES.length);
  return pattern
    .replace('{place}', place.name)
    .replace('{area}', at(place.areas, (h >>> 9) % place.areas.length))
    .replace('{park}', place.parks[0] ?? `${place.name} Park`);
}

function handleFor(first: string, surname: string, place: Place, h: number, h2: number): string {
  const stem = at(HANDLE_STEMS, (h >>> 4) % HANDLE_STEMS.length);
  const town = townTag(place);
  const nn = pad((h2 >>> 3) % 100, 2);
  let handle: string;
  switch ((h >>> 16) % 6) {
    case 0:
      handle = `${first}${surname[0] ?? ''}${nn}`;
      break;
    case 1:
      handle = `${stem}_${town}`;
      break;
    case 2:
      handle = `${first}_${surname}`;
      break;
    case 3:
      handle = `${town}${stem}`;
      break;
    case 4:
      handle = `${first.toLowerCase()}${nn}${pad((h2 >>> 9) % 100, 2)}`;
      break;
    default:
      handle = `${surname}${first[0] ?? ''}_${nn}`;
  }
  // Name lists and town tags hold only [A-Za-z], so the handle is already platform-safe.
  return handle.slice(0, 15);
}

const TOWN_TAGS = new Map<Place, string>();

function townTag(place: Place): string {
  let tag = TOWN_TAGS.get(place);
  if (tag === undefined) {
    tag = toTag(place.name).toLowerCase();
    TOWN_TAGS.set(place, tag);
  }
  return tag;
}

function followersFor(h: number, group: boolean): number {
  // Roughly log-normal: most residents have a few hundred followers, a few have thousands.
  const u = ((h >>> 10) % 1000) / 1000;
  const base = group ? 800 : 40;
  return Math.round(base * Math.exp(4.2 * u * u));
}

interface Names {
  readonly name: string;
  readonly handle: string;
  readonly first: string;
}

function build(platform: Platform, h: number, h2: number, n: Names, followers: number, region: Region): SampleAuthor {
  switch (platform) {
    case 'x':
      return { author: { id: `${1 + (h % 9)}${digits(h2, 9)}`, handle: n.handle, name: n.name, followers }, first: n.first, home: '' };
    case 'instagram': {
      const handle = n.handle.toLowerCase().replace(/_/g, '.');
      return { author: { id: `${17 + (h % 40)}${digits(h2, 9)}`, handle, name: n.name, followers }, first: n.first, home: '' };
    }
    case 'mastodon': {
      const server = h2 % 3 === 0 ? region.mastodon : at(MASTODON_SERVERS, h % MASTODON_SERVERS.length);
      const handle = `${n.handle.toLowerCase()}@${server}`;
      return {
        author: { id: `1${digits(h, 8)}${digits(h2, 9)}`, handle, name: n.name, followers: Math.round(followers / 3) },
        first: n.first,
        home: server,
      };
    }
    case 'bluesky': {
      const did = `did:plc:${b32(h, h2, 24)}`;
      const handle = `${n.handle.toLowerCase().replace(/_/g, '-')}.bsky.social`;
      return { author: { id: did, handle, name: n.name, followers: Math.round(followers / 2) }, first: n.first, home: did };
    }
    case 'reddit': {
      const handle = `${n.handle}${h2 % 3 === 0 ? '' : pad(h % 10000, 4)}`;
      return { author: { id: `t2_${(h >>> 0).toString(36)}${B36[h2 % 36] ?? '0'}`, handle, name: handle }, first: '', home: '' };
    }
    case 'facebook':
      return { author: { id: `10${digits(h, 7)}${digits(h2, 7)}`, handle: '', name: n.name }, first: n.first, home: '' };
    case 'webform':
      return { author: { id: `contact-${h.toString(16).padStart(8, '0')}`, handle: '', name: n.name }, first: n.first, home: '' };
    case 'rss':
      return { author: { id: 'rss', handle: '', name: n.name }, first: '', home: '' };
  }
}

/** An organisation's own account (council, outlet) on a platform. */
export function accountAuthor(platform: Platform, account: Account, region: Region): SampleAuthor {
  const h = hashString(account.key);
  const h2 = hash32(h, 7);
  const followers = 8000 + (h % 90000);
  switch (platform) {
    case 'x':
      return {
        author: { id: `${1 + (h % 9)}${digits(h2, 7)}`, handle: account.handle, name: account.name, followers },
        first: '',
        home: '',
      };
    case 'instagram':
      return {
        author: {
          id: `17${digits(h2, 9)}`,
          handle: account.handle.toLowerCase(),
          name: account.name,
          followers: Math.round(followers / 4),
        },
        first: '',
        home: '',
      };
    case 'mastodon': {
      const server = mastodonServer(account, region);
      return {
        author: {
          id: `10${digits(h, 7)}${digits(h2, 8)}`,
          handle: `${account.handle}@${server}`,
          name: account.name,
          followers: Math.round(followers / 20),
        },
        first: '',
        home: server,
      };
    }
    case 'bluesky': {
      const did = `did:plc:${b32(h, h2, 24)}`;
      return {
        author: { id: did, handle: blueskyHandle(account), name: account.name, followers: Math.round(followers / 10) },
        first: '',
        home: did,
      };
    }
    case 'facebook':
      return {
        author: { id: facebookPageId(account), handle: account.handle, name: account.name, followers: followers * 2 },
        first: '',
        home: '',
      };
    default:
      return { author: { id: account.key, handle: account.handle, name: account.name }, first: '', home: '' };
  }
}

export function facebookPageId(account: Account): string {
  const h = hashString(account.key);
  return `1${digits(h, 8)}${digits(hash32(h, 3), 6)}`;
}
