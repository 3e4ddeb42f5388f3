/**
 * Collects the place evidence of a post (names and hashtags in the text, postcodes, the platform's
 * place) and says which councils the places stand for in tags.entities.places.
 */
import { BoundedMap } from '../../core/bounded-map.js';
import type { PlaceEntity } from '../../core/contracts/tags.js';
import { tokenize, type TextView } from '../text/tokens.js';
import type { Landmark, PlaceEvidence, WeightedTarget } from './evidence.js';
import type { Gazetteer, OutcodeTarget, PlaceName } from './gazetteer.js';
import type { PersonNames } from './judge.js';
import { createNameFinder, mentionsIn, type NameMention, type NameSink } from './matcher.js';
import { findPostcodes, type PostcodeMention } from './postcodes.js';
import type { AuthorityRegister } from './register.js';
import { Spellings } from './spellings.js';

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
   * it) together with the quality: the same small number for every post naming the place as
   * surely, so the weighing of a post's places can be remembered by these numbers.
   */
  readonly evidence: number;
  /**
   * The name's spellings (spellings.ts): `spellings.idOf(text)` names the text as written, the same
   * number for the same text of the same name. Asked only for the mention a decision rests on, not
   * for every mention found.
   */
  readonly spellings: Spellings;
  readonly start: number;
  readonly source: 'text' | 'hashtag' | 'postcode' | 'platform';
  /** What tags.entities.places can say of it, worked out once per target list. */
  readonly entity: EntityCodes;
}

/** The councils a target list stands for, as tags.entities.places writes them. */
class EntityCodes {
  /** The last council asked about and the answer: posts naming a place mostly settle on one council. */
  private lastChosen: string | undefined = undefined;
  private lastCode: string | null = null;

  constructor(
    /** The targets' codes, in order... */
    private readonly codes: readonly string[],
    /** ...and each as the register spells it. */
    private readonly registered: readonly string[],
    /** The leading council's (as the register spells it) when it carries at least 85% of the weight. */
    private readonly clear: string | null,
  ) {}

  /** The chosen council when the place is in it, else the clearly leading one. */
  codeFor(chosen: string | undefined): string | null {
    if (chosen === undefined) return this.clear;
    if (chosen !== this.lastChosen) {
      const k = this.codes.indexOf(chosen);
      this.lastChosen = chosen;
      this.lastCode = k >= 0 ? (this.registered[k] as string) : this.clear;
    }
    return this.lastCode;
  }
}

/**
 * The places in a post's text and in its platform place name (`post.geo?.place`), if any: an
 * array the collector reuses, read before its next call (resolution is synchronous).
 */
export type PlaceCollector = (view: TextView, platformPlace: string | undefined) => readonly FoundPlace[];

const NONE: readonly NameMention[] = [];

/** Platform place names ("Exeter, England") kept with the names found in them, at most this many. */
const PLATFORM_MAX = 10_000;

/** Builds the per-post collector; each name's weighted targets are computed once and reused. */
export function createPlaceCollector(gaz: Gazetteer, prior: PriorParams, people: PersonNames, register: AuthorityRegister): PlaceCollector {
  const findNames = createNameFinder(gaz, people);
  const evidence = { next: 0 };
  const weights = new Map<PlaceName, NameWeights>();
  const weightsOf = (name: PlaceName): NameWeights => {
    let w = weights.get(name);
    if (w === undefined) {
      w = new NameWeights(nameTargets(name, prior), namePrior(name, prior), landmarkOf(name), register, evidence);
      weights.set(name, w);
    }
    return w;
  };
  const outcodeWeights = new Map<readonly OutcodeTarget[], NameWeights>();
  const outcodeTargets = (targets: readonly OutcodeTarget[]): NameWeights => {
    let w = outcodeWeights.get(targets);
    if (w === undefined) {
      const weighted = targets.map((t) => ({ code: t.code, w: t.n }));
      w = new NameWeights(weighted, undefined, undefined, register, evidence);
      outcodeWeights.set(targets, w);
    }
    return w;
  };
  // A platform's place names repeat (a handful of towns per feed): their names are found once.
  const platformNames = new BoundedMap<string, readonly NameMention[]>(PLATFORM_MAX);
  const namesInPlace = (text: string): readonly NameMention[] =>
    platformNames.get(text) ?? platformNames.set(text, mentionsIn(findNames, tokenize(text)));
  // Scratch arrays reused across posts: no copy is made per post.
  const found: FoundPlace[] = [];
  const postcodes: PostcodeMention[] = [];
  // A name in the text becomes its FoundPlace as it is found: no mention object in between. The
  // places are weighed in the same order as before (text, postcodes, platform), so their evidence
  // numbers are the same.
  const onName: NameSink = (kind, text, start, name, quality) => {
    found.push(weightsOf(name).place(text, start, quality, kind === 'hashtag' ? 'hashtag' : 'text'));
  };
  return (view, platformPlace) => {
    // Setting an array's length calls into the runtime: only when there is something to drop.
    if (found.length !== 0) found.length = 0;
    if (postcodes.length !== 0) postcodes.length = 0;
    if (findNames(view, onName)) findPostcodes(view.raw, gaz, postcodes);
    const inPlace = platformPlace === undefined || platformPlace === '' ? NONE : namesInPlace(platformPlace);
    for (const p of postcodes) found.push(outcodeTargets(p.targets).place(p.text, p.start, p.quality, 'postcode'));
    for (const m of inPlace) found.push(weightsOf(m.name).place(m.text, -1, Math.max(0.9, m.quality), 'platform'));
    return found;
  };
}

