/**
 * The jurisdiction resolver: place (geotag, named place, account addressed, tenant) × service
 * (the post's first topic) → the body that answers, with a reason and the candidates weighed.
 */
import { BoundedMap } from '../../core/bounded-map.js';
import type { Post } from '../../core/contracts/post.js';
import {
  JURISDICTION_METHODS,
  type Jurisdiction,
  type JurisdictionMethod,
  type PlaceEntity,
  type TopicTag,
} from '../../core/contracts/tags.js';
import { nlpLexicon } from '../nlp/index.js';
import type { TextView } from '../text/tokens.js';
import { createAccountIndex, type AccountHit, type AccountIndex } from './accounts.js';
import { loadBoundaries, type Boundaries, type BoundaryHit } from './boundaries.js';
import { JurisdictionError } from './errors.js';
import {
  addToContext,
  chooseArea,
  DEFAULT_EVIDENCE_PARAMS,
  emptyContext,
  singleCouncil,
  type AreaChoice,
  type Context,
  type EvidenceParams,
} from './evidence.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import type { PersonNames } from './judge.js';
import { createPlaceCollector, DEFAULT_PRIOR_PARAMS, placeEntities, type FoundPlace, type PriorParams } from './places.js';
import { describeArea, describeService, placeList } from './reason.js';
import { KeyMemo, StringIds } from './memo.js';
import { loadRegister, type AuthorityRegister } from './register.js';
import { responsibleFor } from './responsible.js';
import { tenantSettings, type Partnership } from './partnership.js';
import { createServiceMatrix, loadServiceMatrixFile, type ServiceMatrix } from './services.js';
import type { AuthorityRecord, ServiceMatrixFile, ServiceMatrixOverrides } from './types.js';

export interface JurisdictionResolverOptions {
  /**
   * Per-tenant settings (area, accounts, service overrides): a post is resolved with its tenant's
   * (`post.tenant`, else `defaultTenant`); the options below apply to tenants the file does not name.
   */
  readonly partnership?: Partnership | undefined;
  readonly defaultTenant?: string;
  readonly overrides?: ServiceMatrixOverrides;
  /** Handle (with or without @) → GSS code of the council (or a body id) that owns the account. */
  readonly accounts?: Readonly<Record<string, string>>;
  /** GSS code of the council whose area is assumed when nothing else places the post. */
  readonly tenantDefault?: string;
  /** Tuning knobs; the defaults were set on the labelled dev split. */
  readonly params?: Partial<ResolverParams>;
  /** Injected data (tests); loaded from data/ otherwise. */
  readonly data?: {
    register?: AuthorityRegister;
    gazetteer?: Gazetteer;
    boundaries?: Boundaries;
    matrix?: ServiceMatrixFile;
    people?: PersonNames;
  };
}

export interface ResolverParams extends EvidenceParams, PriorParams {
  /** Confidence of an area taken from a configured / guessed account, the tenant default, a geotag. */
  readonly accountConfigured: number;
  readonly accountGuessed: number;
  readonly tenant: number;
  readonly geotagInside: number;
  readonly geotagNearest: number;
  /** How strongly a guessed account / the tenant's area count as context for ambiguous names. */
  readonly guessedContext: number;
  readonly tenantContext: number;
}

export const DEFAULT_RESOLVER_PARAMS: ResolverParams = {
  ...DEFAULT_EVIDENCE_PARAMS,
  ...DEFAULT_PRIOR_PARAMS,
  accountConfigured: 0.8,
  accountGuessed: 0.65,
  tenant: 0.5,
  geotagInside: 0.95,
  geotagNearest: 0.75,
  guessedContext: 0.7,
  tenantContext: 0.4,
};

export interface Resolution {
  readonly jurisdiction: Jurisdiction;
  readonly places: PlaceEntity[];
}

export interface JurisdictionResolver {
  resolve(post: Post, text: TextView, topics: readonly TopicTag[]): Resolution;
  readonly register: AuthorityRegister;
  readonly matrix: ServiceMatrix;
}

const NO_CHOICE: AreaChoice = { area: null, confidence: 0, because: null, candidates: [] };

