import { describe, expect, it } from 'vitest';

import { isArea, loadRegister } from '../../../processors/jurisdiction/index.js';

const register = loadRegister();
const current = register.authorities.filter((a) => a.current);

describe('register of authorities', () => {
  it('holds every current UK council with its type', () => {
    const count = (t: string) => current.filter((a) => a.type === t).length;
    expect(count('county')).toBe(21);
    expect(count('district')).toBe(164);
    expect(count('london_borough')).toBe(32);
    expect(count('scottish_council')).toBe(32);
    expect(count('welsh_council')).toBe(22);
    expect(count('ni_district')).toBe(11);
    expect(current.filter(isArea).length).toBe(361);
  });

  it('finds an authority by GSS code, former GSS code or register code', () => {
    expect(register.get('E10000008')?.name).toBe('Devon County Council');
    expect(register.get('DEV')?.code).toBe('E10000008');
    expect(register.get('S12000046')?.short).toBe('Glasgow City'); // Glasgow's pre-2018 code
    expect(register.get('X99999999')).toBeUndefined();
  });

  it('links districts to their county', () => {
    const eastDevon = register.get('E07000040');
    expect(eastDevon?.type).toBe('district');
    expect(eastDevon?.parent).toBe('E10000008');
    expect(register.districtsOf('E10000008').map((d) => d.short)).toContain('Exeter');
    expect(register.districtsOf('E10000008')).toHaveLength(8);
  });

  it('records the 2019-2023 reorganisations with their successors', () => {
    const successor = (code: string) => register.get(code)?.replacedBy;
    expect(successor('E07000026')).toEqual(['E06000063']); // Allerdale -> Cumberland
    expect(successor('E07000031')).toEqual(['E06000064']); // South Lakeland -> Westmorland and Furness
    expect(successor('E10000006')?.sort()).toEqual(['E06000063', 'E06000064']); // Cumbria county
    expect(successor('E07000190')).toEqual(['E06000066']); // Taunton Deane -> SWT -> Somerset
    expect(successor('E07000004')).toEqual(['E06000060']); // Aylesbury Vale -> Buckinghamshire
    expect(successor('E07000150')).toEqual(['E06000061']); // Corby -> North Northamptonshire
    expect(successor('E07000048')).toEqual(['E06000058']); // Christchurch -> BCP
    expect(successor('E07000163')).toEqual(['E06000065']); // Craven -> North Yorkshire
    expect(register.get('E07000026')?.current).toBe(false);
  });

  it('carries aliases, Welsh names and nations', () => {
    const cardiff = register.get('W06000015');
    expect(cardiff?.welsh).toBe('Caerdydd');
    expect(cardiff?.nation).toBe('Wales');
    expect(register.get('W06000001')?.welsh).toBe('Ynys Môn');
    expect(register.get('E06000010')?.aliases).toContain('Hull');
  });

  it('searches by name, alias and code', () => {
    expect(register.search({ q: 'devon' }).items[0]?.code).toBe('E10000008');
    expect(register.search({ q: 'E07000040' }).items.map((a) => a.short)).toEqual(['East Devon']);
    const counties = register.search({ type: 'county', limit: 100 });
    expect(counties.total).toBe(21);
    expect(register.search({ nation: 'Northern Ireland', limit: 5, offset: 10 }).items).toHaveLength(1);
    expect(register.search({ q: 'allerdale' }).total).toBe(0);
    expect(register.search({ q: 'allerdale', includeFormer: true }).total).toBe(1);
  });
});

describe('other bodies', () => {
  it('has the 43 territorial police forces of England and Wales plus Police Scotland and the PSNI', () => {
    const police = register.bodies.filter((b) => b.kind === 'police' && b.areas.length > 0);
    expect(police).toHaveLength(45);
    expect(register.body('police:scotland')?.areas).toHaveLength(32);
  });

  it('covers every council area with exactly one police force, fire service, NHS body, water company and regulator', () => {
    for (const kind of ['police', 'fire', 'nhs', 'water', 'environment', 'highways'] as const) {
      for (const a of current.filter(isArea)) {
        const n = register.bodies.filter((b) => b.kind === kind && b.areas.includes(a.code)).length;
        expect(n, `${kind} for ${a.short}`).toBe(1);
      }
    }
  });

  it('answers which body covers an area, and a county when all its districts agree', () => {
    expect(register.bodyFor('police', 'E07000041')?.name).toBe('Devon and Cornwall Police');
    expect(register.bodyFor('fire', 'E06000066')?.id).toBe('fire:devon-and-somerset');
    expect(register.bodyFor('water', 'S12000049')?.name).toBe('Scottish Water');
    expect(register.bodyFor('police', 'E10000016')?.id).toBe('police:kent'); // Kent county: all districts agree
  });
});
