/**
 * `civicpulse start`: the embedded default. Every stage in one process on the in-process bus and the
 * embedded ClickHouse engine; replays the configured file, then keeps serving.
 */
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/log.js';
import { createMetrics } from '../../core/metrics.js';
import { STREAMS } from '../../core/bus/subjects.js';
import { buildApp } from '../../api/app.js';
import { createPostPublisher } from '../../ingest/publisher.js';
import { replayFile } from '../../ingest/replay.js';
import { readPartnershipFile } from '../../processors/jurisdiction/index.js';
import { createDeadLetterRecorder, createEngine, createProcessor } from '../../processors/index.js';
import { createLifecycle } from '../lifecycle.js';
import { openBus, openConfiguredStore } from '../runtime.js';
import { batching, listen } from './serve.js';
import { extraRoutes } from './routes.js';

export async function start(config: Config, logger: Logger): Promise<void> {
  const lifecycle = createLifecycle(logger);
  const metrics = createMetrics();
  const store = await openConfiguredStore(config, logger);
  const migrated = await store.migrate();
  if (migrated.applied.length > 0) logger.info({ module: 'store', applied: migrated.applied }, 'migrations applied');
  const bus = await openBus(config, logger, 'memory');
  const engine = createEngine({
    defaultTenant: config.tenant,
    partnership: readPartnershipFile(config.partnershipFile),
    urgencyNet: config.urgencyNet === 'on',
  });
  const processor = createProcessor({ bus, store, chain: engine.chain, metrics, logger, ...batching(config) });
  const recorder = createDeadLetterRecorder({ bus, store, logger, ackWaitMs: config.ackWaitMs });
  const publisher = createPostPublisher({ bus, metrics });
  const app = await buildApp({ bus, store, metrics, logger, publisher, maxBodyBytes: config.maxBodyBytes, plugins: extraRoutes(engine) });
  const replay = new AbortController();

  lifecycle.onShutdown('replay', async () => replay.abort());
  const address = await listen(app, config.host, config.port, lifecycle);
  lifecycle.onShutdown('drain pipeline', () => waitForIdle(bus, 15_000));
  lifecycle.onShutdown('processor', () => processor.stop());
  lifecycle.onShutdown('dead letters', () => recorder.stop());
  lifecycle.onShutdown('bus', () => bus.drain());
  lifecycle.onShutdown('store', () => store.close());
  processor.start();
  recorder.start();
  process.stdout.write(`Civic Pulse is running at ${address}  (API docs: ${address}/docs)\n`);

  if (config.replayFile !== '') {
    const report = await replayFile({ file: config.replayFile, rate: config.replayRate, signal: replay.signal }, { publisher, bus });
    await waitForIdle(bus, 120_000);
    process.stdout.write(
      `Replayed ${config.replayFile}: ${report.published} posts published, ${report.deadLettered} dead-lettered. ` +
        `Try ${address}/v1/posts?limit=5 or ${address}/v1/posts/count\n`,
    );
  }
  await lifecycle.done;
}

/** Waits until the processors and the dead-letter recorder have nothing pending. */
async function waitForIdle(bus: Awaited<ReturnType<typeof openBus>>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pending =
      (await bus.pending(STREAMS.raw.name, 'processors')) + (await bus.pending(STREAMS.deadLetter.name, 'dead-letter-recorder'));
    if (pending === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
