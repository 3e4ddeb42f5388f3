/**
 * Topic tagger and listening-query tagger throughput on one core.
 *   npx tsx bench/topics.ts
 * Budget: topics <= 5 µs a post. Tokenizing is shared by the whole chain, so views are built
 * before timing; the query tagger is timed with 100 and 1,000 queries of one tenant.
 */
import type { Post } from '../core/contracts/post.js';
import { emptyTags } from '../core/contracts/tags.js';
import { createQueryTagger, type ListeningQuery } from '../processors/queries/index.js';
import { createTopicTagger, type TopicTagger } from '../processors/taggers/topics/index.js';
import type { Tagger } from '../processors/taggers/tagger.js';
import { tokenize, type TextView } from '../processors/text/tokens.js';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
}

const FALLBACK_TEXTS = [
  '@YourCouncil bins not collected AGAIN on Elm Road. Third time this month!!! #fail',
  'Huge thanks to the highways team for fixing the pothole on Mill Lane so quickly 👏',
  'Still waiting for someone to call me back about the damp in my council flat. 3 weeks now.',
  'When is the garden waste collection restarting after Christmas?',
  'Street lights out on Station Road for a fortnight, someone is going to get hurt',
  'Fly-tipping behind the shops on Canal Street again 😡 sort it out #flytipping',
  'Council tax up 5% and the roads are still a shambles',
  'Road closed due to burst water main near the hospital, use alternative routes',
  'Is the recycling centre on Hill Street open on bank holiday Monday?',
  'Great to see the new play area open in Victoria Park, the kids love it!',
  'No response to my email about the noise complaint. Is anyone actually reading these?',
  'the gritters were out early, roads are fine this morning 👍',
  'Lovely sunny afternoon at the beach with the kids',
  'Mae twll anferth yn y ffordd ar y Stryd Fawr',
];

/** Realistic posts from the sample generator when present, else a fixed list with variations. */
async function benchPosts(count: number): Promise<Post[]> {
  try {
    const sample = await import('../scripts/sample/index.js');
    return [...sample.generatePosts({ count, seed: 7 })];
  } catch {
    return Array.from({ length: count }, (_, i) => fallbackPost(i));
  }
}

function fallbackPost(i: number): Post {
  const text = `${FALLBACK_TEXTS[i % FALLBACK_TEXTS.length] ?? ''}${i % 3 === 0 ? ' #localgov' : ''}`;
  return {
    id: `x:${i}`,
    platform: 'x',
    source: 'bench',
    direction: 'inbound',
    author: { id: `u${i}`, handle: `user${i % 97}`, name: 'Resident' },
    text,
    created_at: '2026-01-01T00:00:00Z',
    mentions: [],
    hashtags: [],
    links: [],
  };
}

interface Timing {
  /** Wall-clock milliseconds per round. */
  readonly wallMs: number;
  /** Process CPU milliseconds per round: steadier than wall time on a shared, busy machine. */
  readonly cpuMs: number;
}

function timeIt(fn: () => void, minMs = 800): Timing {
  for (let i = 0; i < 3; i++) fn();
  let rounds = 0;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const used = process.cpuUsage(cpu);
  return { wallMs: elapsed / rounds, cpuMs: (used.user + used.system) / 1000 / rounds };
}

function microsPerPost(tagger: Tagger, posts: readonly Post[], views: readonly TextView[]): Timing {
  const tags = emptyTags();
  let sink = 0;
  const t = timeIt(() => {
    for (let i = 0; i < posts.length; i++) {
      tagger.tag({ post: posts[i]!, text: views[i]! }, tags);
      sink += tags.topics.length + tags.queries.length;
    }
  });
  if (sink < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return { wallMs: (t.wallMs * 1000) / posts.length, cpuMs: (t.cpuMs * 1000) / posts.length };
}

/**
 * Queries as a tenant would write them: two or three service terms (from the taxonomy, so they
 * really occur in posts), with OR, implicit AND, exclusions, wildcards and filters.
 */
function benchQueries(topics: TopicTagger, n: number): ListeningQuery[] {
  const terms = topics.taxonomy.topics.flatMap((t) =>
    t.terms.map((x) => (typeof x === 'string' ? x : x.text)).filter((x) => !x.startsWith('@') && !/[&()'’]/.test(x)),
  );
  const q = (x: string): string => (x.includes(' ') ? `"${x}"` : x);
  const pick = (i: number): string => q(terms[(i * 7919) % terms.length] ?? 'bins');
  const shapes = [
    (i: number) => `(${pick(i)} OR ${pick(i + 1)} OR ${pick(i + 2)}) -${pick(i + 3)}`,
    (i: number) => `${pick(i)} ${pick(i + 1)}`,
    (i: number) => `${pick(i)} OR #${pick(i + 1).replace(/[^\p{L}\p{N}_*]/gu, '')}`,
    (i: number) => `lang:cy (${pick(i)} OR ${pick(i + 1)})`,
    (i: number) => `platform:facebook ${pick(i)}`,
  ];
  return Array.from({ length: n }, (_, i) => ({ id: `q${i}`, tenant: 't', query: shapes[i % shapes.length]!(i * 3) }));
}

function topicStats(tagger: TopicTagger, views: readonly TextView[]): number {
  let tagged = 0;
  for (const v of views) if (tagger.topicsOf(v.tokens).length > 0) tagged++;
  return tagged / views.length;
}

export async function run(): Promise<BenchResult[]> {
  const posts = await benchPosts(5000);
  const views = posts.map((p) => tokenize(p.text));
  const started = process.hrtime.bigint();
  const topics = createTopicTagger();
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const extended = createTopicTagger({
    extensions: [
      { id: 'harbour', label: 'Harbour', tier: 'other:harbour_board', terms: ['harbour*', 'slipway*', 'mooring*', 'quay'] },
      { id: 'waste_collection', terms: ['wheelie*', 'caddy liner*'] },
    ],
  });
  // The query bench's posts all belong to the queries' tenant, so every post meets every query.
  const ofQueryTenant = posts.map((p) => ({ ...p, tenant: 't' }));
  const timed = (name: string, tagger: Tagger, timedPosts: readonly Post[] = posts): BenchResult[] => {
    const t = microsPerPost(tagger, timedPosts, views);
    return [
      { name, unit: 'µs/post', value: round(t.wallMs) },
      { name: `${name} [cpu]`, unit: 'µs/post', value: round(t.cpuMs) },
    ];
  };
  const base = timed('topics tagger (pre-tokenized)', topics);
  return [
    ...base,
    { name: 'topics tagger (pre-tokenized)', unit: 'posts/s', value: Math.round(1e6 / (base[0]?.value ?? 1)) },
    ...timed('topics tagger + tenant extensions', extended),
    { name: 'topics taxonomy load + compile', unit: 'ms', value: round(buildMs) },
    { name: 'topics: share of posts with a topic', unit: '%', value: round(topicStats(topics, views) * 100) },
    ...timed('queries tagger, 100 queries', createQueryTagger(benchQueries(topics, 100), { defaultTenant: 't' }), ofQueryTenant),
    ...timed('queries tagger, 1000 queries', createQueryTagger(benchQueries(topics, 1000), { defaultTenant: 't' }), ofQueryTenant),
  ];
}

const round = (x: number): number => Math.round(x * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name.padEnd(40)} ${String(r.value).padStart(10)} ${r.unit}`);
}