/**
 * Where the post is placed and by what. How that reads (`via`) is written only when a decision is
 * made, not for every post a remembered decision answers: `inside` (geotag) and `handle` (account)
 * are what it needs besides the area and the choice.
 */
interface Placement {
  readonly area: AuthorityRecord | null;
  readonly method: JurisdictionMethod;
  readonly confidence: number;
  readonly inside: boolean;
  readonly handle: string;
}

/**
 * What differs between tenants: the accounts they know, their own area, their service overrides;
 * and the decisions made under them, kept per tenant so one tenant's never answers another's post.
 */
interface Profile {
  readonly accounts: AccountIndex;
  readonly tenant: AuthorityRecord | undefined;
  readonly matrix: ServiceMatrix;
  readonly decisions: KeyMemo<Jurisdiction>;
}

/** An area choice remembered for posts with the same places and context; `because` is the mention at `becauseAt`. */
interface KnownChoice {
  readonly id: number;
  readonly choice: AreaChoice;
  readonly becauseAt: number;
}

/** Keys per memo: a few MB each at most. */
const MEMO_MAX = 10_000;
/** Strings (topic ids, area codes) numbered for memo keys: far more than the configuration names. */
const IDS_MAX = 100_000;
/** Boundary answers remembered (a few hundred in practice). */
const GEOTAGS_MAX = 10_000;

