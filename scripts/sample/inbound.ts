import { PLATFORMS, type Platform } from '../../core/contracts/post.js';
import { canMention, mentionText } from './accounts.js';
import { address, isCouncil, replyKindFor, type Addressing, type PlaceEntry } from './addressing.js';
import { assemble, langFor } from './assemble.js';
import { accountAuthor, residentAuthor, type SampleAuthor } from './authors.js';
import { inStorm } from './clock.js';
import { decorate } from './decorate.js';
import { extractEntities } from './extract.js';
import { geoFor } from './geo.js';
import { nativeRef } from './ids.js';
import { metricsFor } from './metrics.js';
import { addNoise, type NoiseRates } from './noise.js';
import { render } from './render.js';
import type { Run } from './run.js';
import { sourceFor } from './sources.js';
import { BANKS, type Template } from './templates/index.js';
import type { Pending } from './threads.js';
import type { Sample, SampleKind } from './types.js';

/** Residents per place; the low ranks are the regulars who post again and again. */
const AUTHOR_POOL = 500;
const CASUAL: NoiseRates = { slang: 0.1, lower: 0.12, shout: 0, typo: 0.08, punct: 0.15 };
const ANGRY: NoiseRates = { ...CASUAL, shout: 0.05 };
const CAREFUL: NoiseRates = { slang: 0.03, lower: 0.04, shout: 0, typo: 0.04, punct: 0.05 };
const REPLYABLE: ReadonlySet<Platform> = new Set(['x', 'facebook', 'instagram', 'mastodon', 'bluesky']);

interface Choice {
  readonly kind: SampleKind;
  readonly tpl: Template;
  readonly welsh: boolean;
}

export interface Inbound {
  readonly sample: Sample;
  /** Set when a council would answer this post. */
  readonly pending?: Pending;
}

/** One post from the public: place, platform, template, then the platform's habits on top. */
export function makeInbound(run: Run, seq: number, ms: number): Inbound {
  const { rng } = run;
  const storming = inStorm(run.storm, ms);
  const entry = (storming ? run.stormPlaces : run.places).pick(rng);
  const platform = run.platforms.pick(rng);
  const choice = choose(run, entry, platform, storming && entry.region.stormPath);
  const { tpl, welsh, kind } = choice;
  const addressing = kind === 'offtopic' || kind === 'news' ? null : address(entry, tpl.topic, rng);
  const author = authorFor(run, entry, platform);
  const stormName = run.storm?.name ?? 'Storm Nell';
  const marks: string[] = [];
  let text = render(tpl.nodes, {
    rng,
    platform,
    place: entry.place,
    region: entry.region,
    council: entry.council,
    addressed: addressing?.addressed ?? entry.council,
    other: null,
    welsh,
    storm: stormName,
    first: '',
    marks,
  });
  if (!welsh && platform !== 'webform' && platform !== 'rss') text = addNoise(text, rng, noiseFor(platform, tpl));
  text = decorate({
    rng,
    platform,
    text,
    marks,
    addressed: addressing?.addressed ?? null,
    region: entry.region,
    place: entry.place,
    topic: tpl.topic,
    intent: tpl.intent,
    storm: storming && entry.region.stormPath ? stormName : null,
  });
  const addressed = addressing?.addressed ?? null;
  const mentioned = addressed !== null && canMention(platform) && text.includes(mentionText(platform, addressed, entry.region));
  const src = sourceFor(platform, entry, addressed, mentioned);
  const ref = nativeRef({ platform, seq, ms, author, rng, container: src.container, outletDomain: entry.region.outlet.domain });
  const post = assemble({
    ref,
    platform,
    source: src.source,
    direction: 'inbound',
    tenant: src.tenant,
    author,
    text,
    ms,
    lang: langFor(platform, welsh, rng),
    metrics: metricsFor(platform, author.author.followers ?? 50, tpl.intent, rng),
    geo: geoFor(platform, entry.place, rng),
    entities: extractEntities(platform, text),
  });
  const sample: Sample = {
    post,
    truth: {
      kind,
      topic: tpl.topic,
      intent: tpl.intent,
      urgency: tpl.urgency,
      lang: welsh ? 'cy' : 'en',
      place: entry.place.name,
      council: entry.council.key,
      addressed: addressed?.key ?? null,
    },
  };
  const replyable = addressing !== null && REPLYABLE.has(platform) && (mentioned || platform === 'facebook');
  if (!replyable || !wantsReply(run, tpl)) return { sample };
  return { sample, pending: pendingFor(sample, addressing, entry, author, src.container, ms, welsh) };
}

