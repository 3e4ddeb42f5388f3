import type { Platform, Post } from '../../core/contracts/post.js';
import type { Rng } from './prng.js';
import type { Place } from './world/index.js';

type Geo = NonNullable<Post['geo']>;

/** Share of posts carrying a point, and a place label, per platform (web forms have a map pin). */
const POINT_SHARE: Readonly<Record<Platform, number>> = {
  x: 0.03,
  facebook: 0.02,
  instagram: 0.15,
  mastodon: 0,
  bluesky: 0,
  reddit: 0,
  webform: 0.6,
  rss: 0,
};
const LABEL_SHARE: Readonly<Record<Platform, number>> = {
  x: 0.05,
  facebook: 0.06,
  instagram: 0.3,
  mastodon: 0,
  bluesky: 0,
  reddit: 0,
  webform: 0,
  rss: 0,
};

const KM_PER_DEG_LAT = 111.32;
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

export function geoFor(platform: Platform, place: Place, rng: Rng): Geo | undefined {
  const point = rng.chance(POINT_SHARE[platform]);
  const label = rng.chance(LABEL_SHARE[platform]);
  if (!point && !label) return undefined;
  const geo: Geo = {};
  if (point) {
    // Uniform in a disc of radiusKm around the centre.
    const r = place.radiusKm * Math.sqrt(rng.next());
    const theta = rng.next() * 2 * Math.PI;
    geo.lat = round5(place.lat + (r * Math.sin(theta)) / KM_PER_DEG_LAT);
    geo.lon = round5(place.lon + (r * Math.cos(theta)) / (KM_PER_DEG_LAT * Math.cos((place.lat * Math.PI) / 180)));
  }
  if (label) geo.place = `${place.name}, ${place.region === 'south-wales' || place.region === 'north-wales' ? 'Wales' : 'England'}`;
  return geo;
}