export function createJurisdictionResolver(opts: JurisdictionResolverOptions = {}): JurisdictionResolver {
  const params: ResolverParams = { ...DEFAULT_RESOLVER_PARAMS, ...opts.params };
  const register = opts.data?.register ?? loadRegister();
  const gazetteer = opts.data?.gazetteer ?? loadGazetteer();
  const boundaries = opts.data?.boundaries ?? loadBoundaries();
  const matrixFile = opts.data?.matrix ?? loadServiceMatrixFile();
  const profile = (
    accounts: Record<string, string> | undefined,
    area: string | undefined,
    overrides: ServiceMatrixOverrides | undefined,
  ): Profile => {
    const tenant = area === undefined ? undefined : register.get(area);
    if (area !== undefined && tenant === undefined)
      throw new JurisdictionError('JURISDICTION_CONFIG_INVALID', `unknown tenant area ${area}`);
    return {
      accounts: createAccountIndex(register, accounts),
      tenant,
      matrix: createServiceMatrix(matrixFile, register, overrides),
      decisions: new KeyMemo(MEMO_MAX),
    };
  };
  const base = profile(opts.accounts, opts.tenantDefault, opts.overrides);
  const profiles = new Map<string, Profile>();
  const partnership = opts.partnership;
  if (partnership !== undefined) {
    for (const name of Object.keys(partnership.tenants)) {
      const t = tenantSettings(partnership, name);
      profiles.set(name, profile({ ...opts.accounts, ...t.accounts }, t.area ?? opts.tenantDefault, t.services));
    }
  }
  // A tenant the file does not name gets the partnership's shared accounts and overrides.
  const fallback =
    partnership === undefined ? base : profile({ ...opts.accounts, ...partnership.accounts }, opts.tenantDefault, partnership.services);
  const defaultTenant = opts.defaultTenant ?? 'default';
  const collect = createPlaceCollector(gazetteer, params, opts.data?.people ?? personNames(), register);
  const serviceLabel = (id: string) => matrixFile.topics[id]?.label ?? id.replace(/_/g, ' ');
  const geotags = new Geotags(boundaries, register);
  const choices = new KeyMemo<KnownChoice>(MEMO_MAX);
  const ids = new StringIds(IDS_MAX);
  let choiceIds = 0;

  function resolve(post: Post, text: TextView, topics: readonly TopicTag[]): Resolution {
    const p = profiles.size === 0 ? base : (profiles.get(post.tenant ?? defaultTenant) ?? fallback);
    const service = topics[0]?.id ?? null;
    const point = post.geo; // posts come in many shapes: each property read of one is a slow lookup
    const found = collect(text, point?.place);
    const account = addressedAccount(post, text, p.accounts);
    const accountArea = account?.area;
    const geo = geotags.of(point);
    const known = found.length > 0 ? areaChoice(found, account, accountArea, geo?.area, p.tenant) : null;
    const places = placeEntities(found, known?.choice.area?.code);
    const method = methodOf(geo, known, accountArea, p.tenant);
    const cue = p.matrix.cue(service, text);
    const memo = decisionKey(p.decisions, method, service === null ? -1 : ids.of(service), cue, account);
    // A placement by the places (or by nothing) reads the choice (its area, confidence and
    // candidates: its id) and the mention that carried it as this post writes it; a geotag's
    // placement reads the area and whether the point is inside it.
    if (method === 'place' || method === 'none') memo.add(known?.id ?? -1).add(known === null ? -1 : spellingAt(found, known.becauseAt));
    else if (geo !== null) memo.add(ids.of(geo.area.code)).add(geo.inside ? 1 : 0);
    const remembered = memo.get();
    if (remembered !== undefined) return { jurisdiction: remembered, places };
    const choice = known === null ? NO_CHOICE : withBecause(known, found);
    const d: Decision = { p: place(method, geo, choice, account, accountArea, p.tenant, params), choice, service, account, cue };
    return { jurisdiction: memo.set(frozen(decide(d, register, p.matrix, serviceLabel))), places };
  }

  /**
   * The area the places point at, given what else places the post. Weighing depends only on each
   * place's target list and quality and on that context, so posts that share them share the choice.
   */
  function areaChoice(
    found: readonly FoundPlace[],
    account: AccountHit | null,
    accountArea: AuthorityRecord | undefined,
    geoArea: AuthorityRecord | undefined,
    tenant: AuthorityRecord | undefined,
  ): KnownChoice {
    const strength = account?.configured ? 1 : params.guessedContext;
    // The account (one remembered hit per handle) stands for its area and its strength.
    const memo = choices
      .begin()
      .add(accountArea === undefined ? -1 : (account as AccountHit).id)
      .add(geoArea === undefined ? -1 : ids.of(geoArea.code))
      .add(tenant === undefined ? -1 : ids.of(tenant.code));
    for (const f of found) memo.add(f.evidence);
    const known = memo.get();
    if (known !== undefined) return known;
    // Most posts name one council's places only: then no context is weighed, so none is built.
    const choice =
      singleCouncil(found, register, params.decide) ?? chooseArea(found, context(accountArea, strength, geoArea, tenant), register, params);
    const becauseAt = choice.because === null ? -1 : found.indexOf(choice.because as FoundPlace);
    return memo.set({ id: choiceIds++, choice, becauseAt });
  }

  /** What else places the post (the account addressed, the tenant, a geotag), as context for ambiguous names. */
  function context(
    accountArea: AuthorityRecord | undefined,
    accountStrength: number,
    geoArea: AuthorityRecord | undefined,
    tenant: AuthorityRecord | undefined,
  ): Context {
    const ctx = emptyContext();
    if (accountArea) addToContext(ctx, accountArea, accountStrength);
    if (tenant) addToContext(ctx, tenant, params.tenantContext);
    if (geoArea) addToContext(ctx, geoArea);
    return ctx;
  }

  return { resolve, register, matrix: base.matrix };
}

/** The remembered choice, explained by this post's own mention (its text as written). */
function withBecause(known: KnownChoice, found: readonly FoundPlace[]): AreaChoice {
  const because = found[known.becauseAt];
  if (because === undefined) return known.choice;
  const c = known.choice;
  // Spelled out, not spread: a spread copy is slower and yields a dictionary-mode shape.
  return { area: c.area, confidence: c.confidence, because, candidates: c.candidates, bySize: c.bySize };
}

/** The number of the mention at `at` as written (-1 when there is none). */
function spellingAt(found: readonly FoundPlace[], at: number): number {
  const f = found[at];
  return f === undefined ? -1 : f.spellings.idOf(f.text);
}

/** People's names from compromise's lexicon (read once at start-up through the nlp wrapper). */
function personNames(): PersonNames {
  const lex = nlpLexicon();
  return { first: lex.firstNames, last: lex.lastNames };
}