function choose(run: Run, entry: PlaceEntry, platform: Platform, stormHere: boolean): Choice {
  const { rng } = run;
  if (platform === 'rss') return { kind: 'news', tpl: BANKS.news.pick(rng), welsh: false };
  if (entry.place.welsh > 0 && rng.chance(entry.place.welsh)) return { kind: 'topic', tpl: BANKS.welsh.pick(rng), welsh: true };
  if (stormHere && rng.chance(0.55)) return { kind: 'storm', tpl: BANKS.storm.pick(rng), welsh: false };
  if (rng.chance(0.012)) return { kind: 'urgent', tpl: BANKS.urgent.pick(rng), welsh: false };
  if (platform !== 'webform' && rng.chance(0.07)) return { kind: 'offtopic', tpl: BANKS.offTopic.pick(rng), welsh: false };
  let tpl = BANKS.topic.pick(rng);
  // Instagram leans to pictures of nice things; re-roll half its complaints.
  if (platform === 'instagram' && tpl.intent === 'complaint' && rng.chance(0.5)) tpl = BANKS.topic.pick(rng);
  return { kind: 'topic', tpl, welsh: false };
}

const AUTHOR_CACHE_MAX = 40_000;
const PLATFORM_INDEX: ReadonlyMap<Platform, number> = new Map(PLATFORMS.map((p, i) => [p, i]));

function authorFor(run: Run, entry: PlaceEntry, platform: Platform): SampleAuthor {
  if (platform === 'rss') {
    const outlet = entry.region.outlet;
    return accountAuthor('rss', { key: outlet.key, name: outlet.name, handle: '' }, entry.region);
  }
  // Cubing a uniform draw favours low ranks: a few regulars, a long tail of one-off posters.
  const u = run.rng.next();
  const rank = Math.floor(AUTHOR_POOL * u * u * u);
  const key = ((PLATFORM_INDEX.get(platform) ?? 0) * 1024 + entry.index) * AUTHOR_POOL + rank;
  const cached = run.authors.get(key);
  if (cached) return cached;
  if (run.authors.size >= AUTHOR_CACHE_MAX) run.authors.clear();
  const author = residentAuthor(run.seed, entry.index, rank, platform, entry.place, entry.region);
  run.authors.set(key, author);
  return author;
}

function noiseFor(platform: Platform, tpl: Template): NoiseRates {
  if (platform === 'facebook' || platform === 'x') return tpl.intent === 'complaint' ? ANGRY : CASUAL;
  return platform === 'reddit' || platform === 'instagram' ? CASUAL : CAREFUL;
}

/** Councils answer many complaints, questions and reports, every emergency, and thank some praise. */
function wantsReply(run: Run, tpl: Template): boolean {
  if (tpl.urgency === 'emergency') return true;
  switch (tpl.intent) {
    case 'complaint':
    case 'report':
      return run.rng.chance(0.2);
    case 'question':
      return run.rng.chance(0.25);
    case 'praise':
      return run.rng.chance(0.1);
    default:
      return false;
  }
}

function pendingFor(
  sample: Sample,
  addressing: Addressing,
  entry: PlaceEntry,
  author: SampleAuthor,
  container: string,
  ms: number,
  welsh: boolean,
): Pending | undefined {
  const council = addressing.addressed;
  if (!isCouncil(council)) return undefined;
  const { post, truth } = sample;
  return {
    id: post.id,
    threadId: post.id,
    nativeId: post.id.slice(post.platform.length + 1),
    platform: post.platform,
    source: post.source,
    tenant: post.tenant,
    container,
    council,
    region: entry.region,
    place: entry.place,
    author,
    ms,
    topic: truth.topic,
    welsh,
    other: addressing.addressed === addressing.responsible ? null : addressing.responsible,
    replyKind: replyKindFor(addressing, truth.intent, truth.urgency),
  };
}
