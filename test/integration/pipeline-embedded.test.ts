/**
 * The embedded default end to end: replay the bundled sample (and its broken twin) through the
 * in-process bus, the real tagger chain and the embedded ClickHouse engine, then check that the API
 * answers what the sample and the chain say it must.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../core/bus/memory.js';
import { STREAMS } from '../../core/bus/subjects.js';
import { createMetrics } from '../../core/metrics.js';
import { createLogger } from '../../core/log.js';
import { PostSchema, type Post } from '../../core/contracts/post.js';
import { compileValidator } from '../../core/contracts/validate.js';
import { createPostPublisher } from '../../ingest/publisher.js';
import { replayFile } from '../../ingest/replay.js';
import { createDeadLetterRecorder, createDefaultChain, createEngine, createProcessor } from '../../processors/index.js';
import { extraRoutes } from '../../bin/commands/routes.js';
import { buildApp } from '../../api/app.js';
import { useStore } from '../support/clickhouse.js';
import { waitUntil } from '../support/processes.js';
import type { TaggedPost } from '../../core/contracts/tagged.js';
import { compileMatcher, parseQuery } from '../../processors/queries/index.js';
import { tokenize } from '../../processors/text/tokens.js';

const SAMPLE = fileURLToPath(new URL('../../data/sample/posts.ndjson', import.meta.url));
const BAD = fileURLToPath(new URL('../../data/sample/bad.ndjson', import.meta.url));
const handle = useStore('chdb');

const validPost = compileValidator(PostSchema);
const samplePosts: Post[] = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as unknown)
  .flatMap((v) => {
    const r = validPost(v);
    return r.ok ? [r.value] : [];
  });
const badLines = readFileSync(BAD, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '').length;

describe('embedded pipeline: sample replay -> API', () => {
  const chain = createDefaultChain({ defaultTenant: 'default' });
  const expected: TaggedPost[] = samplePosts.map((p) => chain.tag(p));
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    const store = handle.store;
    await store.migrate();
    const bus = createMemoryBus();
    await bus.ensureStreams();
    const metrics = createMetrics({ defaults: false });
    const logger = createLogger('silent');
    const opts = { bus, store, chain, metrics, logger, batchMax: 500, batchWaitMs: 50, ackWaitMs: 30_000, maxDeliver: 5 };
    const processor = createProcessor(opts);
    const recorder = createDeadLetterRecorder({ bus, store, logger, ackWaitMs: 30_000 });
    processor.start();
    recorder.start();
    const publisher = createPostPublisher({ bus, metrics });
    const good = await replayFile({ file: SAMPLE }, { publisher, bus });
    const bad = await replayFile({ file: BAD }, { publisher, bus });
    expect(good).toEqual({ read: samplePosts.length, published: samplePosts.length, deadLettered: 0 });
    expect(bad.read).toBe(badLines);
    await replayFile({ file: SAMPLE }, { publisher, bus }); // replaying again must change nothing
    await waitUntil(
      'pipeline idle',
      async () =>
        (await bus.pending(STREAMS.raw.name, 'processors')) + (await bus.pending(STREAMS.deadLetter.name, 'dead-letter-recorder')) === 0,
    );
    await processor.stop();
    await recorder.stop();
    app = await buildApp({
      bus,
      store,
      metrics,
      logger,
      maxBodyBytes: 1 << 20,
      plugins: extraRoutes(createEngine({ defaultTenant: 'default' })),
    });
    return async () => {
      await app.close();
      await bus.drain();
    };
  });

  const count = async (query: string): Promise<number> =>
    (await app.inject({ method: 'GET', url: `/v1/posts/count${query}` })).json().count as number;

  it('stores every valid sample post exactly once', async () => {
    expect(samplePosts.length).toBeGreaterThanOrEqual(3000);
    expect(await count('')).toBe(samplePosts.length);
  });

  it('filters by platform, direction and time range as the sample says', async () => {
    for (const platform of ['x', 'facebook', 'reddit']) {
      expect(await count(`?platform=${platform}`)).toBe(samplePosts.filter((p) => p.platform === platform).length);
    }
    expect(await count('?direction=outbound')).toBe(samplePosts.filter((p) => p.direction === 'outbound').length);
    const from = '2026-11-12T00:00:00Z';
    const to = '2026-11-15T12:00:00Z';
    const inRange = samplePosts.filter(
      (p) => Date.parse(p.created_at) >= Date.parse(from) && Date.parse(p.created_at) < Date.parse(to),
    ).length;
    expect(inRange).toBeGreaterThan(0);
    expect(await count(`?from=${from}&to=${to}`)).toBe(inRange);
  });

  it('filters by topic, sentiment, urgency and authority exactly as the tagger chain tagged them', async () => {
    for (const topic of ['waste_collection', 'potholes_roads', 'street_lighting']) {
      const n = expected.filter((p) => p.topics.some((t) => t.id === topic)).length;
      expect(n).toBeGreaterThan(0);
      expect(await count(`?topic=${topic}`)).toBe(n);
    }
    for (const sentiment of ['negative', 'neutral', 'positive']) {
      expect(await count(`?sentiment=${sentiment}`)).toBe(expected.filter((p) => p.sentiment.label === sentiment).length);
    }
    expect(await count('?urgency=emergency')).toBe(expected.filter((p) => p.urgency === 'emergency').length);
    const devon = expected.filter((p) => p.jurisdiction.code === 'E10000008').length;
    expect(devon).toBeGreaterThan(0);
    expect(await count('?authority=E10000008')).toBe(devon);
  });

  it('finds text case-insensitively', async () => {
    const n = samplePosts.filter((p) => p.text.toLowerCase().includes('pothole')).length;
    expect(n).toBeGreaterThan(0);
    expect(await count('?q=POTHOLE')).toBe(n);
  });

  it('filters by a listening query exactly as the stream matcher matches it', async () => {
    const query = '(bin OR bins OR "bin collection") AND NOT recycling';
    const matcher = compileMatcher(parseQuery(query));
    const n = expected.filter((p) => matcher(p, tokenize(p.text), p.language)).length;
    expect(n).toBeGreaterThan(0);
    expect(await count(`?query=${encodeURIComponent(query)}`)).toBe(n);
    const bad = await app.inject({ method: 'GET', url: `/v1/posts/count?query=${encodeURIComponent('(bins AND')}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'QUERY_SYNTAX', details: { position: expect.any(Number) } });
  });

  it('pages through everything with cursors, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const url: string = `/v1/posts?limit=500${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await app.inject({ method: 'GET', url })).json<{ items: TaggedPost[]; next_cursor: string | null }>();
      for (const item of page.items) {
        expect(Date.parse(item.created_at)).toBeLessThanOrEqual(previous);
        previous = Date.parse(item.created_at);
        seen.push(item.id);
      }
      cursor = page.next_cursor;
    } while (cursor !== null);
    expect(seen.length).toBe(samplePosts.length);
    expect(new Set(seen)).toEqual(new Set(samplePosts.map((p) => p.id)));
  });

  it('returns a stored post with the fields the chain produced', async () => {
    const target = expected.find((p) => p.topics.length > 0 && p.jurisdiction.code !== null);
    expect(target).toBeDefined();
    const res = await app.inject({ method: 'GET', url: `/v1/posts/${encodeURIComponent(target!.id)}` });
    const got = res.json<TaggedPost>();
    expect(got.topics.map((t) => t.id)).toEqual(target!.topics.map((t) => t.id));
    expect(got.sentiment.label).toBe(target!.sentiment.label);
    expect(got.jurisdiction.code).toBe(target!.jurisdiction.code);
    expect(got.jurisdiction.reason).toBe(target!.jurisdiction.reason);
    expect(got.urgency).toBe(target!.urgency);
  });

  it('explains a jurisdiction decision and finds authorities in the register', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/v1/jurisdiction/resolve?text=${encodeURIComponent('Street light out on Fore Street, Exmouth')}`,
    });
    expect(res.statusCode).toBe(200);
    const body = JSON.stringify(res.json());
    expect(body).toContain('E10000008');
    expect(body).toMatch(/East Devon/);
    const authorities = await app.inject({ method: 'GET', url: '/v1/authorities?q=devon' });
    expect(JSON.stringify(authorities.json())).toContain('E10000008');
  });

  it('records every broken line in the dead letters with its reason and line number', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/dead-letters?limit=500' });
    const items = res.json().items as { code: string; reason: string; stage: string; subject: string }[];
    expect(items.length).toBe(badLines);
    expect(new Set(items.map((i) => i.stage))).toEqual(new Set(['ingest']));
    expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['MALFORMED_JSON', 'INVALID_POST']));
    for (const item of items) expect(item.reason).toMatch(/^line \d+: /);
  });
});
