import type { Post } from '../../core/contracts/post.js';
import { CSV_COLUMNS } from '../../ingest/csv.js';

/** The columns ingest reads (ingest/csv.ts); list columns are space-separated. */
export { CSV_COLUMNS };
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(post: Post): string {
  const cells: Record<CsvColumn, string> = {
    id: post.id,
    platform: post.platform,
    source: post.source,
    direction: post.direction,
    author_id: post.author.id,
    author_handle: post.author.handle,
    author_name: post.author.name,
    text: post.text,
    created_at: post.created_at,
    url: post.url ?? '',
    lang: post.lang ?? '',
    reply_to: post.reply_to ?? '',
    mentions: post.mentions.join(' '),
    hashtags: post.hashtags.join(' '),
    links: post.links.join(' '),
  };
  return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
}

/** Header plus one record per post, CRLF line endings as RFC 4180 asks. */
export function toCsv(posts: Iterable<Post>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const post of posts) lines.push(csvRow(post));
  return `${lines.join('\r\n')}\r\n`;
}
