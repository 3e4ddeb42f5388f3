/** Jurisdiction: which body answers for this service in this place. */
export { loadRegister, isArea, type AuthorityRegister, type AuthorityQuery } from './register.js';
export {
  createJurisdictionResolver,
  DEFAULT_RESOLVER_PARAMS,
  type JurisdictionResolver,
  type JurisdictionResolverOptions,
  type ResolverParams,
  type Resolution,
} from './resolver.js';
export { loadGazetteer, type Gazetteer } from './gazetteer.js';
export { loadBoundaries, type Boundaries, type BoundaryHit } from './boundaries.js';
export { parseRule, type ServiceRule, type ServiceMatrix } from './services.js';
export { tierOf } from './responsible.js';
export {
  checkPartnership,
  PartnershipSchema,
  readPartnershipFile,
  tenantSettings,
  type Partnership,
  type TenantSettings,
} from './partnership.js';
export { JurisdictionError, JURISDICTION_ERROR_CODES, type JurisdictionErrorCode } from './errors.js';
export {
  AUTHORITY_TYPES,
  AuthorityRecordSchema,
  BODY_KINDS,
  JURISDICTION_TIERS,
  NATIONS,
  type AuthorityRecord,
  type AuthorityType,
  type BodyKind,
  type BodyRecord,
  type JurisdictionTier,
  type Nation,
  type ServiceMatrixOverrides,
  type ServiceRuleSpec,
} from './types.js';
