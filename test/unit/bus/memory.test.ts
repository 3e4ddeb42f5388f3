import { describe, expect, it, onTestFinished } from 'vitest';
import { createMemoryBus, isBusError, type Bus, type BusMessage, type ConsumeOptions } from '../../../core/bus/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const settle = async (turns = 30): Promise<void> => {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
};
async function waitFor(what: string, cond: () => boolean | Promise<boolean>): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function gate(): { opened: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

async function bus(maxPendingPerStream: number): Promise<Bus> {
  const b = createMemoryBus({ maxPendingPerStream });
  onTestFinished(() => b.drain());
  await b.ensureStreams();
  return b;
}

const opts = (durable: string, filterSubject?: string): ConsumeOptions => ({
  stream: 'POSTS_RAW',
  durable,
  filterSubject,
  maxMessages: 10,
  maxWaitMs: 10,
  ackWaitMs: 30_000,
  maxDeliver: 5,
});

describe('memory bus: backpressure and release', () => {
  it('publish waits while the stream is full for its consumers, and proceeds once they ack', async () => {
    const b = await bus(5);
    const release = gate();
    const got: string[] = [];
    b.consume(opts('d'), async (batch) => {
      await release.opened;
      for (const m of batch) {
        got.push(new TextDecoder().decode(m.data));
        m.ack();
      }
    });
    for (let i = 0; i < 5; i++) await b.publish('posts.raw.x', enc(`m${i}`));
    let accepted = false;
    const sixth = b.publish('posts.raw.x', enc('m5')).then(() => (accepted = true));
    await settle();
    expect(accepted).toBe(false);
    release.open();
    await sixth;
    await waitFor('all six', () => got.length === 6);
    expect(got).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('streams far more messages than the bound through an acking consumer', async () => {
    const b = await bus(8);
    let count = 0;
    b.consume(opts('d'), async (batch) => {
      for (const m of batch) m.ack();
      count += batch.length;
    });
    await b.publishMany(Array.from({ length: 500 }, (_, i) => ({ subject: 'posts.raw.x', data: enc(`m${i}`) })));
    await waitFor('500 consumed', () => count === 500);
    expect(await b.pending('POSTS_RAW', 'd')).toBe(0);
  });

  it('holds a message until every durable consumer has acked it', async () => {
    const b = await bus(3);
    b.consume(opts('fast'), async (batch) => batch.forEach((m) => m.ack()));
    const held: BusMessage[] = [];
    b.consume(opts('slow'), async (batch) => {
      held.push(...batch); // acked later, by the test
    });
    for (let i = 0; i < 3; i++) await b.publish('posts.raw.x', enc(`m${i}`));
    await waitFor('slow has all three', () => held.length === 3);
    await waitFor('fast acked all', async () => (await b.pending('POSTS_RAW', 'fast')) === 0);
    let accepted = false;
    const fourth = b.publish('posts.raw.x', enc('m3')).then(() => (accepted = true));
    await settle();
    expect(accepted).toBe(false);
    held[0]?.ack();
    await fourth;
  });

  it('does not hold messages a consumer filters out', async () => {
    const b = await bus(4);
    b.consume(opts('only-x', 'posts.raw.x'), async (batch) => batch.forEach((m) => m.ack()));
    // None of these match the only consumer's filter: they must not fill the stream.
    await b.publishMany(Array.from({ length: 40 }, (_, i) => ({ subject: 'posts.raw.y', data: enc(`y${i}`) })));
    expect(await b.pending('POSTS_RAW', 'only-x')).toBe(0);
  });

  it('with no consumer yet, never blocks and keeps the newest messages up to the bound', async () => {
    const b = await bus(5);
    for (let i = 0; i < 8; i++) await b.publish('posts.raw.x', enc(`m${i}`));
    const got: string[] = [];
    b.consume(opts('late'), async (batch) => {
      for (const m of batch) {
        got.push(new TextDecoder().decode(m.data));
        m.ack();
      }
    });
    await waitFor('five', () => got.length === 5);
    expect(got).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
  });
});

describe('memory bus: errors', () => {
  it('needs ensureStreams before publish or consume', async () => {
    const b = createMemoryBus();
    onTestFinished(() => b.drain());
    await expect(b.publish('posts.raw.x', enc('x'))).rejects.toSatisfy((e) => isBusError(e, 'BUS_NO_STREAM'));
    expect(() => b.consume(opts('d'), async () => undefined)).toThrow(expect.objectContaining({ code: 'BUS_NO_STREAM' }));
  });

  it('rejects invalid options', async () => {
    expect(() => createMemoryBus({ maxPendingPerStream: 0 })).toThrow(expect.objectContaining({ code: 'BUS_OPTIONS' }));
    const b = await bus(10);
    const bad: ConsumeOptions[] = [
      { ...opts('d'), maxMessages: 0 },
      { ...opts('d'), maxWaitMs: 30_000 },
      { ...opts('bad.name') },
      { ...opts('d'), maxDeliver: 0 },
    ];
    for (const o of bad) expect(() => b.consume(o, async () => undefined)).toThrow(expect.objectContaining({ code: 'BUS_OPTIONS' }));
    expect(() => b.consume(opts('d', 'posts.tagged.x'), async () => undefined)).toThrow(expect.objectContaining({ code: 'BUS_CONSUMER' }));
  });
});
