/** A fully wired app for tests: memory bus, the given store, publisher; closed by the helper. */
import { onTestFinished } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app.js';
import { createMemoryBus } from '../../core/bus/memory.js';
import type { Bus } from '../../core/bus/types.js';
import type { Store } from '../../core/store/types.js';
import { createMetrics, type Metrics } from '../../core/metrics.js';
import { createLogger } from '../../core/log.js';
import { createPostPublisher } from '../../ingest/publisher.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly bus: Bus;
  readonly metrics: Metrics;
}

export async function buildTestApp(opts: { store?: Store; bus?: Bus; maxBodyBytes?: number } = {}): Promise<TestApp> {
  const bus = opts.bus ?? createMemoryBus();
  await bus.ensureStreams();
  const metrics = createMetrics({ defaults: false });
  const logger = createLogger('silent');
  const publisher = createPostPublisher({ bus, metrics });
  const app = await buildApp({
    bus,
    metrics,
    logger,
    publisher,
    maxBodyBytes: opts.maxBodyBytes ?? 64 * 1024,
    ...(opts.store ? { store: opts.store } : {}),
  });
  onTestFinished(async () => {
    await app.close();
    if (!opts.bus) await bus.drain();
  });
  return { app, bus, metrics };
}

/** A valid post; override any field. */
export function makePost(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'x:1',
    platform: 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: 'u1', handle: 'resident', name: 'A Resident' },
    text: 'Missed bin collection on Elm Road again',
    created_at: '2026-11-20T08:00:00Z',
    mentions: [],
    hashtags: [],
    links: [],
    ...overrides,
  };
}
