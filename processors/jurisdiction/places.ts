/** Collects the place evidence of a post: names and hashtags in the text, postcodes, the platform's place. */
import type { Post } from '../../core/contracts/post.js';
import { tokenize, type TextView } from '../text/tokens.js';
import type { PlaceEvidence, WeightedTarget } from './evidence.js';
import type { Gazetteer, OutcodeTarget, PlaceName } from './gazetteer.js';
import type { PersonNames } from './judge.js';
import { createNameFinder, type NameMention } from './matcher.js';
import { findPostcodes, type PostcodeMention } from './postcodes.js';

export interface PriorParams {
  /** Added to a council's weight when the name is the council's own name ("Newport" → Newport City Council). */
  readonly aliasBonus: number;
  /** Added when the name is a former council's, now part of this one ("Mendip" → Somerset). */
  readonly formerBonus: number;
}

export const DEFAULT_PRIOR_PARAMS: PriorParams = { aliasBonus: 6, formerBonus: 4 };

/** One place found in the post, ready for weighing. */
export interface FoundPlace extends PlaceEvidence {
  readonly start: number;
  readonly source: 'text' | 'hashtag' | 'postcode' | 'platform';
}

export type PlaceCollector = (post: Post, view: TextView) => FoundPlace[];

/** Builds the per-post collector; each name's weighted targets are computed once and reused. */
export function createPlaceCollector(gaz: Gazetteer, prior: PriorParams, people: PersonNames): PlaceCollector {
  const findNames = createNameFinder(gaz, people);
  const weights = new Map<PlaceName, WeightedTarget[]>();
  const targetsOf = (name: PlaceName): WeightedTarget[] => {
    let w = weights.get(name);
    if (w === undefined) {
      w = nameTargets(name, prior);
      weights.set(name, w);
    }
    return w;
  };
  const outcodeWeights = new Map<readonly OutcodeTarget[], WeightedTarget[]>();
  const outcodeTargets = (targets: readonly OutcodeTarget[]): WeightedTarget[] => {
    let w = outcodeWeights.get(targets);
    if (w === undefined) {
      w = targets.map((t) => ({ code: t.code, w: t.n }));
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
      found.push({
        text: m.text,
        start: m.start,
        quality: m.quality,
        targets: targetsOf(m.name),
        source: m.kind === 'hashtag' ? 'hashtag' : 'text',
      });
    }
    for (const p of postcodes) {
      found.push({ text: p.text, start: p.start, quality: p.quality, targets: outcodeTargets(p.targets), source: 'postcode' });
    }
    const platformPlace = post.geo?.place;
    if (platformPlace !== undefined && platformPlace !== '') {
      const inPlace: NameMention[] = [];
      findNames(tokenize(platformPlace), inPlace);
      for (const m of inPlace) {
        found.push({ text: m.text, start: -1, quality: Math.max(0.9, m.quality), targets: targetsOf(m.name), source: 'platform' });
      }
    }
    return found;
  };
}

function nameTargets(name: PlaceName, prior: PriorParams): WeightedTarget[] {
  return name.targets.map((t) => ({
    code: t.code,
    w: t.n + (t.alias ? prior.aliasBonus : 0) + (t.former ? prior.formerBonus : 0),
  }));
}
