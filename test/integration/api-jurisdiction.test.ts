import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { HttpError } from '../../api/errors.js';
import { validatorCompiler } from '../../api/validation.js';
import authorityRoutes from '../../api/routes/authorities.js';
import jurisdictionRoutes from '../../api/routes/jurisdiction.js';
import type { Post } from '../../core/contracts/post.js';
import { createJurisdictionResolver, loadRegister } from '../../processors/jurisdiction/index.js';
import { tokenize } from '../../processors/text/tokens.js';

/** A stand-in for the topics tagger: bins and potholes only. */
function tagText(post: Post) {
  const text = tokenize(post.text);
  const topic = /\bbins?\b/i.test(post.text) ? 'waste_collection' : /pothole/i.test(post.text) ? 'potholes_roads' : null;
  return { text, topics: topic === null ? [] : [{ id: topic, score: 0.8 }] };
}

let app: FastifyInstance;

beforeAll(async () => {
  const register = loadRegister();
  const resolver = createJurisdictionResolver({ accounts: { '@DevonCC': 'E10000008' } });
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler); // the app's: query strings coerced, bodies strict
  // The lead's app has the real error handler; this one serialises HttpError the same way.
  app.setErrorHandler((err: FastifyError | HttpError, _req, reply) => {
    if (err instanceof HttpError) return reply.status(err.statusCode).send({ error: { code: err.code, message: err.message } });
    const status = err.statusCode ?? 500;
    return reply.status(status).send({ error: { code: err.validation ? 'VALIDATION_FAILED' : 'INTERNAL', message: err.message } });
  });
  await app.register(jurisdictionRoutes, { resolver, tagText });
  await app.register(authorityRoutes, { register });
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

const post: Post = {
  id: 'x:123',
  platform: 'x',
  source: 'test',
  direction: 'inbound',
  author: { id: '9', handle: 'resident', name: 'Resident' },
  text: 'Bins not collected in Exmouth again',
  created_at: '2024-05-01T10:00:00Z',
  mentions: [],
  hashtags: [],
  links: [],
};

describe('GET /v1/jurisdiction/resolve', () => {
  it('resolves text with the topic the taggers found', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/jurisdiction/resolve', query: { text: 'Pothole on the hill in Exmouth' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.jurisdiction).toMatchObject({ code: 'E10000008', tier: 'county', method: 'place', service: 'potholes_roads' });
    expect(body.jurisdiction.reason).toContain('Exmouth');
    expect(body.places).toEqual([{ text: 'Exmouth', code: 'E07000040' }]);
  });

  it('takes topic, mentions and a geotag as hints', async () => {
    const byTopic = await app.inject({
      method: 'GET',
      url: '/v1/jurisdiction/resolve',
      query: { text: 'Flooding in Exmouth', topic: 'flooding_drainage' },
    });
    expect(byTopic.json().jurisdiction.code).toBe('E10000008');
    const byHandle = await app.inject({
      method: 'GET',
      url: '/v1/jurisdiction/resolve',
      query: { text: 'pothole outside the school', mentions: 'DevonCC' },
    });
    expect(byHandle.json().jurisdiction).toMatchObject({ code: 'E10000008', method: 'account' });
    const byGeo = await app.inject({
      method: 'GET',
      url: '/v1/jurisdiction/resolve',
      query: { text: 'bins missed here', lat: '51.4811', lon: '-3.1788' },
    });
    expect(byGeo.json().jurisdiction).toMatchObject({ code: 'W06000015', method: 'geotag' });
  });

  it('returns candidates instead of a guess for an ambiguous place', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/jurisdiction/resolve', query: { text: 'bins missed in Wellington' } });
    const j = res.json().jurisdiction;
    expect(j.code).toBeNull();
    expect(j.candidates.length).toBeGreaterThan(1);
  });

  it('rejects bad queries with the error body', async () => {
    const missing = await app.inject({ method: 'GET', url: '/v1/jurisdiction/resolve' });
    expect(missing.statusCode).toBe(400);
    const half = await app.inject({ method: 'GET', url: '/v1/jurisdiction/resolve', query: { text: 'bins', lat: '50' } });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.code).toBe('INVALID_GEO');
  });
});

describe('POST /v1/jurisdiction/resolve', () => {
  it('resolves a full post', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/jurisdiction/resolve', payload: post });
    expect(res.statusCode).toBe(200);
    expect(res.json().jurisdiction).toMatchObject({ code: 'E07000040', tier: 'district' });
  });

  it('validates the body against the Post contract', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/jurisdiction/resolve', payload: { ...post, platform: 'myspace' } });
    expect(res.statusCode).toBe(400);
  });
});

describe('authorities', () => {
  it('lists and searches by name, alias, type and nation', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/authorities', query: { q: 'devon', limit: '5' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0].code).toBe('E10000008');
    expect(body.total).toBeGreaterThanOrEqual(5);
    const welsh = await app.inject({ method: 'GET', url: '/v1/authorities', query: { nation: 'Wales', limit: '100' } });
    expect(welsh.json().total).toBe(22);
    const counties = await app.inject({ method: 'GET', url: '/v1/authorities', query: { type: 'county', limit: '2', offset: '20' } });
    expect(counties.json().items).toHaveLength(1);
  });

  it('returns one authority with its county, districts and bodies', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/authorities/E07000040' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.authority.short).toBe('East Devon');
    expect(body.county.code).toBe('E10000008');
    expect(body.bodies.map((b: { id: string }) => b.id)).toContain('police:devon-and-cornwall');
    const county = await app.inject({ method: 'GET', url: '/v1/authorities/DEV' });
    expect(county.json().districts).toHaveLength(8);
  });

  it('answers 404 AUTHORITY_NOT_FOUND for an unknown code', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/authorities/E99999999' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('AUTHORITY_NOT_FOUND');
  });

  it('rejects an unknown type', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/authorities', query: { type: 'parish' } });
    expect(res.statusCode).toBe(400);
  });
});
