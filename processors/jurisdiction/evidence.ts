/**
 * Weighs the place evidence in a post (named places, postcodes, a platform place) into one area:
 * each mention spreads a prior over the councils its name occurs in, the other evidence (other
 * places, the account addressed, the tenant) boosts the councils it agrees with, and the area is
 * chosen only when one clearly leads. Otherwise: candidates, no code.
 */
import type { AuthorityRecord } from './types.js';
import type { AuthorityRegister } from './register.js';

export interface WeightedTarget {
  readonly code: string;
  readonly w: number;
}

export interface PlaceEvidence {
  readonly text: string;
  readonly quality: number;
  readonly targets: readonly WeightedTarget[];
  /**
   * The same councils weighted by the population prior as well: used only when nothing else in the
   * post (another place, the account addressed, the tenant, a geotag) says where it is, so that
   * context is never outweighed by a bigger namesake ("@DevonCC ... Newport" is Newport, Devon).
   */
  readonly prior?: readonly WeightedTarget[] | undefined;
  /** A curated landmark: what it is and the council it lies in ("street", Manchester's code). */
  readonly landmark?: Landmark | undefined;
}

export interface Landmark {
  readonly kind: string;
  readonly code: string;
}

export interface AreaCandidate {
  readonly area: AuthorityRecord;
  readonly share: number;
}

export interface AreaChoice {
  /** The chosen area (a lower-tier/unitary council, or a county when only the county is named). */
  readonly area: AuthorityRecord | null;
  readonly confidence: number;
  /** The mention that carried the choice. */
  readonly because: PlaceEvidence | null;
  readonly candidates: readonly AreaCandidate[];
  /** The population prior weighed in: the name alone, nothing else in the post to go by. */
  readonly bySize?: boolean;
}

export interface EvidenceParams {
  /** Context multipliers for a candidate council that other evidence also points at. */
  readonly sameArea: number;
  readonly sameCounty: number;
  readonly sameRegion: number;
  /** A mention whose top council has at least this share is taken as context for the others. */
  readonly contextShare: number;
  /** Decide only at or above this confidence... */
  readonly decide: number;
  /** ...and when the leading council has at least this many times the runner-up's share. */
  readonly margin: number;
}

export const DEFAULT_EVIDENCE_PARAMS: EvidenceParams = {
  sameArea: 8,
  sameCounty: 4,
  sameRegion: 4,
  contextShare: 0.85,
  decide: 0.5,
  margin: 1.5,
};

interface Support {
  /** Best quality among mentions that give this council a real share. */
  readonly q: number;
  /** Strongest single pointer (quality × share) and its mention. */
  readonly s: number;
  readonly m: PlaceEvidence;
}

/** Councils, counties and regions other evidence points at, each with a strength 0..1. */
export interface Context {
  readonly areas: Map<string, number>;
  readonly counties: Map<string, number>;
  readonly regions: Map<string, number>;
}

export function emptyContext(): Context {
  return { areas: new Map(), counties: new Map(), regions: new Map() };
}

function put(m: Map<string, number>, key: string, strength: number): void {
  if ((m.get(key) ?? 0) < strength) m.set(key, strength);
}

/** Adds a council (or county) to the context: itself, its county, its region. */
export function addToContext(ctx: Context, a: AuthorityRecord, strength = 1): void {
  if (a.type === 'county') put(ctx.counties, a.code, strength);
  else {
    put(ctx.areas, a.code, strength);
    if (a.parent !== null) put(ctx.counties, a.parent, strength);
  }
  if (a.region) put(ctx.regions, a.region, strength);
}

function isEmpty(c: Context): boolean {
  return c.areas.size === 0 && c.counties.size === 0 && c.regions.size === 0;
}

function copyContext(c: Context): Context {
  return { areas: new Map(c.areas), counties: new Map(c.counties), regions: new Map(c.regions) };
}

