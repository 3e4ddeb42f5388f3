import type { Platform } from '../../core/contracts/post.js';
import { facebookPageId } from './authors.js';
import { isCouncil, type PlaceEntry } from './addressing.js';
import { toTag } from './tags.js';
import type { Account } from './world/index.js';

export interface SourceRef {
  /** Configured feed name, e.g. "x-mentions-devon", "fb-page-plymouth". */
  readonly source: string;
  /** Set when a tenant owns the feed. */
  readonly tenant: string | undefined;
  /** Platform container the id and url need (page id, subreddit, council, outlet). */
  readonly container: string;
}

const MENTION_PREFIX: Partial<Record<Platform, string>> = { x: 'x', instagram: 'ig', mastodon: 'mastodon', bluesky: 'bluesky' };
const SEARCH_NAME: Partial<Record<Platform, string>> = { x: 'search', instagram: 'tag', mastodon: 'tag', bluesky: 'search' };

/**
 * The feed a post arrives on. A council's mentions feed only catches posts that mention it; the rest
 * come from regional keyword searches, pages, subreddits, forms and news feeds.
 */
export function sourceFor(platform: Platform, entry: PlaceEntry, addressed: Account | null, mentioned: boolean): SourceRef {
  const council = addressed !== null && isCouncil(addressed) ? addressed : entry.council;
  switch (platform) {
    case 'facebook':
      return { source: `fb-page-${council.key}`, tenant: council.tenant, container: facebookPageId(council) };
    case 'webform':
      return { source: `webform-${council.key}`, tenant: council.tenant, container: council.key };
    case 'reddit':
      return { source: `reddit-r-${entry.place.subreddit.toLowerCase()}`, tenant: undefined, container: entry.place.subreddit };
    case 'rss':
      return { source: `rss-${entry.region.outlet.key}`, tenant: undefined, container: entry.region.outlet.key };
    default: {
      const prefix = MENTION_PREFIX[platform] ?? platform;
      if (mentioned && addressed !== null && isCouncil(addressed)) {
        return { source: `${prefix}-mentions-${addressed.key}`, tenant: addressed.tenant, container: addressed.key };
      }
      const scope = platform === 'instagram' ? toTag(entry.place.name).toLowerCase() : entry.region.key;
      return { source: `${prefix}-${SEARCH_NAME[platform] ?? 'search'}-${scope}`, tenant: undefined, container: scope };
    }
  }
}
