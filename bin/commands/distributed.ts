/**
 * The distributed stages, each its own process on NATS JetStream and a ClickHouse server:
 * `ingest` (HTTP ingest, or replay of a file), `processor` and `api`. Scale by running more.
 */
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/log.js';
import { createMetrics } from '../../core/metrics.js';
import { buildApp } from '../../api/app.js';
import { createPostPublisher } from '../../ingest/publisher.js';
import { replayFile } from '../../ingest/replay.js';
import { readPartnershipFile } from '../../processors/jurisdiction/index.js';
import { createDeadLetterRecorder, createDefaultChain, createEngine, createProcessor } from '../../processors/index.js';
import { createLifecycle } from '../lifecycle.js';
import { openBus, openConfiguredStore } from '../runtime.js';
import { batching, listen } from './serve.js';
import { extraRoutes } from './routes.js';

export interface IngestArgs {
  readonly file?: string;
  readonly rate?: number;
  readonly format?: 'ndjson' | 'csv';
}

export async function ingest(config: Config, logger: Logger, args: IngestArgs): Promise<void> {
  const lifecycle = createLifecycle(logger);
  const metrics = createMetrics();
  const bus = await openBus(config, logger, 'nats');
  const publisher = createPostPublisher({ bus, metrics });
  if (args.file !== undefined) {
    const replay = new AbortController();
    lifecycle.onShutdown('replay', async () => replay.abort());
    const report = await replayFile(
      { file: args.file, rate: args.rate ?? config.replayRate, format: args.format, signal: replay.signal },
      { publisher, bus },
    );
    process.stdout.write(`${JSON.stringify({ file: args.file, ...report })}\n`);
    await bus.drain();
    return;
  }
  const app = await buildApp({ bus, metrics, logger, publisher, maxBodyBytes: config.maxBodyBytes });
  const address = await listen(app, config.host, config.ingestPort, lifecycle);
  lifecycle.onShutdown('bus', () => bus.drain());
  process.stdout.write(`Civic Pulse ingest listening at ${address}/v1/ingest\n`);
  await lifecycle.done;
}

export async function processor(config: Config, logger: Logger): Promise<void> {
  const lifecycle = createLifecycle(logger);
  const metrics = createMetrics();
  const store = await openConfiguredStore(config, logger);
  await store.migrate();
  const bus = await openBus(config, logger, 'nats');
  const chain = createDefaultChain({
    defaultTenant: config.tenant,
    partnership: readPartnershipFile(config.partnershipFile),
    urgencyNet: config.urgencyNet === 'on',
  });
  const worker = createProcessor({ bus, store, chain, metrics, logger, ...batching(config) });
  const recorder = createDeadLetterRecorder({ bus, store, logger, ackWaitMs: config.ackWaitMs });
  const app = await buildApp({ bus, store, readApi: false, metrics, logger, maxBodyBytes: config.maxBodyBytes });
  const address = await listen(app, config.host, config.port, lifecycle);
  lifecycle.onShutdown('processor', () => worker.stop());
  lifecycle.onShutdown('dead letters', () => recorder.stop());
  lifecycle.onShutdown('bus', () => bus.drain());
  lifecycle.onShutdown('store', () => store.close());
  worker.start();
  recorder.start();
  process.stdout.write(`Civic Pulse processor running (health and metrics at ${address})\n`);
  await lifecycle.done;
}

export async function api(config: Config, logger: Logger): Promise<void> {
  const lifecycle = createLifecycle(logger);
  const metrics = createMetrics();
  const store = await openConfiguredStore(config, logger);
  const bus = await openBus(config, logger, 'nats');
  const engine = createEngine({
    defaultTenant: config.tenant,
    partnership: readPartnershipFile(config.partnershipFile),
    urgencyNet: config.urgencyNet === 'on',
  });
  const app = await buildApp({ bus, store, metrics, logger, maxBodyBytes: config.maxBodyBytes, plugins: extraRoutes(engine) });
  const address = await listen(app, config.host, config.port, lifecycle);
  lifecycle.onShutdown('bus', () => bus.drain());
  lifecycle.onShutdown('store', () => store.close());
  process.stdout.write(`Civic Pulse API at ${address} (docs: ${address}/docs)\n`);
  await lifecycle.done;
}