/** The first configured account addressed, else the first guessed one. */
function addressedAccount(post: Post, text: TextView, accounts: AccountIndex): AccountHit | null {
  let guessed: AccountHit | null = null;
  for (const h of post.mentions) {
    const hit = accounts.lookup(h);
    if (hit?.configured) return hit;
    if (hit && guessed === null) guessed = hit;
  }
  // The tokens can only change a guess for a configured account.
  if (guessed !== null && !accounts.anyConfigured) return guessed;
  // A mention token starts with "@" (text/tokens.ts): most posts have none, and one scan of the
  // raw text for it is cheaper than reading every token.
  if (text.raw.indexOf('@') < 0) return guessed;
  for (const t of text.tokens) {
    if (t.kind !== 'mention') continue;
    const hit = accounts.lookup(t.text);
    if (hit?.configured) return hit;
    if (hit && guessed === null) guessed = hit;
  }
  return guessed;
}

interface Geotag {
  readonly area: AuthorityRecord;
  readonly inside: boolean;
}

/**
 * Geotags by boundary answer: boundaries.ts hands out one answer object per polygon and side, so
 * this holds a few hundred; the cap guards against a Boundaries that makes a fresh one per call.
 */
class Geotags {
  private readonly byHit = new BoundedMap<BoundaryHit, Geotag | null>(GEOTAGS_MAX);

  constructor(
    private readonly boundaries: Boundaries,
    private readonly register: AuthorityRegister,
  ) {}

  of(point: Post['geo']): Geotag | null {
    const lat = point?.lat;
    const lon = point?.lon;
    if (lat === undefined || lon === undefined) return null;
    const hit = this.boundaries.locate(lat, lon);
    if (hit === null) return null;
    const geo = this.byHit.get(hit);
    if (geo !== undefined) return geo;
    const area = this.register.get(hit.code);
    return this.byHit.set(hit, area ? { area, inside: hit.inside } : null);
  }
}

/** How the post is placed: a geotag first, then the places named, the account addressed, the tenant's area. */
function methodOf(
  geo: Geotag | null,
  known: KnownChoice | null,
  accountArea: AuthorityRecord | undefined,
  tenant: AuthorityRecord | undefined,
): JurisdictionMethod {
  if (geo) return 'geotag';
  if (known !== null && known.choice.area !== null) return 'place';
  if (accountArea !== undefined) return 'account';
  return tenant !== undefined ? 'tenant' : 'none';
}

/** The placement `methodOf` chose, with its area and confidence. */
function place(
  method: JurisdictionMethod,
  geo: Geotag | null,
  choice: AreaChoice,
  account: AccountHit | null,
  accountArea: AuthorityRecord | undefined,
  tenant: AuthorityRecord | undefined,
  params: ResolverParams,
): Placement {
  if (geo) {
    const conf = geo.inside ? params.geotagInside : params.geotagNearest;
    return placement(geo.area, 'geotag', conf, geo.inside, '');
  }
  if (method === 'place') return placement(choice.area, 'place', choice.confidence, false, '');
  if (method === 'account' && account !== null && accountArea !== undefined) {
    const conf = account.configured ? params.accountConfigured : params.accountGuessed;
    return placement(accountArea, 'account', conf, false, account.handle);
  }
  if (method === 'tenant' && tenant !== undefined) return placement(tenant, 'tenant', params.tenant, false, '');
  return placement(null, 'none', 0, false, '');
}

/** Every Placement built with the same fields in the same order: one object shape. */
function placement(
  area: AuthorityRecord | null,
  method: JurisdictionMethod,
  confidence: number,
  inside: boolean,
  handle: string,
): Placement {
  return { area, method, confidence, inside, handle };
}

/** "the geotag is in Exeter", "'Exmouth' is in East Devon", "addressed to @devoncc (Devon)"... */
function via(p: Placement, choice: AreaChoice): string {
  const area = p.area;
  if (area === null) {
    return choice.candidates.length > 1 ? `${placeList(choice)}: the evidence does not separate them` : 'no place, geotag or known account';
  }
  switch (p.method) {
    case 'geotag':
      return `the geotag is ${p.inside ? 'in' : 'nearest to'} ${area.short}`;
    case 'account':
      return `addressed to @${p.handle} (${area.short})`;
    case 'tenant':
      return `no place named; the tenant's area is ${area.short}`;
    default:
      return describeArea(choice);
  }
}

