/**
 * The whole tagger chain, and each tagger, on the bundled sample's realistic posts: posts/s on one
 * core (CPU time of this single-threaded loop, so other load on the machine counts less; each
 * figure is the best of several repeats, after warming up).
 *
 * Each tagger is timed two ways. Inside the chain (the loop `chain.tag` runs, a clock read around
 * each tagger): what a tagger really costs, its word data competing for the processor's caches with
 * every other tagger's. Alone (one tagger over all the posts, on the tags the taggers before it
 * wrote): its data stays cached, so these figures are higher, and comparable with a tagger's own
 * bench.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENV } from '../core/config.js';
import type { Post } from '../core/contracts/post.js';
import { emptyTags, type Tags } from '../core/contracts/tags.js';
import { createDefaultChain, createDefaultTaggers } from '../processors/default-chain.js';
import type { ListeningQuery } from '../processors/queries/index.js';
import type { TagInput, Tagger } from '../processors/taggers/tagger.js';
import { tokenize } from '../processors/text/tokens.js';
import type { BenchResult } from './result.js';
import { plainTokenizer, YARDSTICK_ON_ISSUE_MACHINE } from './yardstick.js';

const SAMPLE = fileURLToPath(new URL('../data/sample/posts.ndjson', import.meta.url));
const REPEATS = 5;
/** A quiet stream's batches, and a busy one's: the processor's batch bound (CP_BATCH_MAX). */
const BUSY_BATCH = Number(ENV.batchMax.default);
const BATCHES = [256, BUSY_BATCH];

/**
 * Listening queries of the kind a comms team keeps. Every tenant in the sample gets all of them (each
 * organisation's team listens for itself), so every post meets its own tenant's queries.
 */
const QUERIES = [
  '(bin OR bins OR "refuse collection") AND NOT laden',
  'pothole* OR "road surface"',
  '"street light*" OR streetlight*',
  'flood* AND (house OR home OR road)',
  '#binday OR #bins',
  'council AND tax',
  '(bus OR buses) AND (late OR cancelled OR "no show")',
  'fly-tip* OR flytip* OR "fly tipping"',
  '"well done" OR thanks OR brilliant',
  'platform:x AND (complaint OR shambles OR joke)',
  'lang:cy',
  'gritting OR gritter* OR icy',
  'damp AND mould',
  'parking AND (fine OR ticket OR pcn)',
  'library OR libraries',
  '"planning application" OR planning',
  'noise AND (neighbour* OR party)',
  'sewage OR sewer*',
  'school* AND (admission* OR transport)',
  '"social care" OR carer*',
];

function queriesFor(posts: readonly Post[], defaultTenant: string): ListeningQuery[] {
  const tenants = new Set(posts.map((p) => p.tenant ?? defaultTenant));
  return [...tenants].flatMap((tenant) => QUERIES.map((query, i) => ({ id: `q${i}`, tenant, query })));
}

function cpuSeconds(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** Posts/s of `round` (one pass over `n` posts): warmed up, best of REPEATS. */
function postsPerSecond(n: number, round: () => void): number {
  round();
  round();
  let best = Infinity;
  for (let r = 0; r < REPEATS; r++) best = Math.min(best, cpuSeconds(round));
  return n / best;
}

export async function run(): Promise<BenchResult[]> {
  const posts = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Post);
  const queries = queriesFor(posts, 'default');
  const opts = { defaultTenant: 'default', queries };
  const chain = createDefaultChain(opts);
  const batched = (size: number) => () => {
    for (let i = 0; i < posts.length; i += size) chain.tagMany(posts.slice(i, i + size));
  };
  const results: BenchResult[] = [
    {
      name: 'whole chain (tokenize + every tagger), one core',
      unit: 'posts/s',
      value: postsPerSecond(posts.length, () => {
        for (const p of posts) chain.tag(p);
      }),
    },
    ...BATCHES.slice(0, -1).map((size) => ({
      name: `whole chain, tagMany in batches of ${size}`,
      unit: 'posts/s',
      value: postsPerSecond(posts.length, batched(size)),
    })),
    ...againstYardstick(posts, BUSY_BATCH, batched(BUSY_BATCH)),
    {
      name: 'shared tokenizer alone',
      unit: 'posts/s',
      value: postsPerSecond(posts.length, () => {
        for (const p of posts) tokenize(p.text);
      }),
    },
  ];
  const taggers = createDefaultTaggers(opts);
  const label = (t: Tagger) =>
    `'${t.name}'${t.name === 'queries' ? ` (${QUERIES.length} queries for each of ${queries.length / QUERIES.length} tenants)` : ''}`;
  const inside = insideChain(taggers, posts);
  taggers.forEach((t, k) => results.push({ name: `tagger ${label(t)} inside the chain`, unit: 'posts/s', value: inside[k] ?? 0 }));
  results.push(jurisdictionShare(taggers, inside, results.find((r) => r.name === 'shared tokenizer alone')?.value ?? Infinity));
  for (const [t, value] of alone(taggers, posts)) results.push({ name: `tagger ${label(t)} alone`, unit: 'posts/s', value });
  return results;
}