export function chooseArea(
  mentions: readonly PlaceEvidence[],
  external: Context,
  register: AuthorityRegister,
  params: EvidenceParams,
): AreaChoice {
  if (mentions.length === 0) return { area: null, confidence: 0, because: null, candidates: [] };
  const agreed = singleCouncil(mentions, register, params.decide);
  if (agreed !== null) return agreed;
  const alone = mentions.length === 1 && isEmpty(external);
  const only = mentions[0] as PlaceEvidence;
  // One name and nothing else to go by (most posts): the answer depends on the name and how sure
  // the mention is, so it is worked out once per name (its target list) and quality.
  if (alone) return { ...soleChoice(only, register, params), because: only };
  return weigh(mentions, external, alone, register, params);
}

const sole = new WeakMap<readonly WeightedTarget[], Map<number, AreaChoice>>();

function soleChoice(m: PlaceEvidence, register: AuthorityRegister, params: EvidenceParams): AreaChoice {
  let byQuality = sole.get(m.targets);
  if (byQuality === undefined) {
    byQuality = new Map();
    sole.set(m.targets, byQuality);
  }
  let choice = byQuality.get(m.quality);
  if (choice === undefined) {
    choice = weigh([m], emptyContext(), true, register, params);
    byQuality.set(m.quality, choice);
  }
  return choice;
}

function weigh(
  mentions: readonly PlaceEvidence[],
  external: Context,
  alone: boolean,
  register: AuthorityRegister,
  params: EvidenceParams,
): AreaChoice {
  const dists = mentions.map((m) => normalise(alone ? (m.prior ?? m.targets) : m.targets));
  const scores = new Map<string, number>();
  const support = new Map<string, Support>();
  for (const [i, m] of mentions.entries()) {
    const ctx = contextExcept(dists, mentions, i, external, register, params);
    const p = reweight(dists[i] as Map<string, number>, ctx, register, params);
    // A mention that still spreads thinly over many councils counts for less than a decided one.
    let focus = 0;
    for (const share of p.values()) focus = Math.max(focus, share);
    for (const [code, share] of p) {
      scores.set(code, (scores.get(code) ?? 0) + m.quality * focus * share);
      const prev = support.get(code);
      // The mention that points at this council most strongly explains it; its quality caps confidence.
      if (prev === undefined || prev.s < m.quality * share)
        support.set(code, { q: Math.max(prev?.q ?? 0, share >= 0.15 ? m.quality : 0), s: m.quality * share, m });
      else if (share >= 0.15 && m.quality > prev.q) support.set(code, { ...prev, q: m.quality });
    }
  }
  const choice = pick(scores, support, register, params);
  return alone && mentions[0]?.prior !== undefined ? { ...choice, bySize: true } : choice;
}

/** The common case: every mention names one and the same council ("Exmouth", "EX8 1AB"). No weighing needed. */
export function singleCouncil(mentions: readonly PlaceEvidence[], register: AuthorityRegister, decide: number): AreaChoice | null {
  let code: string | undefined;
  let best: PlaceEvidence | undefined;
  for (const m of mentions) {
    if (m.targets.length !== 1) return null;
    const c = (m.targets[0] as WeightedTarget).code;
    if (code !== undefined && c !== code) return null;
    code = c;
    if (best === undefined || m.quality > best.quality) best = m;
  }
  const area = code === undefined ? undefined : register.get(code);
  if (area === undefined || best === undefined || area.type === 'county') return null;
  const confidence = Math.min(0.95, best.quality);
  return { area: confidence >= decide ? area : null, confidence, because: best, candidates: [{ area, share: 1 }] };
}

// Target lists are shared per place name (see places.ts), so their shares are worked out once.
const normalised = new WeakMap<readonly WeightedTarget[], Map<string, number>>();

function normalise(targets: readonly WeightedTarget[]): Map<string, number> {
  const cached = normalised.get(targets);
  if (cached !== undefined) return cached;
  const m = shares(targets);
  normalised.set(targets, m);
  return m;
}

function shares(targets: readonly WeightedTarget[]): Map<string, number> {
  let total = 0;
  for (const t of targets) total += t.w;
  const m = new Map<string, number>();
  if (total <= 0) return m;
  for (const t of targets) m.set(t.code, (m.get(t.code) ?? 0) + t.w / total);
  return m;
}

