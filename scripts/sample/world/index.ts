export type { Account, Council, CouncilTier, Place, Region } from './types.js';
export { COUNCIL_TIERS } from './types.js';
export { COUNCILS, NATIONAL_HIGHWAYS, councilByKey } from './councils.js';
export { REGIONS, regionByKey } from './regions.js';
export { PLACES } from './places.js';