/**
 * The chain at the busy batch size and the issue's yardstick, timed in alternate rounds so both see
 * the same machine, and the chain rescaled to the machine the issue measured (where the yardstick
 * ran at 250,000 posts/s): the figure to hold against the 50,000 target. Sustained figures count
 * every round, so the garbage collection a round leaves behind is paid for (a best round is one no
 * scavenge happened to fall in: about two in three at this size).
 */
function againstYardstick(posts: readonly Post[], size: number, chainRound: () => void): BenchResult[] {
  let words = 0;
  const plain = plainTokenizer(posts);
  const [chain, yardstick] = alternately(posts.length, chainRound, () => {
    words += plain();
  });
  if (words === 0) throw new Error('the yardstick found no words');
  return [
    { name: `whole chain, tagMany in batches of ${size}, best round`, unit: 'posts/s', value: chain.best },
    { name: `whole chain, batches of ${size}, sustained (GC included)`, unit: 'posts/s', value: chain.sustained },
    { name: 'yardstick: plain tokenizer + Map lookups (issue: 250,000)', unit: 'posts/s', value: yardstick.sustained },
    {
      name: `whole chain, batches of ${size}, sustained, at the issue's speed`,
      unit: 'posts/s (target: 50,000)',
      value: (chain.sustained * YARDSTICK_ON_ISSUE_MACHINE) / yardstick.sustained,
    },
  ];
}

interface Rates {
  /** Posts/s of the fastest round. */
  readonly best: number;
  /** Posts/s over every timed round. */
  readonly sustained: number;
}

const ALTERNATIONS = 12;

/** Two rounds over `n` posts each, timed in alternation after warming up. */
function alternately(n: number, a: () => void, b: () => void): [Rates, Rates] {
  for (const round of [a, a, a, b, b]) round();
  const spent = [[], []] as [number[], number[]];
  for (let r = 0; r < ALTERNATIONS; r++) {
    spent[0].push(cpuSeconds(a));
    spent[1].push(cpuSeconds(b));
  }
  const rates = (s: readonly number[]): Rates => ({
    best: n / Math.min(...s),
    sustained: (n * s.length) / s.reduce((sum, x) => sum + x, 0),
  });
  return [rates(spent[0]), rates(spent[1])];
}

/**
 * Issue 4's budget: resolving jurisdiction must cost less than the rest of the chain (tokenizer and
 * every other tagger). Per-post times from the inside-the-chain figures.
 */
function jurisdictionShare(taggers: readonly Tagger[], inside: readonly number[], tokenizerRate: number): BenchResult {
  const cost = (rate: number | undefined): number => (rate === undefined || rate <= 0 ? 0 : 1 / rate);
  const k = taggers.findIndex((t) => t.name === 'jurisdiction');
  const total = cost(tokenizerRate) + inside.reduce((sum, rate) => sum + cost(rate), 0);
  return { name: "jurisdiction's share of the chain's time", unit: '% (budget: under 50)', value: (100 * cost(inside[k])) / total };
}

/** Posts/s of each tagger within the chain's own loop: a clock read around each call, best of REPEATS. */
function insideChain(taggers: readonly Tagger[], posts: readonly Post[]): number[] {
  const spent = new Float64Array(taggers.length);
  const round = (): void => {
    spent.fill(0);
    for (const post of posts) {
      const input = { post, text: tokenize(post.text) };
      const tags = emptyTags();
      let t0 = performance.now();
      for (let k = 0; k < taggers.length; k++) {
        (taggers[k] as Tagger).tag(input, tags);
        const t1 = performance.now();
        spent[k] = (spent[k] as number) + (t1 - t0);
        t0 = t1;
      }
    }
  };
  round();
  const best = taggers.map(() => Infinity);
  for (let r = 0; r < REPEATS; r++) {
    round();
    spent.forEach((ms, k) => (best[k] = Math.min(best[k] as number, ms)));
  }
  return best.map((ms) => (posts.length * 1000) / ms);
}

/** Each tagger over every post on its own, on copies of the tags the taggers before it wrote. */
function alone(taggers: readonly Tagger[], posts: readonly Post[]): [Tagger, number][] {
  const inputs: TagInput[] = posts.map((post) => ({ post, text: tokenize(post.text) }));
  let states: Tags[] = inputs.map(() => emptyTags());
  const out: [Tagger, number][] = [];
  for (const tagger of taggers) {
    const before = states;
    // Copies made before the clock starts: one fresh set per pass (a tagger may replace what it owns).
    const copies = Array.from({ length: REPEATS + 2 }, () => before.map((s) => structuredClone(s)));
    let pass = 0;
    const value = postsPerSecond(inputs.length, () => {
      const tags = copies[pass++] as Tags[];
      for (let i = 0; i < inputs.length; i++) tagger.tag(inputs[i] as TagInput, tags[i] as Tags);
      states = tags;
    });
    out.push([tagger, value]);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printResults } = await import('./result.js');
  printResults('tagger chain', await run());
}
