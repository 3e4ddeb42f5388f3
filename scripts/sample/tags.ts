import type { SampleTopic } from './types.js';

/** Hashtags people actually attach, per topic (CamelCase; platforms that lower-case do so later). */
export const TOPIC_TAGS: Readonly<Record<SampleTopic, readonly string[]>> = {
  waste_collection: ['Bins', 'BinDay', 'MissedBin', 'Recycling'],
  recycling_centres: ['Recycling', 'Tip', 'HWRC'],
  fly_tipping: ['FlyTipping', 'Rubbish', 'Litter'],
  street_cleaning: ['Litter', 'LitterPick', 'Graffiti'],
  potholes_roads: ['Potholes', 'Roads', 'Roadworks'],
  street_lighting: ['StreetLights', 'Darkness'],
  gritting: ['Gritting', 'Ice', 'Winter'],
  parking: ['Parking', 'ParkingTicket'],
  public_transport: ['Buses', 'BusPass'],
  rail: ['Trains', 'Rail', 'Delays'],
  motorways: ['Traffic', 'Roadworks'],
  council_tax: ['CouncilTax', 'CostOfLiving'],
  benefits: ['CostOfLiving', 'WarmSpaces'],
  housing: ['DampAndMould', 'Housing', 'SocialHousing'],
  planning: ['Planning', 'Development'],
  social_care: ['SocialCare', 'Carers'],
  schools: ['Schools', 'SEND'],
  libraries: ['Libraries', 'LoveLibraries'],
  parks: ['Parks', 'GreenSpace'],
  leisure: ['Swimming', 'LeisureCentre'],
  noise_asb: ['ASB', 'Noise'],
  flooding_drainage: ['Flooding', 'FloodAlert'],
  severe_weather: ['Weather', 'WeatherWarning'],
  environmental_health: ['Rats', 'FoodHygiene'],
  trees: ['Trees', 'TreeDown'],
  water_sewerage: ['Sewage', 'Water'],
  health_services: ['NHS', 'GP'],
  policing: ['Police', 'Crime'],
  fire: ['Fire'],
  events: ['Christmas', 'WhatsOn'],
  jobs: ['Jobs', 'Apprenticeships'],
  democracy: ['LocalDemocracy', 'Vote'],
  licensing: ['Licensing', 'Taxi'],
  cemeteries: ['Cemetery'],
  abandoned_vehicles: ['Abandoned'],
  customer_service: ['CustomerService', 'FAIL'],
  animal_welfare: ['Dogs', 'Stray'],
};

export const CHAT_TAGS: readonly string[] = ['Sunset', 'Community', 'Local', 'Christmas', 'Coffee', 'DogsOfInstagram', 'Friday'];
export const INSTAGRAM_TAGS: readonly string[] = ['uk', 'explore', 'community', 'localphotography', 'photooftheday', 'england'];

/** "Budleigh Salterton" -> "BudleighSalterton"; "Young's Park" -> "YoungsPark". */
export function toTag(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '');
}
