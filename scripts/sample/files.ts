import type { Post } from '../../core/contracts/post.js';
import { badLines } from './bad.js';
import { SampleError } from './errors.js';
import { toCsv } from './csv.js';
import { generatePosts } from './generate.js';
import { SAMPLE_DEFAULTS } from './options.js';
import type { GenerateOptions } from './types.js';

/** The bundled stream: 3,000 posts over the 14 days ending 2026-11-20, fixed seed. */
export const SAMPLE_FILE_OPTIONS: GenerateOptions = {
  count: 3000,
  seed: SAMPLE_DEFAULTS.seed,
  start: SAMPLE_DEFAULTS.start,
  spanDays: SAMPLE_DEFAULTS.spanDays,
};
/** Every 15th post of the stream goes into the 200-row CSV. */
const CSV_EVERY = 15;

export const SAMPLE_FILE_NAMES = ['posts.ndjson', 'posts.csv', 'bad.ndjson'] as const;
export type SampleFileName = (typeof SAMPLE_FILE_NAMES)[number];

/** Contents of data/sample/*: what make-sample writes and what the drift test compares against. */
export function sampleFiles(): Record<SampleFileName, string> {
  const posts: Post[] = [...generatePosts(SAMPLE_FILE_OPTIONS)];
  const base = posts.find((p) => p.platform === 'x' && p.direction === 'inbound') ?? posts[0];
  if (base === undefined) throw new SampleError('SAMPLE_INVALID_OPTIONS', 'the sample options produced no posts');
  return {
    'posts.ndjson': ndjson(posts.map((p) => JSON.stringify(p))),
    'posts.csv': toCsv(posts.filter((_, i) => i % CSV_EVERY === 0)),
    'bad.ndjson': ndjson(badLines(base).map((b) => b.line)),
  };
}

const ndjson = (lines: readonly string[]): string => `${lines.join('\n')}\n`;
