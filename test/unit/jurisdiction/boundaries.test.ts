import { describe, expect, it } from 'vitest';

import { loadBoundaries } from '../../../processors/jurisdiction/index.js';

const boundaries = loadBoundaries();
const at = (lat: number, lon: number) => boundaries.locate(lat, lon);

describe('point in boundary', () => {
  it('places points in today’s lower-tier or unitary council', () => {
    expect(at(50.6185, -3.4011)?.code).toBe('E07000040'); // Exmouth, East Devon
    expect(at(51.4811, -3.1788)?.code).toBe('W06000015'); // Cardiff
    expect(at(55.8642, -4.2518)?.code).toBe('S12000049'); // Glasgow (code changed since 2013)
    expect(at(54.5973, -5.9301)?.code).toBe('N09000003'); // Belfast
    expect(at(51.5074, -0.1278)?.code).toBe('E09000033'); // Westminster
  });

  it('carries 2013 districts forward through the reorganisations', () => {
    expect(at(54.8925, -2.9329)?.code).toBe('E06000063'); // Carlisle -> Cumberland
    expect(at(51.0151, -3.1029)?.code).toBe('E06000066'); // Taunton -> Somerset
    expect(at(51.8168, -0.8124)?.code).toBe('E06000060'); // Aylesbury -> Buckinghamshire
    expect(at(52.2405, -0.9027)?.code).toBe('E06000062'); // Northampton -> West Northamptonshire
    expect(at(50.7192, -1.8808)?.code).toBe('E06000058'); // Bournemouth -> BCP
  });

  it('falls back to the nearest council for a point just off a simplified coast, and nothing far out', () => {
    const offshore = at(50.6, -3.39); // in the sea a little off Exmouth
    expect(offshore?.code).toBe('E07000040');
    expect(offshore?.inside).toBe(false);
    expect(at(48.8566, 2.3522)).toBeNull(); // Paris
    expect(at(Number.NaN, 0)).toBeNull();
  });
});
