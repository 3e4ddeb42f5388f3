import { Weighted } from '../prng.js';
import type { SampleTopic } from '../types.js';
import { COMMUNITY } from './community.js';
import { compileAll, type Template, type TemplateSpec } from './compile.js';
import { HOUSING } from './housing.js';
import { MONEY } from './money.js';
import { PEOPLE } from './people.js';
import { FOLLOW_UPS, REPLIES, REPLIES_BILINGUAL, REPLIES_CY, REPLY_KINDS, type ReplyKind } from './replies.js';
import { ROADS } from './roads.js';
import { NEWS, OFF_TOPIC } from './chat.js';
import { TRANSPORT } from './transport.js';
import { URGENT } from './urgent.js';
import { WASTE } from './waste.js';
import { STORM, WEATHER } from './weather.js';
import { WELSH } from './welsh.js';

export { SLOT_IDS, compileTemplate, type SlotId, type Template, type TemplateNode, type TemplateSpec } from './compile.js';
export { REPLY_KINDS, type ReplyKind } from './replies.js';

/** How often residents post about each topic, relative to each other (everyday, outside a storm). */
export const TOPIC_WEIGHTS: Readonly<Record<SampleTopic, number>> = {
  waste_collection: 14,
  recycling_centres: 3,
  fly_tipping: 5,
  street_cleaning: 3,
  potholes_roads: 10,
  street_lighting: 4,
  gritting: 2,
  parking: 5,
  public_transport: 6,
  rail: 3,
  motorways: 1,
  council_tax: 4,
  benefits: 2,
  housing: 6,
  planning: 3,
  social_care: 2,
  schools: 3,
  libraries: 2,
  parks: 3,
  leisure: 2,
  noise_asb: 3,
  flooding_drainage: 3,
  severe_weather: 1,
  environmental_health: 1.5,
  trees: 2,
  water_sewerage: 2,
  health_services: 3,
  policing: 2,
  fire: 1,
  events: 3,
  jobs: 0.5,
  democracy: 1,
  licensing: 0.5,
  cemeteries: 0.5,
  abandoned_vehicles: 1,
  customer_service: 3,
  animal_welfare: 1,
};

/** Every English topic template, each topic's weight shared across its templates. */
export const TOPIC_SPECS: readonly TemplateSpec[] = [
  ...WASTE,
  ...ROADS,
  ...TRANSPORT,
  ...MONEY,
  ...HOUSING,
  ...PEOPLE,
  ...COMMUNITY,
  ...WEATHER,
];

function byTopicShare(templates: readonly Template[]): Weighted<Template> {
  const perTopic = new Map<string, number>();
  for (const tpl of templates) perTopic.set(tpl.topic ?? '', (perTopic.get(tpl.topic ?? '') ?? 0) + (tpl.weight ?? 1));
  return new Weighted(templates, (tpl) => {
    const topicWeight = tpl.topic === null ? 1 : TOPIC_WEIGHTS[tpl.topic];
    return (topicWeight * (tpl.weight ?? 1)) / (perTopic.get(tpl.topic ?? '') ?? 1);
  });
}

const even = (specs: readonly TemplateSpec[]) => new Weighted(compileAll(specs), (tpl) => tpl.weight ?? 1);

/** Compiled once at import; a bad template fails here, not mid-stream. */
export const BANKS = {
  topic: byTopicShare(compileAll(TOPIC_SPECS)),
  storm: even(STORM),
  urgent: even(URGENT),
  welsh: even(WELSH),
  offTopic: even(OFF_TOPIC),
  news: even(NEWS),
  followUp: even(FOLLOW_UPS),
  replyCy: even([...REPLIES_CY, ...REPLIES_BILINGUAL]),
  replyBilingual: even(REPLIES_BILINGUAL),
  reply: Object.fromEntries(REPLY_KINDS.map((k) => [k, even(REPLIES[k])])) as Record<ReplyKind, Weighted<Template>>,
} as const;
