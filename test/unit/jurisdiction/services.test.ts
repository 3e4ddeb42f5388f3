import { describe, expect, it } from 'vitest';

import { JurisdictionError, loadRegister, parseRule } from '../../../processors/jurisdiction/index.js';
import { createServiceMatrix, loadServiceMatrixFile } from '../../../processors/jurisdiction/services.js';
import { tokenize } from '../../../processors/text/tokens.js';

const register = loadRegister();
const file = loadServiceMatrixFile();
const area = (code: string) => {
  const a = register.get(code);
  if (a === undefined) throw new Error(code);
  return a;
};
const EAST_DEVON = 'E07000040';

describe('service matrix', () => {
  const matrix = createServiceMatrix(file, register);

  it('covers every fixed topic id, checked against GOV.UK LGSL tiers where one exists', () => {
    for (const t of ['waste_collection', 'potholes_roads', 'policing', 'customer_service', 'animal_welfare']) {
      expect(matrix.topics).toContain(t);
    }
    expect(file.topics['potholes_roads']?.lgsl[0]).toMatchObject({ id: 557, tier: 'county/unitary' });
    expect(file.topics['waste_collection']?.lgsl[0]).toMatchObject({ id: 524, tier: 'district/unitary' });
  });

  it('gives district, county and body rules', () => {
    expect(matrix.ruleFor('waste_collection', area(EAST_DEVON)).rule).toEqual({ kind: 'district' });
    expect(matrix.ruleFor('potholes_roads', area(EAST_DEVON)).rule).toEqual({ kind: 'county' });
    expect(matrix.ruleFor('policing', area(EAST_DEVON)).rule).toEqual({ kind: 'body', body: 'police' });
    expect(matrix.ruleFor(null, area(EAST_DEVON)).rule).toEqual({ kind: 'district' });
  });

  it('applies nation and London rules', () => {
    expect(matrix.ruleFor('potholes_roads', area('N09000003')).rule).toEqual({ kind: 'body', body: 'highways' }); // DfI Roads
    expect(matrix.ruleFor('housing', area('N09000003')).rule).toEqual({ kind: 'authority', code: 'ni:housing-executive' });
    expect(matrix.ruleFor('public_transport', area('E09000007')).rule).toEqual({ kind: 'body', body: 'transport' }); // TfL
  });

  it('switches flooding to the environment agency on a river cue, not on a town named after one', () => {
    const rule = (text: string) =>
      matrix.ruleFor('flooding_drainage', area('E07000083'), matrix.cue('flooding_drainage', tokenize(text))).rule;
    expect(rule('the Severn has burst its banks again')).toEqual({ kind: 'body', body: 'environment' });
    expect(rule('drains overflowing in Henley-on-Thames')).toEqual({ kind: 'county' });
  });

  it('lets a partnership override a topic everywhere or within one area', () => {
    const m = createServiceMatrix(file, register, {
      topics: { parking: 'county' },
      areas: { E10000016: { waste_collection: 'county' } },
    });
    expect(m.ruleFor('parking', area(EAST_DEVON)).rule).toEqual({ kind: 'county' });
    expect(m.ruleFor('waste_collection', area('E07000110')).rule).toEqual({ kind: 'county' }); // Maidstone, in Kent
    expect(m.ruleFor('waste_collection', area(EAST_DEVON)).rule).toEqual({ kind: 'district' });
  });

  it('rejects invalid rules and unknown areas with a typed error', () => {
    expect(() => parseRule('sometimes', register)).toThrow(JurisdictionError);
    expect(() => parseRule('authority:X00000000', register)).toThrow(/invalid service rule/);
    try {
      createServiceMatrix(file, register, { areas: { NOPE: { parking: 'county' } } });
      expect.unreachable();
    } catch (err) {
      expect((err as JurisdictionError).code).toBe('JURISDICTION_CONFIG_INVALID');
    }
  });
});