/** tags.entities.places: each place found, with the council it resolved to when that is clear. */
export function placeEntities(found: readonly FoundPlace[], chosen: string | undefined): PlaceEntity[] {
  const out: PlaceEntity[] = [];
  for (const f of found) {
    if (f.quality < 0.5) continue; // weak sightings ("March" the month?) stay out; they only ever add context
    out.push({ text: f.text, code: f.entity.codeFor(chosen) });
  }
  return out;
}

/** What one place name (or postcode district) contributes, worked out once and shared by every post naming it. */
class NameWeights {
  private readonly spellings = new Spellings();
  /** Qualities seen with this name, and the evidence number each was given. */
  private readonly qualities: number[] = [];
  private readonly numbers: number[] = [];
  private readonly entity: EntityCodes;

  constructor(
    readonly targets: readonly WeightedTarget[],
    /** Undefined when the name has one council: nothing to weigh. */
    readonly prior: readonly WeightedTarget[] | undefined,
    readonly landmark: Landmark | undefined,
    register: AuthorityRegister,
    private readonly evidence: { next: number },
  ) {
    this.entity = entityCodes(targets, register);
  }

  /** The FoundPlace for a mention of this name; every one built with the same fields in the same order (one object shape). */
  place(text: string, start: number, quality: number, source: FoundPlace['source']): FoundPlace {
    return {
      evidence: this.evidenceOf(quality),
      spellings: this.spellings,
      text,
      start,
      quality,
      targets: this.targets,
      prior: this.prior,
      landmark: this.landmark,
      source,
      entity: this.entity,
    };
  }

  /**
   * The number naming this target list at this quality. Qualities come from a handful of fixed
   * figures (judge.ts, postcodes.ts), so the list stays a few entries long and a scan beats a Map.
   */
  private evidenceOf(quality: number): number {
    // A hand loop: Array#indexOf goes through a generic builtin.
    const qualities = this.qualities;
    for (let k = 0; k < qualities.length; k++) if (qualities[k] === quality) return this.numbers[k] as number;
    const n = this.evidence.next++;
    this.qualities.push(quality);
    this.numbers.push(n);
    return n;
  }
}

function entityCodes(targets: readonly WeightedTarget[], register: AuthorityRegister): EntityCodes {
  const registered = (code: string) => register.get(code)?.code ?? code;
  let total = 0;
  let best: string | null = null;
  let bestW = -1;
  for (const t of targets) {
    total += t.w;
    if (t.w > bestW) {
      bestW = t.w;
      best = t.code;
    }
  }
  const clear = best !== null && total > 0 && bestW / total >= 0.85 ? registered(best) : null;
  return new EntityCodes(
    targets.map((t) => t.code),
    targets.map((t) => registered(t.code)),
    clear,
  );
}

function landmarkOf(name: PlaceName): Landmark | undefined {
  if (name.kind === null) return undefined;
  const code = name.targets.find((t) => t.landmark)?.code;
  return code === undefined ? undefined : { kind: name.kind, code };
}

function nameTargets(name: PlaceName, prior: PriorParams): WeightedTarget[] {
  return name.targets.map((t) => ({
    code: t.code,
    w: t.n + (t.alias ? prior.aliasBonus : 0) + (t.former ? prior.formerBonus : 0) + (t.landmark ? prior.landmarkBonus : 0),
  }));
}

/** The targets weighted by the population prior as well; undefined when the name has one council. */
function namePrior(name: PlaceName, prior: PriorParams): WeightedTarget[] | undefined {
  const targets = nameTargets(name, prior);
  if (targets.length === 1) return undefined;
  return targets.map((t, i) => ({
    code: t.code,
    w: t.w * (((name.targets[i]?.pop ?? 0) + prior.popFloor) / 1000) ** prior.popExponent,
  }));
}
