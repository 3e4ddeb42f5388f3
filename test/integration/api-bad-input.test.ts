import { describe, expect, it } from 'vitest';
import { STREAMS } from '../../core/bus/subjects.js';
import { buildTestApp, makePost } from '../support/app.js';
import { useStore } from '../support/clickhouse.js';

const handle = useStore('chdb');

async function rawPending(bus: Awaited<ReturnType<typeof buildTestApp>>['bus']): Promise<number> {
  // A consumer must exist for pending() to count; this one never acks, so nothing leaves the backlog.
  const sub = bus.consume(
    { stream: STREAMS.raw.name, durable: 'probe', maxMessages: 1, maxWaitMs: 10, ackWaitMs: 60_000, maxDeliver: 1 },
    async () => undefined,
  );
  const pending = await bus.pending(STREAMS.raw.name, 'probe');
  await sub.stop();
  return pending;
}

describe('HTTP ingest rejects bad input with 4xx and a machine-readable code', () => {
  it('accepts a valid post with 202', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({ method: 'POST', url: '/v1/ingest', payload: makePost() });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: 1 });
  });

  it('malformed JSON -> 400 MALFORMED_JSON', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/ingest',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": "x:1", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
  });

  it('wrong types -> 400 VALIDATION_FAILED with the path of each problem', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/ingest',
      payload: makePost({ text: 42, created_at: 'yesterday', platform: 'myspace' }),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const paths = body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body/text', 'body/created_at', 'body/platform']));
  });

  it('unknown fields -> 400 VALIDATION_FAILED naming the field (nothing silently dropped)', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({ method: 'POST', url: '/v1/ingest', payload: makePost({ sneaky: true }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'sneaky', reason: 'unknown field' })]),
    );
  });

  it('oversize body -> 413 BODY_TOO_LARGE', async () => {
    const { app } = await buildTestApp({ maxBodyBytes: 2048 });
    const res = await app.inject({ method: 'POST', url: '/v1/ingest', payload: makePost({ text: 'x'.repeat(5000) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('BODY_TOO_LARGE');
  });

  it('unsupported media type -> 415', async () => {
    const { app } = await buildTestApp();
    const res = await app.inject({ method: 'POST', url: '/v1/ingest', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('an NDJSON batch with bad lines -> 400 INVALID_BATCH listing each line; nothing is published', async () => {
    const { app, bus } = await buildTestApp();
    const lines = [
      JSON.stringify(makePost({ id: 'x:1' })),
      '{oops',
      JSON.stringify(makePost({ id: 'x:3', text: null })),
      '',
      JSON.stringify(makePost({ id: 'x:5' })),
    ];
    const res = await app.inject({
      method: 'POST',
      url: '/v1/ingest',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: lines.join('\n'),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('INVALID_BATCH');
    expect(body.error.details.map((d: { line: number; code: string }) => [d.line, d.code])).toEqual([
      [2, 'MALFORMED_JSON'],
      [3, 'INVALID_POST'],
    ]);
    expect(await rawPending(bus)).toBe(0);
  });

  it('a good NDJSON batch is published whole', async () => {
    const { app, bus } = await buildTestApp();
    const lines = [1, 2, 3].map((i) => JSON.stringify(makePost({ id: `x:${i}` })));
    const res = await app.inject({
      method: 'POST',
      url: '/v1/ingest',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: lines.join('\n'),
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: 3 });
    expect(await rawPending(bus)).toBe(3);
  });
});

describe('read API rejects bad queries', () => {
  it.each([
    ['/v1/posts?limit=100000', 'VALIDATION_FAILED'],
    ['/v1/posts?sentiment=angry', 'VALIDATION_FAILED'],
    ['/v1/posts?from=last-tuesday', 'VALIDATION_FAILED'],
    ['/v1/posts?unknown=1', 'VALIDATION_FAILED'],
    ['/v1/posts?cursor=garbage', 'INVALID_CURSOR'],
    ['/v1/posts/count?authority=DROP%20TABLE', 'VALIDATION_FAILED'],
  ])('%s -> 400 %s', async (url, code) => {
    await handle.store.migrate();
    const { app } = await buildTestApp({ store: handle.store });
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('unknown post -> 404 POST_NOT_FOUND; unknown route -> 404 NOT_FOUND', async () => {
    await handle.store.migrate();
    const { app } = await buildTestApp({ store: handle.store });
    const missing = await app.inject({ method: 'GET', url: '/v1/posts/x:nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('POST_NOT_FOUND');
    const route = await app.inject({ method: 'GET', url: '/v2/anything' });
    expect(route.json().error.code).toBe('NOT_FOUND');
  });

  it('serves OpenAPI docs describing the routes', async () => {
    const { app } = await buildTestApp({ store: handle.store });
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/posts', '/v1/posts/count', '/v1/ingest', '/health', '/ready', '/metrics']),
    );
  });
});
