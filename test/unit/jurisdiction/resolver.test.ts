import { describe, expect, it } from 'vitest';

import { createJurisdictionResolver, JurisdictionError } from '../../../processors/jurisdiction/index.js';
import { resolveText } from './helpers.js';

const resolver = createJurisdictionResolver({
  accounts: { '@DevonCC': 'E10000008', EastDevon: 'E07000040', '@DC_Police': 'police:devon-and-cornwall' },
});
const j = (text: string, topic: string | null, extra = {}) => resolveText(resolver, text, topic, extra).jurisdiction;

describe('two-tier areas', () => {
  it('routes a district service to the district and a county service to the county', () => {
    const bins = j('Bins not collected in Exmouth for 2 weeks', 'waste_collection');
    expect(bins).toMatchObject({ code: 'E07000040', tier: 'district', method: 'place', service: 'waste_collection' });
    const pothole = j('Massive pothole on the hill in Exmouth', 'potholes_roads');
    expect(pothole).toMatchObject({ code: 'E10000008', name: 'Devon County Council', tier: 'county', method: 'place' });
    expect(pothole.reason).toMatch(
      /'Exmouth' is in East Devon; potholes and roads: a county service in two-tier areas -> Devon County Council/,
    );
    expect(pothole.confidence).toBeGreaterThan(0.8);
  });

  it('routes single-tier councils both ways', () => {
    expect(j('Plymouth bins missed again', 'waste_collection')).toMatchObject({ code: 'E06000026', tier: 'unitary' });
    expect(j('Plymouth potholes everywhere', 'potholes_roads')).toMatchObject({ code: 'E06000026', tier: 'unitary' });
    expect(j('Leeds roads are shocking', 'potholes_roads')).toMatchObject({ code: 'E08000035', tier: 'metropolitan' });
    expect(j('Glasgow bins not emptied', 'waste_collection')).toMatchObject({ code: 'S12000049', tier: 'scottish' });
  });

  it('maps former councils to their successors', () => {
    expect(j('Council tax in Mendip went up', 'council_tax').code).toBe('E06000066');
    expect(j('Potholes near Carlisle', 'potholes_roads').code).toBe('E06000063');
  });
});

describe('ambiguous names', () => {
  it('abstains on a name shared by several towns of a size, reporting the candidates', () => {
    const r = j('Anyone else in Wellington not had their recycling picked up?', 'waste_collection');
    expect(r.code).toBeNull();
    expect(r.method).toBe('none');
    expect(r.candidates.length).toBeGreaterThan(2);
    expect(r.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['E06000020', 'E06000066']));
    expect(r.reason).toMatch(/does not separate them/);
  });

  it('takes the far larger namesake when nothing else places the post, and says so', () => {
    const r = j('Anyone else in Newport not had their recycling picked up?', 'waste_collection');
    expect(r.code).toBe('W06000022');
    expect(r.reason).toMatch(/^'Newport' is most likely Newport, the largest place of that name/);
    expect(r.candidates.length).toBeGreaterThan(2);
    expect(r.candidates[0]?.confidence).toBeLessThan(1);
    expect(j('Yet more houses planned in Romford', 'planning').code).toBe('E09000016');
  });

  it('uses other places, handles and the tenant to separate them', () => {
    expect(j('Missed bin collection in Newport on the Isle of Wight', 'waste_collection').code).toBe('E06000046');
    expect(j('Burglaries in Newport, north Devon', 'waste_collection').code).toBe('E07000043');
    expect(j('@DevonCC pothole in Newport by the school', 'potholes_roads').code).toBe('E10000008');
    const tenanted = createJurisdictionResolver({ tenantDefault: 'E06000046' });
    expect(resolveText(tenanted, 'Newport bins missed again', 'waste_collection').jurisdiction.code).toBe('E06000046');
  });
});

