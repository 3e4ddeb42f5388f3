/** Collects the place evidence of a post: names and hashtags in the text, postcodes, the platform's place. */
import type { Post } from '../../core/contracts/post.js';
import { tokenize, type TextView } from '../text/tokens.js';
import type { Landmark, PlaceEvidence, WeightedTarget } from './evidence.js';
import type { Gazetteer, OutcodeTarget, PlaceName } from './gazetteer.js';
import type { PersonNames } from './judge.js';
import { createNameFinder, type NameMention } from './matcher.js';
import { findPostcodes, type PostcodeMention } from './postcodes.js';

/**
 * How a name's mention is spread over the councils it occurs in: a council's weight is the number
 * of postcode districts the name covers there plus the bonuses below; when nothing else in the post
 * places it, also times the population prior `((people + popFloor) / 1000) ^ popExponent` (people:
 * the place's estimated residents there, 0 when unknown). Multiplying leaves the shares alone where
 * every candidate is the same size.
 */
export interface PriorParams {
  /** Added to a council's weight when the name is the council's own name ("Newport" → Newport City Council). */
  readonly aliasBonus: number;
  /** Added when the name is a former council's, now part of this one ("Mendip" → Somerset). */
  readonly formerBonus: number;
  /** Added when the name is a curated street or landmark there ("Deansgate" → Manchester). */
  readonly landmarkBonus: number;
  readonly popExponent: number;
  readonly popFloor: number;
}

export const DEFAULT_PRIOR_PARAMS: PriorParams = { aliasBonus: 6, formerBonus: 4, landmarkBonus: 6, popExponent: 0.5, popFloor: 100 };

/** One place found in the post, ready for weighing. */
export interface FoundPlace extends PlaceEvidence {
  /**
   * Names the target list (one per place name or postcode district, shared by every post naming
   * it), so the weighing of a post's places can be remembered by these small numbers.
   */
  readonly key: number;
  readonly start: number;
  readonly source: 'text' | 'hashtag' | 'postcode' | 'platform';
}

export type PlaceCollector = (post: Post, view: TextView) => FoundPlace[];

/** Builds the per-post collector; each name's weighted targets are computed once and reused. */
export function createPlaceCollector(gaz: Gazetteer, prior: PriorParams, people: PersonNames): PlaceCollector {
  const findNames = createNameFinder(gaz, people);
  let keys = 0;
  const weights = new Map<PlaceName, NameWeights>();
  const weightsOf = (name: PlaceName): NameWeights => {
    let w = weights.get(name);
    if (w === undefined) {
      w = nameWeights(name, prior, keys++);
      weights.set(name, w);
    }
    return w;
  };
  const landmarks = new Map<PlaceName, Landmark | undefined>();
  const landmarkOf = (name: PlaceName): Landmark | undefined => {
    if (name.kind === null) return undefined;
    if (!landmarks.has(name)) {
      const code = name.targets.find((t) => t.landmark)?.code;
      landmarks.set(name, code === undefined ? undefined : { kind: name.kind, code });
    }
    return landmarks.get(name);
  };
  const outcodeWeights = new Map<readonly OutcodeTarget[], NameWeights>();
  const outcodeTargets = (targets: readonly OutcodeTarget[]): NameWeights => {
    let w = outcodeWeights.get(targets);
    if (w === undefined) {
      w = { key: keys++, targets: targets.map((t) => ({ code: t.code, w: t.n })), prior: undefined };
      outcodeWeights.set(targets, w);
    }
    return w;
  };
  // Scratch arrays reused across posts (resolution is synchronous; their contents are copied out).
  const names: NameMention[] = [];
  const postcodes: PostcodeMention[] = [];
  return (post, view) => {
    names.length = 0;
    postcodes.length = 0;
    findNames(view, names);
    findPostcodes(view.raw, gaz, postcodes);
    const found: FoundPlace[] = [];
    for (const m of names) {
      const w = weightsOf(m.name);
      found.push(place(m.text, m.start, m.quality, w, landmarkOf(m.name), m.kind === 'hashtag' ? 'hashtag' : 'text'));
    }
    for (const p of postcodes) found.push(place(p.text, p.start, p.quality, outcodeTargets(p.targets), undefined, 'postcode'));
    const platformPlace = post.geo?.place;
    if (platformPlace !== undefined && platformPlace !== '') {
      const inPlace: NameMention[] = [];
      findNames(tokenize(platformPlace), inPlace);
      for (const m of inPlace) {
        const w = weightsOf(m.name);
        found.push(place(m.text, -1, Math.max(0.9, m.quality), w, landmarkOf(m.name), 'platform'));
      }
    }
    return found;
  };
}

/** Every FoundPlace built with the same fields in the same order: one object shape for the hot code. */
function place(
  text: string,
  start: number,
  quality: number,
  w: NameWeights,
  landmark: Landmark | undefined,
  source: FoundPlace['source'],
): FoundPlace {
  return { key: w.key, text, start, quality, targets: w.targets, prior: w.prior, landmark, source };
}

interface NameWeights {
  readonly key: number;
  readonly targets: WeightedTarget[];
  /** Undefined when the name has one council: nothing to weigh. */
  readonly prior: WeightedTarget[] | undefined;
}

function nameWeights(name: PlaceName, prior: PriorParams, key: number): NameWeights {
  const targets = name.targets.map((t) => ({
    code: t.code,
    w: t.n + (t.alias ? prior.aliasBonus : 0) + (t.former ? prior.formerBonus : 0) + (t.landmark ? prior.landmarkBonus : 0),
  }));
  if (targets.length === 1) return { key, targets, prior: undefined };
  const sized = targets.map((t, i) => ({
    code: t.code,
    w: t.w * (((name.targets[i]?.pop ?? 0) + prior.popFloor) / 1000) ** prior.popExponent,
  }));
  return { key, targets, prior: sized };
}
