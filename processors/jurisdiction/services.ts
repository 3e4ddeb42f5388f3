/**
 * The service matrix: which tier or body answers for a topic in an area. Built from
 * data/services/matrix.json (checked against GOV.UK's LGSL tiers at build time) and overridable per
 * partnership, globally or within one council's area.
 */
import type { TextView } from '../text/tokens.js';
import { readDataJson } from './data-files.js';
import { JurisdictionError } from './errors.js';
import type { AuthorityRegister } from './register.js';
import {
  BODY_KINDS,
  type AuthorityRecord,
  type BodyKind,
  type ServiceMatrixFile,
  type ServiceMatrixOverrides,
  type ServiceRefinement,
} from './types.js';

export type ServiceRule =
  | { readonly kind: 'district' }
  | { readonly kind: 'county' }
  | { readonly kind: 'combined' }
  | { readonly kind: 'addressed' }
  | { readonly kind: 'body'; readonly body: BodyKind }
  | { readonly kind: 'authority'; readonly code: string };

export interface RuleChoice {
  readonly rule: ServiceRule;
  /** Where the rule came from, for the reason text ("matrix", "override for Kent"...). */
  readonly source: string;
}

export interface ServiceMatrix {
  /**
   * The rule for a topic in a lower-tier/unitary (or county) area; `null` topic = the local council.
   * `cue` (the post's, from `cue`) lets a refinement switch the rule ("river" flooding).
   */
  ruleFor(topic: string | null, area: AuthorityRecord, cue?: number): RuleChoice;
  /**
   * Which of the topic's refinements the post's words set off first (an index), or NO_CUE. The
   * only thing a rule reads from the post: its rule follows from the topic, the area and this.
   */
  cue(topic: string | null, text: TextView): number;
  readonly topics: readonly string[];
}

/** No refinement is set off (or the topic has none). */
export const NO_CUE = -1;

interface CompiledRefinement {
  readonly rule: ServiceRule;
  readonly why: string;
  readonly lower: RegExp | null;
  readonly raw: RegExp | null;
}

const SIMPLE = new Set(['district', 'county', 'combined', 'addressed']);
const FALLBACK: RuleChoice = { rule: { kind: 'district' }, source: 'default' };

export function parseRule(spec: string, register?: AuthorityRegister): ServiceRule {
  if (SIMPLE.has(spec)) return { kind: spec } as ServiceRule;
  if (spec.startsWith('body:')) {
    const body = spec.slice(5);
    if ((BODY_KINDS as readonly string[]).includes(body)) return { kind: 'body', body: body as BodyKind };
  }
  if (spec.startsWith('authority:')) {
    const code = spec.slice(10);
    if (register === undefined || register.get(code) !== undefined || register.body(code) !== undefined) {
      return { kind: 'authority', code };
    }
  }
  throw new JurisdictionError('JURISDICTION_CONFIG_INVALID', `invalid service rule '${spec}'`);
}

let cachedFile: ServiceMatrixFile | undefined;

export function loadServiceMatrixFile(): ServiceMatrixFile {
  cachedFile ??= readDataJson<ServiceMatrixFile>('services/matrix.json', 'topics');
  return cachedFile;
}

export function createServiceMatrix(
  file: ServiceMatrixFile,
  register: AuthorityRegister,
  overrides: ServiceMatrixOverrides = {},
): ServiceMatrix {
  const parseMap = (m: Readonly<Record<string, string>> | undefined) =>
    new Map(Object.entries(m ?? {}).map(([topic, spec]) => [topic, parseRule(spec, register)]));
  const base = new Map(Object.entries(file.topics).map(([t, e]) => [t, parseRule(e.rule, register)]));
  const nations = new Map(Object.entries(file.nations).map(([n, m]) => [n, parseMap(m)]));
  const regions = new Map(Object.entries(file.regions).map(([r, m]) => [r, parseMap(m)]));
  const globalOverrides = parseMap(overrides.topics);
  const areaOverrides = new Map(
    Object.entries(overrides.areas ?? {}).map(([code, m]) => {
      const a = register.get(code);
      if (a === undefined) throw new JurisdictionError('JURISDICTION_CONFIG_INVALID', `override for unknown authority ${code}`);
      return [a.code, parseMap(m)] as const;
    }),
  );
  const refinements = compileRefinements(file.refinements ?? [], register);
  return {
    topics: [...base.keys()],
    cue(topic, text) {
      const list = topic === null ? undefined : refinements.get(topic);
      return list === undefined ? NO_CUE : list.findIndex((r) => cued(r, text));
    },
    ruleFor(topic, area, cue = NO_CUE) {
      if (topic === null) return FALLBACK;
      const own = areaOverrides.get(area.code)?.get(topic);
      if (own) return { rule: own, source: `partnership override for ${area.short}` };
      const parent = area.parent === null ? undefined : areaOverrides.get(area.parent)?.get(topic);
      if (parent) return { rule: parent, source: 'partnership override for the county' };
      const global = globalOverrides.get(topic);
      if (global) return { rule: global, source: 'partnership override' };
      const regional = regions.get(area.region)?.get(topic) ?? nations.get(area.nation)?.get(topic);
      if (regional) return { rule: regional, source: `${area.nation === 'England' ? area.region : area.nation} rule` };
      // The cue is the first refinement the words set off, worked out up front (cue()): the same
      // one a search here would find, since it reads nothing of the area.
      const refined = cue === NO_CUE ? undefined : refinements.get(topic)?.[cue];
      if (refined) return { rule: refined.rule, source: refined.why };
      const rule = base.get(topic);
      return rule ? { rule, source: 'matrix' } : FALLBACK;
    },
  };
}

function compileRefinements(list: readonly ServiceRefinement[], register: AuthorityRegister): Map<string, CompiledRefinement[]> {
  const out = new Map<string, CompiledRefinement[]>();
  const alternation = (xs: readonly string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const r of list) {
    const compiled: CompiledRefinement = {
      rule: parseRule(r.rule, register),
      why: r.why,
      lower: r.words && r.words.length > 0 ? new RegExp(`\\b(?:${alternation(r.words)})\\b`) : null,
      raw:
        r.names || r.pattern
          ? new RegExp([...(r.names ? [namesPattern(r.names)] : []), ...(r.pattern ? [r.pattern] : [])].join('|'))
          : null,
    };
    out.set(r.topic, [...(out.get(r.topic) ?? []), compiled]);
  }
  return out;
}

/** River names, but not inside a town's name ("Henley-on-Thames", "Kingston upon Thames"). */
function namesPattern(names: readonly string[]): string {
  const alt = names.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return `(?<![-\\w])(?<!\\b(?:upon|on|under) )\\b(?:${alt})\\b`;
}

function cued(r: CompiledRefinement, text: TextView): boolean {
  return (r.lower !== null && r.lower.test(text.lower)) || (r.raw !== null && r.raw.test(text.raw));
}