describe('evidence order', () => {
  it('takes a geotag over a place named in passing', () => {
    const r = j('Back from a weekend in Leeds and the bins still not collected', 'waste_collection', {
      geo: { lat: 53.4808, lon: -2.2426 },
    });
    expect(r).toMatchObject({ code: 'E08000003', method: 'geotag' });
  });

  it('falls back to the account addressed, then the tenant, else abstains', () => {
    expect(j('@EastDevon bins missed on our road', 'waste_collection')).toMatchObject({ code: 'E07000040', method: 'account' });
    expect(j('@EastDevon pothole outside the school', 'potholes_roads')).toMatchObject({ code: 'E10000008', method: 'account' });
    // A county account cannot say which district runs the bins.
    const county = j('@DevonCC bins missed again', 'waste_collection');
    expect(county.code).toBeNull();
    expect(county.candidates.map((c) => c.code)).toContain('E07000041');
    const tenant = createJurisdictionResolver({ tenantDefault: 'E07000040' });
    expect(resolveText(tenant, 'the bins were missed', 'waste_collection').jurisdiction).toMatchObject({
      code: 'E07000040',
      method: 'tenant',
    });
    expect(j('the pothole outside my house is growing', 'potholes_roads')).toMatchObject({ code: null, method: 'none', confidence: 0 });
  });

  it('guesses a council from a handle it was not told about', () => {
    expect(j('@BristolCouncil my bins were missed', 'waste_collection')).toMatchObject({ code: 'E06000023', method: 'account' });
  });

  it('abstains when there is no service, while still naming the place', () => {
    const r = resolveText(resolver, 'Lovely day in Exmouth', null);
    expect(r.jurisdiction.code).toBeNull();
    expect(r.jurisdiction.candidates[0]?.code).toBe('E07000040');
    expect(r.places).toEqual([{ text: 'Exmouth', code: 'E07000040' }]);
  });
});

describe('non-council bodies', () => {
  it('names the body and keeps the council area as the code', () => {
    const r = j('Three cars broken into on our road in Exeter', 'policing');
    expect(r).toMatchObject({ code: 'E07000041', name: 'Devon and Cornwall Police', tier: 'other' });
    expect(r.reason).toContain('police:devon-and-cornwall');
    expect(j('M6 near Lancaster at a standstill', 'motorways').name).toBe('National Highways');
    expect(j('Burst water main in Leeds city centre', 'water_sewerage').name).toBe('Yorkshire Water');
    expect(j('Potholes all over Belfast', 'potholes_roads').name).toBe('DfI Roads');
  });

  it('abstains when only a county is known', () => {
    expect(j('@DevonCC there is a burst water main on my road', 'water_sewerage').code).toBeNull();
  });

  it('sends river flooding to the Environment Agency', () => {
    const r = j('Tewkesbury cut off again, the Severn over the fields', 'flooding_drainage');
    expect(r).toMatchObject({ code: 'E07000083', name: 'Environment Agency', tier: 'other' });
  });

  it('remembers a cued decision by its cue: the same place with and without one, in any order', () => {
    const river = 'Tewkesbury flooded again, the Severn over the fields';
    const drains = 'Tewkesbury flooded again, the drains over the fields';
    for (let k = 0; k < 2; k++) {
      expect(j(drains, 'flooding_drainage')).toMatchObject({ code: 'E10000013', tier: 'county' });
      expect(j(river, 'flooding_drainage')).toMatchObject({ code: 'E07000083', name: 'Environment Agency' });
    }
  });
});

describe('places entity and configuration', () => {
  it('lists the places found with their council', () => {
    const r = resolveText(resolver, 'Roads between Exmouth and Newport are awful', 'potholes_roads');
    expect(r.places.map((p) => p.text)).toEqual(['Exmouth', 'Newport']);
    expect(r.places[0]?.code).toBe('E07000040');
  });

  it('rejects configuration naming unknown councils', () => {
    expect(() => createJurisdictionResolver({ tenantDefault: 'E99999999' })).toThrow(JurisdictionError);
    expect(() => createJurisdictionResolver({ accounts: { '@x': 'nope' } })).toThrow(/unknown code/);
  });
});
