import { describe, expect, it } from 'vitest';

import {
  TaxonomyError,
  extendTaxonomy,
  loadTaxonomy,
  parseTaxonomy,
  topicTier,
  type TopicDefinition,
} from '../../../processors/taggers/topics/index.js';

/** The fixed ids and tiers agreed with the enrichment-labels and jurisdiction helpers. */
const FIXED_TIERS: Record<string, string> = {
  waste_collection: 'district',
  recycling_centres: 'county',
  fly_tipping: 'district',
  street_cleaning: 'district',
  potholes_roads: 'county',
  street_lighting: 'county',
  gritting: 'county',
  parking: 'district',
  public_transport: 'county',
  rail: 'other:rail_operator',
  motorways: 'other:national_highways',
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
  water_sewerage: 'other:water_company',
  health_services: 'other:nhs',
  policing: 'other:police',
  fire: 'other:fire_and_rescue',
  events: 'district',
  jobs: 'district',
  democracy: 'district',
  licensing: 'district',
  cemeteries: 'district',
  abandoned_vehicles: 'district',
  customer_service: 'addressed',
  animal_welfare: 'district',
};

const topic = (over: Partial<TopicDefinition> = {}): TopicDefinition => ({
  id: 'waste_collection',
  label: 'Bins',
  tier: 'district',
  terms: ['bin'],
  ...over,
});

function expectTaxonomyError(fn: () => unknown, path: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TaxonomyError);
    expect((err as TaxonomyError).code).toBe('TAXONOMY_INVALID');
    expect((err as TaxonomyError).path).toBe(path);
    return;
  }
  throw new Error('expected a TaxonomyError');
}

describe('shipped taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('keeps every fixed topic id with its usual tier', () => {
    for (const [id, tier] of Object.entries(FIXED_TIERS)) {
      expect(taxonomy.get(id)?.tier, id).toBe(tier);
      expect(topicTier(id)).toBe(tier);
    }
  });

  it('gives every topic a label, a description and terms', () => {
    for (const t of taxonomy.topics) {
      expect(t.label.length, t.id).toBeGreaterThan(3);
      expect(t.description?.length ?? 0, t.id).toBeGreaterThan(10);
      expect(t.terms.length, t.id).toBeGreaterThan(5);
    }
  });

  it('answers undefined for an unknown topic tier', () => {
    expect(topicTier('not_a_topic')).toBeUndefined();
  });
});

describe('taxonomy validation', () => {
  it('accepts a minimal valid file', () => {
    const t = parseTaxonomy({ version: 1, topics: [topic()] });
    expect(t.ids).toEqual(['waste_collection']);
    expect(t.tier('waste_collection')).toBe('district');
  });

  it('rejects an unknown field with its path', () => {
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [{ ...topic(), colour: 'red' }] }), '/topics/0/colour');
  });

  it('rejects a bad tier', () => {
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [topic({ tier: 'parish' })] }), '/topics/0/tier');
  });

  it('rejects a duplicate id', () => {
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [topic(), topic()] }), '/topics/1/id');
  });

  it('rejects a wildcard stem that is too short or not at a word end', () => {
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [topic({ terms: ['bin', 'b*'] })] }), '/topics/0/terms/1');
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [topic({ terms: ['bin *day'] })] }), '/topics/0/terms/0');
  });

  it('rejects a weight out of range and a term with no words', () => {
    expectTaxonomyError(
      () => parseTaxonomy({ version: 1, topics: [topic({ terms: [{ text: 'bin', weight: 0 }] })] }),
      '/topics/0/terms/0/weight',
    );
    expectTaxonomyError(() => parseTaxonomy({ version: 1, topics: [topic({ exclusions: ['!!'] })] }), '/topics/0/exclusions/0');
  });
});

describe('tenant extensions', () => {
  const base = parseTaxonomy({ version: 1, topics: [topic()] });

  it('adds terms and exclusions to an existing id, keeping its label and tier', () => {
    const t = extendTaxonomy(base, [{ id: 'waste_collection', terms: ['caddy'], exclusions: ['bin laden'] }]);
    expect(t.get('waste_collection')?.terms).toEqual(['bin', 'caddy']);
    expect(t.get('waste_collection')?.exclusions).toEqual(['bin laden']);
    expect(t.tier('waste_collection')).toBe('district');
  });

  it('adds a new topic', () => {
    const t = extendTaxonomy(base, [{ id: 'harbour', label: 'Harbour', tier: 'other:harbour_board', terms: ['harbour*'] }]);
    expect(t.ids).toEqual(['waste_collection', 'harbour']);
    expect(t.tier('harbour')).toBe('other:harbour_board');
  });

  it('requires a label and a tier for a new topic', () => {
    expectTaxonomyError(() => extendTaxonomy(base, [{ id: 'harbour', tier: 'district', terms: ['harbour'] }]), '/extensions/0/label');
    expectTaxonomyError(() => extendTaxonomy(base, [{ id: 'harbour', label: 'Harbour', terms: ['harbour'] }]), '/extensions/0/tier');
  });

  it('reports schema and term errors under /extensions', () => {
    expectTaxonomyError(() => extendTaxonomy(base, [{ id: 'Bad Id' }]), '/extensions/0/id');
    expectTaxonomyError(() => extendTaxonomy(base, [{ id: 'waste_collection', terms: ['ok', 'x*'] }]), '/extensions/0/terms/1');
  });
});
