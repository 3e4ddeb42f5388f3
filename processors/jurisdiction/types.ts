import { Type, type Static, type TSchema } from 'typebox';

import { StringEnum } from '../../core/contracts/schema.js';

/**
 * Shapes of the jurisdiction data files (written by scripts/build-jurisdiction-data.ts, read at
 * start-up) and of the register the resolver works from.
 */

export const AUTHORITY_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan_district',
  'london_borough',
  'city_corporation',
  'scottish_council',
  'welsh_council',
  'ni_district',
  'combined_authority',
  'strategic_authority',
] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * The tier reported in `tags.jurisdiction.tier`: the kind of council that answers (as in the
 * labelled set's conventions), `combined` for a combined authority, `other` for a non-council body.
 */
export const JURISDICTION_TIERS = [
  'district',
  'county',
  'unitary',
  'metropolitan',
  'london_borough',
  'scottish',
  'welsh',
  'ni',
  'combined',
  'other',
] as const;
export type JurisdictionTier = (typeof JURISDICTION_TIERS)[number];

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** One UK local authority (current or former), as stored in data/authorities/authorities.json. */
export const AuthorityRecordSchema = Type.Object(
  {
    code: Type.String({ description: 'GSS code, e.g. E10000008' }),
    id: Type.String({ description: "mySociety's three-letter register code, e.g. DEV" }),
    name: Type.String({ description: 'Official name, e.g. "Devon County Council"' }),
    short: Type.String({ description: 'Common short name, e.g. "Devon"' }),
    welsh: Nullable(Type.String()),
    type: StringEnum(AUTHORITY_TYPES),
    nation: StringEnum(NATIONS),
    region: Type.String(),
    parent: Nullable(Type.String({ description: 'GSS code of the county, for a district in a two-tier area' })),
    combined: Nullable(Type.String({ description: 'GSS code of the combined authority (or the GLA)' })),
    current: Type.Boolean(),
    endDate: Nullable(Type.String()),
    replacedBy: Type.Array(Type.String(), { description: 'For a former authority: the current authorities that took over its area' }),
    formerCodes: Type.Array(Type.String()),
    aliases: Type.Array(Type.String(), {
      description: "Spellings and variants (mySociety's lookup_name_to_registry.csv plus curated ones)",
    }),
    homepage: Nullable(Type.String()),
    population: Nullable(Type.Number()),
    lat: Nullable(Type.Number()),
    lon: Nullable(Type.Number()),
    fmsReports: Nullable(Type.Number({ description: 'All-time FixMyStreet reports in the area' })),
  },
  { additionalProperties: false },
);
export type AuthorityRecord = Static<typeof AuthorityRecordSchema>;

export const BODY_KINDS = [
  'police',
  'fire',
  'nhs',
  'water',
  'environment',
  'highways',
  'rail',
  'transport',
  'ni_service',
  'train_operator',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A body that is not a local council (police force, fire service, water company...). */
export interface BodyRecord {
  /** Stable id, `<kind prefix>:<slug>`, e.g. "police:devon-and-cornwall". */
  readonly id: string;
  readonly kind: BodyKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** GSS codes of the current lower-tier/unitary council areas it covers. */
  readonly areas: readonly string[];
  /** True when `areas` is an approximation (see data/authorities/SOURCE.md). */
  readonly approx: boolean;
}

export interface AuthoritiesFile {
  readonly generated_from: string;
  readonly authorities: readonly AuthorityRecord[];
}

export interface BodiesFile {
  readonly generated_from: string;
  readonly bodies: readonly BodyRecord[];
}

/** data/boundaries/lad.json: one feature per 2013 district polygon, tagged with its current council. */
export interface BoundaryFeature {
  /** GSS code of the current lower-tier/unitary council containing this polygon. */
  readonly code: string;
  /** The 2013 district (or 2015 NI district) the polygon came from. */
  readonly lad: string;
  /** [minX, minY, maxX, maxY] in scaled integer lon/lat. */
  readonly bbox: readonly [number, number, number, number];
  /** Rings as [x0, y0, dx1, dy1, ...] scaled integers; even-odd over all rings handles holes. */
  readonly rings: readonly (readonly number[])[];
}

export interface BoundariesFile {
  readonly generated_from: string;
  /** Coordinates are round(degrees * scale). */
  readonly scale: number;
  readonly features: readonly BoundaryFeature[];
}

/**
 * A service rule, as written in data/services/matrix.json and in overrides:
 * `district` | `county` | `combined` | `addressed` | `body:<kind>` | `authority:<GSS code or body id>`.
 */
export type ServiceRuleSpec = string;

export interface ServiceTopicEntry {
  readonly rule: ServiceRuleSpec;
  readonly note?: string;
  readonly label?: string;
  readonly lgsl: readonly { readonly id: number; readonly description: string; readonly tier: string }[];
}

/** Switches a topic's rule when the post carries a cue ("river" for flooding -> the environment agency). */
export interface ServiceRefinement {
  readonly topic: string;
  readonly rule: ServiceRuleSpec;
  readonly why: string;
  /** Case-insensitive words or phrases. */
  readonly words?: readonly string[];
  /** Case-sensitive proper names (rivers). */
  readonly names?: readonly string[];
  /** A regular expression on the raw text. */
  readonly pattern?: string;
}

export interface ServiceMatrixFile {
  readonly generated_from: string;
  readonly topics: Readonly<Record<string, ServiceTopicEntry>>;
  readonly refinements?: readonly ServiceRefinement[];
  /** Nation name → topic id → rule. */
  readonly nations: Readonly<Record<string, Readonly<Record<string, ServiceRuleSpec>>>>;
  /** English region name → topic id → rule. */
  readonly regions: Readonly<Record<string, Readonly<Record<string, ServiceRuleSpec>>>>;
}

/** Per-partnership configuration of the service matrix. */
export interface ServiceMatrixOverrides {
  /** Topic id → rule, everywhere. */
  readonly topics?: Readonly<Record<string, ServiceRuleSpec>>;
  /** GSS code of a council (district, county or unitary) → topic id → rule within its area. */
  readonly areas?: Readonly<Record<string, Readonly<Record<string, ServiceRuleSpec>>>>;
}
