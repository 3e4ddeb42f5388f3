/**
 * The whole tagger chain, and each tagger alone, on the bundled sample's realistic posts: posts/s
 * on one core (CPU time of this single-threaded loop, so other load on the machine does not count).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Post } from '../core/contracts/post.js';
import { emptyTags, type Tags } from '../core/contracts/tags.js';
import { createDefaultChain, createDefaultTaggers } from '../processors/default-chain.js';
import { tokenize, type TextView } from '../processors/text/tokens.js';
import type { BenchResult } from './result.js';

const SAMPLE = fileURLToPath(new URL('../data/sample/posts.ndjson', import.meta.url));
const ROUNDS = 5;

/** Listening queries of the kind a comms team keeps, so the query tagger has work to do. */
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
].map((query, i) => ({ id: `q${i}`, tenant: 'default', query }));

function cpuSeconds(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export async function run(): Promise<BenchResult[]> {
  const posts = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Post);
  const n = posts.length * ROUNDS;
  const chain = createDefaultChain({ defaultTenant: 'default', queries: QUERIES });
  const loop = (f: (p: Post) => void) => () => {
    for (let r = 0; r < ROUNDS; r++) for (const p of posts) f(p);
  };
  loop((p) => chain.tag(p))(); // warm up
  const results: BenchResult[] = [
    { name: 'whole chain (tokenize + every tagger), one core', unit: 'posts/s', value: n / cpuSeconds(loop((p) => chain.tag(p))) },
  ];
  results.push({ name: 'shared tokenizer alone', unit: 'posts/s', value: n / cpuSeconds(loop((p) => tokenize(p.text))) });

  // Each tagger is timed on the tags the taggers before it produced, as in the chain.
  const taggers = createDefaultTaggers({ defaultTenant: 'default', queries: QUERIES });
  const inputs: { post: Post; text: TextView }[] = posts.map((post) => ({ post, text: tokenize(post.text) }));
  const states: Tags[] = inputs.map(() => emptyTags());
  for (const tagger of taggers) {
    const before = states.map(copyTags);
    const seconds = cpuSeconds(() => {
      for (let r = 0; r < ROUNDS; r++) inputs.forEach((input, i) => tagger.tag(input, (states[i] = copyTags(before[i]!))));
    });
    const copying = cpuSeconds(() => {
      for (let r = 0; r < ROUNDS; r++) before.forEach(copyTags);
    });
    results.push({
      name: `tagger '${tagger.name}' alone${tagger.name === 'queries' ? ` (${QUERIES.length} queries)` : ''}`,
      unit: 'posts/s',
      value: n / Math.max(1e-9, seconds - copying),
    });
  }
  return results;
}

/** A copy deep enough that a tagger writing its fields does not touch the original. */
function copyTags(t: Tags): Tags {
  const e = t.entities;
  return {
    ...t,
    topics: [...t.topics],
    queries: [...t.queries],
    routes: [...t.routes],
    sentiment: { ...t.sentiment },
    jurisdiction: { ...t.jurisdiction, candidates: [...t.jurisdiction.candidates] },
    entities: {
      ...e,
      places: [...e.places],
      organisations: [...e.organisations],
      people: [...e.people],
      handles: [...e.handles],
      hashtags: [...e.hashtags],
      links: [...e.links],
      postcodes: [...e.postcodes],
      roads: [...e.roads],
      phones: [...e.phones],
      emails: [...e.emails],
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printResults } = await import('./result.js');
  printResults('tagger chain', await run());
}
