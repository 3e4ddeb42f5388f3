import { describe, expect, it, onTestFinished } from 'vitest';
import { connectNatsBus, isBusError, type NatsBus } from '../../../core/bus/index.js';
import { useNatsServer } from '../../support/nats-server.js';
import { busContract } from './contract.js';
import { enc, lane, publishBodies, seen, waitFor, type Seen } from './helpers.js';

const nats = useNatsServer();

async function connect(): Promise<NatsBus> {
  const bus = await connectNatsBus({ servers: nats.url, name: 'bus-test' });
  onTestFinished(() => bus.drain());
  return bus;
}

busContract('jetstream', () => connectNatsBus({ servers: nats.url, name: 'bus-contract' }));

describe('JetStream bus', () => {
  it('ensureStreams is idempotent, also when run concurrently', async () => {
    const a = await connect();
    const b = await connect();
    await Promise.all([a.ensureStreams(), b.ensureStreams()]);
    await a.ensureStreams();
    expect((await a.health()).detail).toMatch(/5 streams/);
  });

  it('refuses to connect to a port with no server, with a typed error', async () => {
    const err: unknown = await connectNatsBus({ servers: 'nats://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(isBusError(err, 'BUS_CONNECT')).toBe(true);
  });

  it('redelivers to another instance the batch of one whose connection died before acking', async () => {
    const doomed = await connect();
    const survivor = await connect();
    await doomed.ensureStreams();
    const { subject, opts } = lane({ ackWaitMs: 500, maxMessages: 5 });
    await publishBodies(
      doomed,
      subject,
      Array.from({ length: 20 }, (_, i) => `m${i}`),
    );

    const lost: Seen[] = [];
    doomed.consume(opts, async (batch) => {
      lost.push(...batch.map(seen));
      void doomed.close(); // the process dies mid-batch: nothing is acked
    });
    await waitFor('the doomed instance took a batch', () => lost.length > 0);

    const got: Seen[] = [];
    survivor.consume({ ...opts, maxMessages: 50 }, async (batch) => {
      for (const m of batch) {
        got.push(seen(m));
        m.ack();
      }
    });
    await waitFor('all 20 handled by the survivor', () => new Set(got.map((s) => s.body)).size === 20);
    for (const l of lost) {
      const again = got.find((s) => s.seq === l.seq);
      expect(again?.deliveryCount).toBeGreaterThanOrEqual(2);
    }
    await waitFor('nothing pending', async () => (await survivor.pending(opts.stream, opts.durable)) === 0);
  });

  it('keeps publishing and consuming across a server restart', async () => {
    const bus = await connect();
    await bus.ensureStreams();
    const { subject, opts } = lane({ ackWaitMs: 2_000 });
    const got = new Set<string>();
    bus.consume(opts, async (batch) => {
      for (const m of batch) {
        got.add(new TextDecoder().decode(m.data));
        m.ack();
      }
    });
    await bus.publish(subject, enc('before'));
    await waitFor('before', () => got.has('before'));
    await nats.server.restart();
    await waitFor('publish after restart', () =>
      bus.publish(subject, enc('after'), { msgId: `${subject}-after` }).then(
        () => true,
        () => false,
      ),
    );
    await waitFor('after', () => got.has('after'), 60_000);
    expect((await bus.health()).ok).toBe(true);
  });
});
