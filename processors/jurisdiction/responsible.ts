/**
 * From an area and a service rule to the body that answers: the district or the county in a
 * two-tier area, the unitary council, the combined authority, or a non-council body.
 *
 * Convention for non-council bodies (police, fire, NHS, water, National Highways, rail, Environment
 * Agency...): `code` is the GSS code of the lower-tier/unitary council AREA the place is in (never a
 * county), `name` is the body's name, `tier` is "other", and the reason names the body and its
 * stable id ("police:devon-and-cornwall"). "Where" stays a GSS code; "who" is the name and id. With
 * only a county known there is no such area, so the resolver abstains.
 */
import type { AuthorityRegister } from './register.js';
import type { ServiceRule } from './services.js';
import type { AuthorityRecord, BodyRecord, JurisdictionTier } from './types.js';

export interface Responsible {
  readonly code: string;
  readonly name: string;
  readonly tier: JurisdictionTier;
  /** Why this body for this rule, e.g. "a county service in two-tier areas". */
  readonly why: string;
  /** For a non-council body: its register id. */
  readonly bodyId?: string;
}

/** The reason a rule cannot name one body here (a district service when only the county is known). */
export interface Unresolved {
  readonly code: null;
  readonly why: string;
  readonly options: readonly AuthorityRecord[];
}

const TIER_OF_TYPE: Record<AuthorityRecord['type'], JurisdictionTier> = {
  county: 'county',
  district: 'district',
  unitary: 'unitary',
  metropolitan_district: 'metropolitan',
  london_borough: 'london_borough',
  city_corporation: 'london_borough',
  scottish_council: 'scottish',
  welsh_council: 'welsh',
  ni_district: 'ni',
  combined_authority: 'combined',
  strategic_authority: 'combined',
};

export function tierOf(a: AuthorityRecord): JurisdictionTier {
  return TIER_OF_TYPE[a.type];
}

/** Lower-tier or single-tier: a council whose area is part of the tiling of the UK. */
function isLocalArea(a: AuthorityRecord): boolean {
  return a.type !== 'county' && a.type !== 'combined_authority' && a.type !== 'strategic_authority';
}

export function councilName(a: AuthorityRecord): string {
  return a.name || a.short;
}

function council(a: AuthorityRecord, why: string): Responsible {
  return { code: a.code, name: councilName(a), tier: tierOf(a), why };
}

function body(b: BodyRecord, area: AuthorityRecord, why: string): Responsible | Unresolved {
  if (!isLocalArea(area)) {
    return { code: null, why: `${b.name} answers, but ${area.short} covers several council areas and none is named`, options: [] };
  }
  return { code: area.code, name: b.name, tier: 'other', why, bodyId: b.id };
}

export function responsibleFor(
  rule: ServiceRule,
  area: AuthorityRecord,
  register: AuthorityRegister,
  addressed: string | null,
): Responsible | Unresolved {
  switch (rule.kind) {
    case 'district':
      return districtTier(area, register);
    case 'county':
      return countyTier(area, register);
    case 'combined':
      return combinedTier(area, register);
    case 'addressed':
      return addressed !== null ? fixed(addressed, area, register, 'the account addressed') : districtTier(area, register);
    case 'body': {
      const b = register.bodyFor(rule.body, area.code);
      if (b) return body(b, area, `${BODY_WORDS[rule.body]} for ${area.short}`);
      return { code: null, why: `no single ${BODY_WORDS[rule.body]} is known for ${area.short}`, options: [] };
    }
    case 'authority':
      return fixed(rule.code, area, register, 'set by the service matrix');
  }
}

function districtTier(area: AuthorityRecord, register: AuthorityRegister): Responsible | Unresolved {
  if (area.type === 'county') {
    const options = [...register.districtsOf(area.code)].sort((x, y) => (y.population ?? 0) - (x.population ?? 0));
    return { code: null, why: `${area.short} is a county; this service is run by its district councils`, options };
  }
  return council(area, area.type === 'district' ? 'a district service in two-tier areas' : 'the unitary council');
}

function countyTier(area: AuthorityRecord, register: AuthorityRegister): Responsible {
  if (area.type === 'district' && area.parent !== null) {
    const county = register.get(area.parent);
    if (county) return council(county, 'a county service in two-tier areas');
  }
  return council(area, area.type === 'county' ? 'a county service' : 'the unitary council');
}

/**
 * The metropolitan districts' transport authority is their combined authority (the old PTE areas);
 * elsewhere the county or unitary council is the local transport authority.
 */
function combinedTier(area: AuthorityRecord, register: AuthorityRegister): Responsible {
  const ca = area.type === 'metropolitan_district' && area.combined !== null ? register.get(area.combined) : undefined;
  if (ca && ca.current && ca.type === 'combined_authority') return council(ca, 'the combined authority is the transport authority');
  return countyTier(area, register);
}

function fixed(code: string, area: AuthorityRecord, register: AuthorityRegister, why: string): Responsible | Unresolved {
  const a = register.get(code);
  if (a) return council(a, why);
  const b = register.body(code);
  if (b) return body(b, area, why);
  return { code: null, why: `unknown body ${code}`, options: [] };
}

const BODY_WORDS: Record<BodyRecord['kind'], string> = {
  police: 'the police force',
  fire: 'the fire and rescue service',
  nhs: 'the NHS body',
  water: 'the water company',
  environment: 'the environment agency',
  highways: 'the trunk road authority',
  rail: 'the rail infrastructure body',
  transport: 'the transport authority',
  ni_service: 'the Northern Ireland body',
  train_operator: 'the train operator',
};
