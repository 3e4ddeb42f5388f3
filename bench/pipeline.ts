/**
 * Throughput of the whole pipeline on a generated stream: ingest publishes, processors consume, tag,
 * insert into chdb and acknowledge. Run as a child process per mode so peak RSS belongs to that mode:
 *   tsx bench/pipeline.ts <memory|nats> <default|empty> [count]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryBus } from '../core/bus/memory.js';
import { connectNatsBus } from '../core/bus/jetstream.js';
import { STREAMS } from '../core/bus/subjects.js';
import type { Bus } from '../core/bus/types.js';
import { openChdbStore } from '../core/store/index.js';
import { createMetrics } from '../core/metrics.js';
import { createLogger } from '../core/log.js';
import type { Post } from '../core/contracts/post.js';
import { createPostPublisher } from '../ingest/publisher.js';
import { createChain, createDefaultChain, createProcessor, type TaggerChain } from '../processors/index.js';
import { generatePosts } from '../scripts/sample/index.js';
import { startNatsServer, type NatsServerHandle } from '../test/support/nats-server.js';
import type { BenchResult } from './result.js';

export type BusMode = 'memory' | 'nats';
export type ChainMode = 'default' | 'empty';

export async function runPipeline(busMode: BusMode, chainMode: ChainMode, count: number): Promise<BenchResult[]> {
  const posts: Post[] = [...generatePosts({ count, seed: 42 })];
  const dir = mkdtempSync(join(tmpdir(), 'civicpulse-bench-'));
  let server: NatsServerHandle | undefined;
  const store = await openChdbStore({ path: join(dir, 'ch') });
  try {
    await store.migrate();
    if (busMode === 'nats') server = await startNatsServer();
    const bus: Bus = server ? await connectNatsBus({ servers: server.url }) : createMemoryBus({ maxPendingPerStream: count });
    await bus.ensureStreams();
    const chain: TaggerChain =
      chainMode === 'default' ? createDefaultChain({ defaultTenant: 'default' }) : createChain([], { defaultTenant: 'default' });
    const metrics = createMetrics({ defaults: false });
    const processor = createProcessor({
      bus,
      store,
      chain,
      metrics,
      logger: createLogger('silent'),
      batchMax: 5000,
      batchWaitMs: 50,
      concurrency: Number(process.env['CONCURRENCY'] ?? 2),
      ackWaitMs: 60_000,
      maxDeliver: 5,
    });
    const publisher = createPostPublisher({ bus, metrics });

    // First the stream is filled with nothing consuming it, then the processor drains it: the two
    // rates apart. (A consumer must exist first so the in-process bus keeps every message.)
    processor.start();
    await processor.stop();
    const started = performance.now();
    for (let i = 0; i < posts.length; i += 5000) await publisher.publish(posts.slice(i, i + 5000));
    const published = performance.now();
    processor.start();
    while ((await bus.pending(STREAMS.raw.name, 'processors')) > 0) await new Promise((r) => setTimeout(r, 20));
    const done = performance.now();
    await processor.stop();
    const [row] = await store.query<{ n: string }>('SELECT count() AS n FROM posts');
    if (Number(row?.n) < count) throw new Error(`stored ${row?.n} of ${count}`);
    await bus.drain();
    const label = `${busMode === 'nats' ? 'NATS JetStream + chdb' : 'embedded (memory bus + chdb)'}, ${chainMode === 'default' ? 'full tagger chain' : 'no taggers'}`;
    return [
      { name: `${label}: ingest (validate + publish)`, unit: 'posts/s', value: count / ((published - started) / 1000) },
      { name: `${label}: process (tag + store + publish tagged + ack)`, unit: 'posts/s', value: count / ((done - published) / 1000) },
      { name: `${label}: end to end, one after the other`, unit: 'posts/s', value: count / ((done - started) / 1000) },
      { name: `${label}: peak RSS`, unit: 'MiB', value: process.resourceUsage().maxRSS / 1024 },
    ];
  } finally {
    await store.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [busMode = 'memory', chainMode = 'default', count = '100000'] = process.argv.slice(2);
  const results = await runPipeline(busMode as BusMode, chainMode as ChainMode, Number(count));
  process.stdout.write(`${JSON.stringify(results)}\n`);
}
