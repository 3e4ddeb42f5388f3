/**
 * The distributed deployment for real: a nats-server started here, ClickHouse over HTTP, and the
 * processors as separate `civicpulse processor` processes sharing one durable consumer. One is
 * killed (SIGKILL) while it holds an unacknowledged batch; every post must still be stored exactly
 * once, and poison messages must land in the dead-letter subject and table with their reason.
 */
import { describe, expect, it } from 'vitest';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { connectNatsBus } from '../../core/bus/jetstream.js';
import { HEADERS, STREAMS, subjects } from '../../core/bus/subjects.js';
import { createMetrics } from '../../core/metrics.js';
import { createPostPublisher } from '../../ingest/publisher.js';
import { generatePosts } from '../../scripts/sample/index.js';
import { useNatsServer } from '../support/nats-server.js';
import { startClickHouseHttpShim } from '../support/clickhouse-http.js';
import { openHttpStore } from '../../core/store/index.js';
import { runCli, waitUntil } from '../support/processes.js';
import type { Post } from '../../core/contracts/post.js';

const nats = useNatsServer();
const TOTAL = 6000;
const BATCH = 200;

describe('distributed pipeline on NATS JetStream', () => {
  it('stores every post exactly once when a processor dies mid-batch, and dead-letters poison', { timeout: 300_000 }, async () => {
    const shim = await startClickHouseHttpShim();
    const store = await openHttpStore({ url: shim.url, database: 'civicpulse' });
    try {
      await store.migrate();
      const env = {
        NATS_URL: nats.url,
        CLICKHOUSE_URL: shim.url,
        PORT: '0',
        CP_BATCH_MAX: String(BATCH),
        CP_BATCH_WAIT_MS: '100',
        CP_ACK_WAIT_MS: '3000',
      };
      const a = runCli(['processor'], env);
      const b = runCli(['processor'], env);
      const [, , bUrl] = await Promise.all([
        a.waitForLine(/processor running/),
        b.waitForLine(/processor running/),
        b.waitForLine(/metrics at (http:\/\/[^\s)]+)/).then((m) => m[1]),
      ]);

      const bus = await connectNatsBus({ servers: nats.url });
      const posts: Post[] = [...generatePosts({ count: TOTAL, seed: 7 })];
      const publisher = createPostPublisher({ bus, metrics: createMetrics({ defaults: false }) });
      await publisher.publish(posts);
      await publisher.publish(posts.slice(0, 500)); // re-sent posts are de-duplicated by id
      const enc = new TextEncoder();
      await bus.publish(subjects.raw('x'), enc.encode('{"this is": not json'), { msgId: 'poison-1' });
      await bus.publish(subjects.raw('x'), enc.encode(JSON.stringify({ id: 'x:poison', text: 42 })), { msgId: 'poison-2' });

      // More than one batch unacknowledged means both processors hold one: kill A now.
      const nc = await connect({ servers: nats.url });
      const jsm = await jetstreamManager(nc);
      await waitUntil(
        'both processors mid-batch',
        async () => (await jsm.consumers.info(STREAMS.raw.name, 'processors')).num_ack_pending > BATCH,
        60_000,
      );
      a.child.kill('SIGKILL');

      const count = async (): Promise<number> =>
        Number((await store.query<{ n: string }>('SELECT count() AS n FROM posts FINAL'))[0]?.n ?? 0);
      await waitUntil('all posts stored', async () => (await count()) === TOTAL, 180_000);
      // A held an unacknowledged batch when it died: B must have received those posts again.
      const metrics = await (await fetch(`${bUrl}/metrics`)).text();
      expect(Number(/civicpulse_redelivered_total\{stage="processor"\} (\d+)/.exec(metrics)?.[1] ?? 0)).toBeGreaterThan(0);
      await waitUntil('backlog drained', async () => {
        const i = await jsm.consumers.info(STREAMS.raw.name, 'processors');
        return i.num_pending + i.num_ack_pending === 0;
      });

      const [dupes] = await store.query<{ ids: string; rows: string }>('SELECT uniqExact(id) AS ids, count() AS rows FROM posts FINAL');
      expect(Number(dupes?.ids)).toBe(TOTAL);
      expect(Number(dupes?.rows)).toBe(TOTAL);
      const stored = await store.query<{ id: string }>('SELECT id FROM posts FINAL');
      expect(new Set(stored.map((r) => r.id))).toEqual(new Set(posts.map((p) => p.id)));

      await waitUntil('poison recorded', async () => (await store.query('SELECT 1 FROM dead_letters')).length >= 2, 60_000);
      const letters = await store.query<{ code: string; reason: string; stage: string; payload: string }>(
        'SELECT code, reason, stage, payload FROM dead_letters ORDER BY code',
      );
      expect(letters.map((l) => l.code)).toEqual(['INVALID_POST', 'MALFORMED_JSON']);
      expect(letters[0]?.reason).toMatch(/\/text must be string/);
      expect(letters[1]?.payload).toBe('{"this is": not json');
      expect(letters.every((l) => l.stage === 'processor')).toBe(true);

      const dlq = await jsm.streams.info(STREAMS.deadLetter.name);
      expect(dlq.state.messages).toBe(2);
      const first = await jsm.streams.getMessage(STREAMS.deadLetter.name, { seq: 1 });
      expect(first?.header?.get(HEADERS.code)).toMatch(/MALFORMED_JSON|INVALID_POST/);

      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
      await nc.close();
      await bus.drain();
    } finally {
      await store.close();
      await shim.close();
    }
  });
});