interface Decision {
  readonly p: Placement;
  readonly choice: AreaChoice;
  readonly service: string | null;
  readonly account: AccountHit | null;
  /** The refinement the post's words set off (services.ts): all `decide` reads of them. */
  readonly cue: number;
}

/**
 * The start of a decision's key: everything `decide` reads but the tenant's settings (the memo is
 * the tenant's) and what the placement reads. The account addressed is one hit per handle (its
 * code, handle and whether it is configured); an account or tenant placement follows from it or
 * from the tenant.
 */
function decisionKey(
  memo: KeyMemo<Jurisdiction>,
  method: JurisdictionMethod,
  serviceId: number,
  cue: number,
  account: AccountHit | null,
): KeyMemo<Jurisdiction> {
  return memo
    .begin()
    .add(JURISDICTION_METHODS.indexOf(method))
    .add(serviceId)
    .add(cue)
    .add(account === null ? -1 : account.id);
}

/** A cached decision is shared by every post it answers: frozen, so no consumer can change it for the others. */
function frozen(j: Jurisdiction): Jurisdiction {
  for (const c of j.candidates) Object.freeze(c);
  Object.freeze(j.candidates);
  return Object.freeze(j);
}

function decide(d: Decision, register: AuthorityRegister, matrix: ServiceMatrix, label: (id: string) => string): Jurisdiction {
  const { p, choice, service, account, cue } = d;
  const addressed = account?.code ?? null;
  const why = via(p, choice);
  if (p.area === null) {
    const body = addressed === null ? undefined : register.body(addressed);
    const reason = body ? `addressed to @${account?.handle} (${body.name}), but no council area is known` : why;
    const candidates = candidateList(choice, service, matrix, register, addressed, cue);
    return abstain(service, p.method, reason, candidates);
  }
  if (service === null) {
    const local = responsibleFor({ kind: 'district' }, p.area, register, null);
    const candidates = local.code === null ? [] : [{ code: local.code, name: local.name, confidence: round(p.confidence) }];
    return abstain(null, p.method, `${why}; no service identified, so no body is responsible`, candidates);
  }
  const { rule, source } = matrix.ruleFor(service, p.area, cue);
  const r = responsibleFor(rule, p.area, register, addressed);
  if (r.code === null) {
    const unresolved = r;
    const share = unresolved.options.length > 0 ? 1 / unresolved.options.length : 0;
    const candidates = unresolved.options.slice(0, 5).map((a) => ({ code: a.code, name: a.name, confidence: round(share * p.confidence) }));
    return abstain(service, p.method, `${why}; ${unresolved.why}`, candidates);
  }
  const resp = r;
  const who = resp.bodyId === undefined ? resp.name : `${resp.name} [${resp.bodyId}] for the ${p.area.short} area`;
  const candidates =
    p.method === 'place'
      ? candidateList(choice, service, matrix, register, addressed, cue)
      : [{ code: resp.code, name: resp.name, confidence: round(p.confidence) }];
  return {
    code: resp.code,
    name: resp.name,
    tier: resp.tier,
    service,
    confidence: round(p.confidence),
    method: p.method,
    reason: `${why}; ${describeService(label(service), resp, source)} -> ${who}`,
    candidates,
  };
}

function abstain(service: string | null, method: JurisdictionMethod, reason: string, candidates: Jurisdiction['candidates']): Jurisdiction {
  return { code: null, name: null, tier: null, service, confidence: 0, method, reason, candidates };
}

/** The candidate areas carried through the service rule, merged when they lead to one body. */
function candidateList(
  choice: AreaChoice,
  service: string | null,
  matrix: ServiceMatrix,
  register: AuthorityRegister,
  addressed: string | null,
  cue: number,
): { code: string; name: string; confidence: number }[] {
  const merged = new Map<string, { code: string; name: string; confidence: number }>();
  for (const c of choice.candidates) {
    const r = responsibleFor(matrix.ruleFor(service, c.area, cue).rule, c.area, register, addressed);
    const code = r.code ?? c.area.code;
    const name = r.code === null ? c.area.name : r.name;
    const prev = merged.get(code);
    merged.set(code, { code, name, confidence: round(Math.min(1, (prev?.confidence ?? 0) + c.share)) });
  }
  return [...merged.values()].sort((a, b) => b.confidence - a.confidence);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
