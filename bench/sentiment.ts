/**
 * Sentiment tagger throughput on realistic short posts about council services.
 *   npx tsx bench/sentiment.ts
 * The tagger's budget is ~5 µs a post (>= 200,000 posts/s on one core); tokenizing is shared by the
 * whole chain, so it is timed apart.
 */
import { createSentimentScorer, type SentimentMethod } from '../processors/taggers/sentiment/index.js';
import { tokenize, type TextView } from '../processors/text/tokens.js';
import { printResults, type BenchResult } from './result.js';

const POSTS = [
  '@YourCouncil bins not collected AGAIN on Elm Road. Third time this month!!! #fail',
  'Huge thanks to the highways team for fixing the pothole on Mill Lane so quickly 👏',
  'Still waiting for someone to call me back about the leak in my council flat. 3 weeks now.',
  'When is the garden waste collection restarting after Christmas?',
  'Well done to the crews working through the night to clear the flooding on the A38',
  'Absolute joke. Street lights out on Station Road for a fortnight, someone is going to get hurt',
  'Cheers @BristolCouncil, brilliant service from the library team today :)',
  'The new cycle lane on Queens Road is lovely but the junction at the end is dangerous',
  'Fly-tipping behind the shops on Canal Street again 😡 sort it out',
  'Council tax up 5% and the roads are still a shambles',
  'Road closed due to burst water main near the hospital, use alternative routes',
  'Not fit for purpose. Reported the broken swing in the park in March, nothing done',
  'Thank you to the lovely lady at the contact centre who sorted my parking permit',
  'Is the recycling centre on Hill Street open on bank holiday Monday?',
  'Absolutely disgraceful state of the toilets in the town centre',
  'Great to see the new play area open in Victoria Park, the kids love it!',
  'No response to my email about the noise complaint. Is anyone actually reading these?',
  'Graffiti on the underpass has been cleaned, fair play to the council',
  'Bin lorry blocked the whole street for 40 mins this morning, ridiculous',
  'Anyone know if the tip needs a booking now?',
  'the gritters were out early, roads are fine this morning 👍',
  'Missed collection again. Green bin. Third time reporting it.',
  'Really impressed with how quickly the housing team responded to our repair request',
  'Planning committee meeting tonight at 7pm in the civic centre',
  'Why does it take 6 weeks to get a dropped kerb application processed?? Useless',
  'Love the flowers on the roundabout this year, whoever planted them 💐',
  'Potholes on the B1234 are lethal for cyclists, somebody will be seriously hurt',
  'Can you tell me who to contact about a dead fox on the pavement?',
  'Lovely walk along the river path, nice to see it so well kept',
  'The online form keeps crashing when I try to pay my council tax. Not good enough.',
] as const;

const VARIANTS = ['', ' #localgov', ' 🙄', ' Thanks.', ' @CouncilHelp', '!!'] as const;

/** 30 posts × 6 endings: enough variety that caches and branch predictors see realistic inputs. */
export function benchPosts(): string[] {
  return VARIANTS.flatMap((v) => POSTS.map((p) => p + v));
}

interface Timing {
  /** Wall-clock and CPU milliseconds per round. */
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Warms up, then repeats `fn` for at least `minMs`. CPU time is reported too: on a shared machine it
 *  is the steadier measure of what one core does. */
function timeIt(fn: () => void, minMs = 1500): Timing {
  for (let i = 0; i < 200; i++) fn();
  let rounds = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: elapsed / rounds, cpuMs: (cpu.user + cpu.system) / 1000 / rounds };
}

function rates(name: string, posts: number, t: Timing): BenchResult[] {
  return [
    { name, unit: 'posts/s', value: Math.round((posts / t.wallMs) * 1000) },
    { name: `${name}, per CPU-second`, unit: 'posts/s', value: Math.round((posts / t.cpuMs) * 1000) },
  ];
}

function timeMethod(method: SentimentMethod, views: readonly TextView[]): Timing {
  const score = createSentimentScorer({ method });
  let sink = 0;
  const t = timeIt(() => {
    for (const v of views) sink += score(v).score;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return t;
}

export async function run(): Promise<BenchResult[]> {
  const texts = benchPosts();
  // Built before tokenizing, as the chain does: its words are then in the table and tokens carry
  // their ids (tokens made earlier would send every word back to the table to be looked up again).
  const score = createSentimentScorer();
  const views = texts.map(tokenize);
  const results: BenchResult[] = [];
  for (const method of SENTIMENT_BENCH_METHODS)
    results.push(...rates(`sentiment ${method} (pre-tokenized)`, views.length, timeMethod(method, views)));
  results.push(
    ...rates(
      'sentiment model incl. tokenize',
      texts.length,
      timeIt(() => texts.forEach((t) => score(tokenize(t)))),
    ),
  );
  const started = process.hrtime.bigint();
  createSentimentScorer();
  results.push({ name: 'sentiment model load', unit: 'ms', value: Number(process.hrtime.bigint() - started) / 1e6 });
  return results;
}

const SENTIMENT_BENCH_METHODS: readonly SentimentMethod[] = ['model', 'rules', 'plain'];

if (import.meta.url === `file://${process.argv[1]}`) printResults('sentiment', await run());
