import type { Platform, Post } from '../../core/contracts/post.js';
import type { Rng } from './prng.js';
import type { SampleIntent } from './types.js';

type Metrics = NonNullable<Post['metrics']>;

const INTENT_PULL: Readonly<Record<SampleIntent, number>> = {
  complaint: 1.4,
  question: 0.6,
  report: 0.8,
  praise: 1.8,
  information: 1.5,
  other: 1,
};

/** Heavy-tailed count with the given mean (exponential). */
const count = (rng: Rng, mean: number): number => Math.floor(-Math.log(1 - rng.next()) * mean);

/** Engagement as the platform would report it at ingest time; web forms and feeds have none. */
export function metricsFor(platform: Platform, followers: number, intent: SampleIntent, rng: Rng): Metrics | undefined {
  if (platform === 'webform' || platform === 'rss') return undefined;
  const reach = Math.sqrt(followers + 25) * INTENT_PULL[intent];
  const likes = count(rng, reach * 0.4);
  const reposts = platform === 'reddit' || platform === 'instagram' ? 0 : count(rng, reach * 0.06);
  const replies = count(rng, 0.8 + reach * 0.05);
  if (platform !== 'x') return { likes, reposts, replies };
  return { likes, reposts, replies, views: likes * 25 + count(rng, followers * 0.3 + 40) };
}