function contextExcept(
  dists: readonly Map<string, number>[],
  mentions: readonly PlaceEvidence[],
  skip: number,
  external: Context,
  register: AuthorityRegister,
  params: EvidenceParams,
): Context {
  if (mentions.length === 1) return external;
  const ctx = copyContext(external);
  for (const [i, d] of dists.entries()) {
    if (i === skip) continue;
    // A mention is context at the level where its mass concentrates: a council, a county, a region.
    const county = new Map<string, number>();
    const region = new Map<string, number>();
    for (const [code, share] of d) {
      const a = register.get(code);
      if (a === undefined) continue;
      if (share >= params.contextShare) addToContext(ctx, a);
      const c = a.type === 'county' ? a.code : a.parent;
      if (c !== null) county.set(c, (county.get(c) ?? 0) + share);
      region.set(a.region, (region.get(a.region) ?? 0) + share);
    }
    for (const [c, share] of county) if (share >= params.contextShare) put(ctx.counties, c, 1);
    for (const [r, share] of region) if (share >= params.contextShare) put(ctx.regions, r, 1);
  }
  return ctx;
}

function reweight(p: Map<string, number>, ctx: Context, register: AuthorityRegister, params: EvidenceParams): Map<string, number> {
  if (p.size === 1 || isEmpty(ctx)) return p;
  const out = new Map<string, number>();
  let total = 0;
  for (const [code, share] of p) {
    const a = register.get(code);
    let f = 1;
    if (a !== undefined) {
      f += params.sameArea * (ctx.areas.get(code) ?? 0);
      f += params.sameCounty * Math.max(ctx.counties.get(code) ?? 0, a.parent === null ? 0 : (ctx.counties.get(a.parent) ?? 0));
      f += params.sameRegion * (ctx.regions.get(a.region) ?? 0);
    }
    out.set(code, share * f);
    total += share * f;
  }
  for (const [code, v] of out) out.set(code, v / total);
  return out;
}

function pick(
  scores: ReadonlyMap<string, number>,
  support: ReadonlyMap<string, Support>,
  register: AuthorityRegister,
  params: EvidenceParams,
): AreaChoice {
  // Prefer a council area; a county wins only when no council inside or outside it is named.
  const ranked = [...scores.entries()]
    .map(([code, s]) => ({ a: register.get(code), s }))
    .filter((x): x is { a: AuthorityRecord; s: number } => x.a !== undefined)
    .sort((x, y) => y.s - x.s);
  const areas = ranked.filter((x) => x.a.type !== 'county');
  const pool = areas.length > 0 ? absorbCounties(areas, ranked) : ranked;
  let total = 0;
  for (const x of pool) total += x.s;
  const candidates = pool.slice(0, 5).map((x) => ({ area: x.a, share: total > 0 ? x.s / total : 0 }));
  const top = candidates[0];
  if (top === undefined) return { area: null, confidence: 0, because: null, candidates: [] };
  const sup = support.get(top.area.code);
  const confidence = Math.min(0.95, top.share * (sup?.q ?? 0));
  const second = candidates[1]?.share ?? 0;
  const decided = confidence >= params.decide && top.share >= params.margin * second;
  return { area: decided ? top.area : null, confidence, because: sup?.m ?? null, candidates };
}

/** A county named alongside one of its districts adds to that district, not against it. */
function absorbCounties(
  areas: { a: AuthorityRecord; s: number }[],
  ranked: readonly { a: AuthorityRecord; s: number }[],
): { a: AuthorityRecord; s: number }[] {
  const out = areas.map((x) => ({ ...x }));
  for (const c of ranked) {
    if (c.a.type !== 'county') continue;
    const inside = out.filter((x) => x.a.parent === c.a.code);
    if (inside.length === 0) out.push({ ...c });
    else for (const x of inside) x.s += c.s / inside.length;
  }
  return out.sort((x, y) => y.s - x.s);
}
