/** The register of UK local authorities and other public bodies, loaded once and indexed. */
import { Type } from 'typebox';

import { compileValidator, describeErrors } from '../../core/contracts/validate.js';
import { readDataJson } from './data-files.js';
import { JurisdictionError } from './errors.js';
import {
  AuthorityRecordSchema,
  type AuthoritiesFile,
  type AuthorityRecord,
  type AuthorityType,
  type BodiesFile,
  type BodyKind,
  type BodyRecord,
  type Nation,
} from './types.js';

export interface AuthorityQuery {
  readonly q?: string;
  readonly type?: AuthorityType;
  readonly nation?: Nation;
  /** Include abolished authorities (default false). */
  readonly includeFormer?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface AuthorityRegister {
  readonly authorities: readonly AuthorityRecord[];
  readonly bodies: readonly BodyRecord[];
  /** By GSS code (current or former code) or mySociety register code. */
  get(code: string): AuthorityRecord | undefined;
  body(id: string): BodyRecord | undefined;
  /** The body of this kind covering a lower-tier/unitary area (or every district of a county). */
  bodyFor(kind: BodyKind, areaCode: string): BodyRecord | undefined;
  /** Current lower-tier councils of a county. */
  districtsOf(countyCode: string): readonly AuthorityRecord[];
  search(query: AuthorityQuery): { total: number; items: AuthorityRecord[] };
}

/** Councils whose areas tile the UK: everything but counties, combined and strategic authorities. */
export function isArea(a: AuthorityRecord): boolean {
  return a.type !== 'county' && a.type !== 'combined_authority' && a.type !== 'strategic_authority';
}

let cached: AuthorityRegister | undefined;

/** Loads data/authorities once per process, checking every record against its schema (fail fast). */
export function loadRegister(): AuthorityRegister {
  if (cached === undefined) {
    const authorities = readDataJson<AuthoritiesFile>('authorities/authorities.json', 'authorities').authorities;
    const checked = compileValidator(Type.Array(AuthorityRecordSchema))(authorities);
    if (!checked.ok) {
      throw new JurisdictionError(
        'JURISDICTION_DATA_INVALID',
        `data/authorities/authorities.json: ${describeErrors(checked.errors.slice(0, 5))}`,
      );
    }
    cached = buildRegister(checked.value, readDataJson<BodiesFile>('authorities/bodies.json', 'bodies').bodies);
  }
  return cached;
}

export function buildRegister(authorities: readonly AuthorityRecord[], bodies: readonly BodyRecord[]): AuthorityRegister {
  const byCode = indexAuthorities(authorities);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const bodyByKindArea = new Map<BodyKind, Map<string, BodyRecord>>();
  for (const b of bodies) {
    const byArea = bodyByKindArea.get(b.kind) ?? new Map<string, BodyRecord>();
    for (const area of b.areas) byArea.set(area, b);
    bodyByKindArea.set(b.kind, byArea);
  }
  const districts = new Map<string, AuthorityRecord[]>();
  for (const a of authorities) {
    if (!a.current || a.parent === null) continue;
    districts.set(a.parent, [...(districts.get(a.parent) ?? []), a]);
  }
  const searchText = new Map(authorities.map((a) => [a, searchKey(a)]));
  return {
    authorities,
    bodies,
    get: (code) => byCode.get(code) ?? byCode.get(code.toUpperCase()),
    body: (id) => bodyById.get(id),
    bodyFor(kind, areaCode) {
      const byArea = bodyByKindArea.get(kind);
      const direct = byArea?.get(areaCode);
      if (direct) return direct;
      const found = new Set((districts.get(areaCode) ?? []).map((d) => byArea?.get(d.code)));
      return found.size === 1 ? [...found][0] : undefined;
    },
    districtsOf: (countyCode) => districts.get(countyCode) ?? [],
    search: (query) => searchAuthorities(authorities, searchText, query),
  };
}

function indexAuthorities(authorities: readonly AuthorityRecord[]): Map<string, AuthorityRecord> {
  const byCode = new Map<string, AuthorityRecord>();
  for (const a of authorities) {
    byCode.set(a.code, a);
    byCode.set(a.id, a);
  }
  // Former GSS codes (Northumberland E06000048, Glasgow S12000046...) point at today's council.
  for (const a of authorities) for (const f of a.formerCodes) if (!byCode.has(f)) byCode.set(f, a);
  return byCode;
}

function searchKey(a: AuthorityRecord): string {
  return [a.code, a.id, a.name, a.short, a.welsh ?? '', ...a.aliases].join('\n').toLowerCase();
}

function searchAuthorities(
  authorities: readonly AuthorityRecord[],
  text: ReadonlyMap<AuthorityRecord, string>,
  query: AuthorityQuery,
): { total: number; items: AuthorityRecord[] } {
  const q = query.q?.trim().toLowerCase();
  const matches = authorities.filter(
    (a) =>
      (query.includeFormer === true || a.current) &&
      (query.type === undefined || a.type === query.type) &&
      (query.nation === undefined || a.nation === query.nation) &&
      (q === undefined || q === '' || (text.get(a) ?? '').includes(q)),
  );
  // Exact code or name hits first, then alphabetical.
  const rank = (a: AuthorityRecord) =>
    q !== undefined && (a.code.toLowerCase() === q || a.short.toLowerCase() === q || a.name.toLowerCase() === q) ? 0 : 1;
  matches.sort((x, y) => rank(x) - rank(y) || x.short.localeCompare(y.short));
  const offset = query.offset ?? 0;
  return { total: matches.length, items: matches.slice(offset, offset + (query.limit ?? 50)) };
}
