import type { Platform } from '../../core/contracts/post.js';
import type { Account, Council, Region } from './world/index.js';

/** Councils on Bluesky verify with their own domain; other bodies use the default host. */
export function blueskyHandle(account: Account): string {
  const domain = (account as Partial<Council>).domain;
  return domain ? domain.replace(/^www\./, '') : `${account.handle.toLowerCase()}.bsky.social`;
}

export function mastodonServer(account: Account, region: Region): string {
  return (account as Partial<Council>).welsh ? 'toot.wales' : region.mastodon;
}

/** How an account appears in text on each platform: an @mention where one exists, else its name. */
export function mentionText(platform: Platform, account: Account, region: Region): string {
  switch (platform) {
    case 'x':
      return `@${account.handle}`;
    case 'instagram':
      return `@${account.handle.toLowerCase()}`;
    case 'bluesky':
      return `@${blueskyHandle(account)}`;
    case 'mastodon':
      return `@${account.handle}@${mastodonServer(account, region)}`;
    default:
      return account.name;
  }
}

export function canMention(platform: Platform): boolean {
  return platform === 'x' || platform === 'instagram' || platform === 'bluesky' || platform === 'mastodon';
}
