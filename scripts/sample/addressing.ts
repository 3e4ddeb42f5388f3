import type { Rng } from './prng.js';
import type { ReplyKind } from './templates/index.js';
import type { SampleIntent, SampleTopic, SampleUrgency } from './types.js';
import { NATIONAL_HIGHWAYS, type Account, type Council, type Place, type Region } from './world/index.js';

/** Who answers for a topic: a council tier, or another public body. */
type Owner = 'district' | 'county' | 'police' | 'fire' | 'water' | 'rail' | 'highways' | 'nhs';

const OWNER: Readonly<Record<SampleTopic, Owner>> = {
  waste_collection: 'district',
  recycling_centres: 'county',
  fly_tipping: 'district',
  street_cleaning: 'district',
  potholes_roads: 'county',
  street_lighting: 'county',
  gritting: 'county',
  parking: 'district',
  public_transport: 'county',
  rail: 'rail',
  motorways: 'highways',
  council_tax: 'district',
  benefits: 'district',
  housing: 'district',
  planning: 'district',
  social_care: 'county',
  schools: 'county',
  libraries: 'county',
  parks: 'district',
  leisure: 'district',
  noise_asb: 'district',
  flooding_drainage: 'county',
  severe_weather: 'county',
  environmental_health: 'district',
  trees: 'county',
  water_sewerage: 'water',
  health_services: 'nhs',
  policing: 'police',
  fire: 'fire',
  events: 'district',
  jobs: 'district',
  democracy: 'district',
  licensing: 'district',
  cemeteries: 'district',
  abandoned_vehicles: 'district',
  customer_service: 'district',
  animal_welfare: 'district',
};

/** A place with its councils resolved once. */
export interface PlaceEntry {
  readonly index: number;
  readonly place: Place;
  readonly region: Region;
  readonly council: Council;
  readonly county: Council | null;
}

export interface Addressing {
  /** Who the resident wrote to. */
  readonly addressed: Account;
  /** Who should deal with it (differs when the resident picked the wrong body). */
  readonly responsible: Account;
}

/** Residents often tag the wrong tier or the council for another body's job; keep that in the sample. */
export function address(entry: PlaceEntry, topic: SampleTopic | null, rng: Rng): Addressing {
  const lower = entry.council;
  const upper = entry.county ?? entry.council;
  const owner = topic === null ? 'district' : OWNER[topic];
  const responsible = responsibleBody(owner, entry, rng);
  if (owner === 'district' || owner === 'county') {
    const wrongTier = entry.county !== null && rng.chance(0.2);
    const addressed = wrongTier ? (responsible === lower ? upper : lower) : responsible;
    return { addressed, responsible };
  }
  if (owner === 'nhs' || rng.chance(0.35)) return { addressed: rng.chance(0.5) ? lower : upper, responsible };
  return { addressed: responsible, responsible };
}

function responsibleBody(owner: Owner, entry: PlaceEntry, rng: Rng): Account {
  switch (owner) {
    case 'district':
      return entry.council;
    case 'county':
      return entry.county ?? entry.council;
    case 'police':
      return entry.region.police;
    case 'fire':
      return entry.region.fire;
    case 'water':
      return entry.region.water;
    case 'rail':
      return rng.pick(entry.region.trainOps);
    case 'highways':
      return NATIONAL_HIGHWAYS;
    case 'nhs':
      return { key: 'nhs', name: 'NHS 111', handle: 'NHS111' };
  }
}

export function isCouncil(account: Account): account is Council {
  return 'tier' in account;
}

/** What the council's reply has to do for this post. */
export function replyKindFor(a: Addressing, intent: SampleIntent, urgency: SampleUrgency): ReplyKind {
  if (urgency === 'emergency') return 'emergency';
  if (a.addressed !== a.responsible) return 'redirect';
  if (intent === 'question') return 'answer';
  if (intent === 'praise') return 'thanks';
  return 'logged';
}
