import { PLATFORMS, type Platform } from '../../core/contracts/post.js';
import type { PlaceEntry } from './addressing.js';
import type { SampleAuthor } from './authors.js';
import { DAY, type StormWindow } from './clock.js';
import type { ResolvedOptions } from './options.js';
import { Rng, Weighted } from './prng.js';
import { ThreadBook } from './threads.js';
import { STORM_NAMES } from './vocab.js';
import { PLACES, councilByKey, regionByKey } from './world/index.js';

/** Share of posts by platform (web forms are busy; RSS is a trickle of local news). */
const PLATFORM_WEIGHTS: Readonly<Record<Platform, number>> = {
  x: 30,
  facebook: 24,
  instagram: 7,
  mastodon: 5,
  bluesky: 9,
  reddit: 8,
  webform: 14,
  rss: 3,
};

/** Everything one generation run carries: its random stream, its storm, its open threads. */
export interface Run {
  readonly seed: number;
  readonly rng: Rng;
  readonly storm: StormWindow | null;
  readonly places: Weighted<PlaceEntry>;
  readonly stormPlaces: Weighted<PlaceEntry>;
  readonly platforms: Weighted<Platform>;
  readonly threads: ThreadBook;
  /** Residents already built this run (bounded; authors are pure functions of their key anyway). */
  readonly authors: Map<number, SampleAuthor>;
}

const ENTRIES: readonly PlaceEntry[] = PLACES.map((place, index) => ({
  index,
  place,
  region: regionByKey(place.region),
  council: councilByKey(place.council),
  county: place.county === undefined ? null : councilByKey(place.county),
}));

export function startRun(opts: ResolvedOptions): Run {
  const rng = new Rng(opts.seed);
  return {
    seed: opts.seed,
    rng,
    storm: stormFor(opts, rng),
    places: new Weighted(ENTRIES, (e) => e.place.weight),
    stormPlaces: new Weighted(ENTRIES, (e) => e.place.weight * (e.region.stormPath ? 3 : 1)),
    platforms: new Weighted(PLATFORMS, (p) => PLATFORM_WEIGHTS[p]),
    threads: new ThreadBook(),
    authors: new Map(),
  };
}

/** One named storm, a little past the middle of periods of three days or more, lasting ~30 hours. */
function stormFor(opts: ResolvedOptions, rng: Rng): StormWindow | null {
  const spanDays = opts.spanMs / DAY;
  if (spanDays < 3) return null;
  const startMs = opts.startMs + Math.floor(spanDays * 0.55) * DAY + (12 + rng.int(6)) * 3_600_000;
  return { name: rng.pick(STORM_NAMES), startMs, endMs: startMs + (26 + rng.int(10)) * 3_600_000 };
}
