/**
 * Bus throughput: 100k ~600-byte messages published with publishMany (each with a msg-id, as posts
 * are) and consumed in batches of 1,000 with an ack per message, on the memory bus and on NATS
 * JetStream (a nats-server started here, file storage). Run: npx tsx bench/bus.ts
 */
import { pathToFileURL } from 'node:url';
import { connectNatsBus } from '../core/bus/jetstream.js';
import { createMemoryBus } from '../core/bus/memory.js';
import type { Bus, ConsumeOptions, OutgoingMessage } from '../core/bus/types.js';
import { startNatsServer } from '../test/support/nats-server.js';
import { printResults, type BenchResult } from './result.js';

const COUNT = Number(process.env['BENCH_BUS_MESSAGES'] ?? 100_000);
const BATCH = 1_000;

function messages(subject: string): OutgoingMessage[] {
  const filler = 'x'.repeat(480);
  const enc = new TextEncoder();
  return Array.from({ length: COUNT }, (_, i) => {
    const id = `x:${subject}:${i}`;
    const body = `{"id":"${id}","platform":"x","source":"bench","text":"${filler}","n":${i}}`;
    return { subject, data: enc.encode(body.padEnd(600, ' ')), msgId: id };
  });
}

function consumeOptions(subject: string): ConsumeOptions {
  return {
    stream: 'POSTS_RAW',
    durable: `bench${Date.now().toString(36)}`,
    filterSubject: subject,
    maxMessages: BATCH,
    maxWaitMs: 50,
    ackWaitMs: 60_000,
    maxDeliver: 5,
  };
}

/** Resolves when `count` messages have been handled and acked. */
function consumeAll(bus: Bus, opts: ConsumeOptions): { done: Promise<void> } {
  let seen = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((r) => (finish = r));
  const sub = bus.consume(opts, async (batch) => {
    for (const m of batch) m.ack();
    seen += batch.length;
    if (seen >= COUNT) finish();
  });
  return { done: done.then(() => sub.stop()) };
}

const perSecond = (n: number, ms: number): number => (n * 1000) / ms;

async function memory(): Promise<BenchResult[]> {
  const bus = createMemoryBus();
  await bus.ensureStreams();
  const subject = 'posts.raw.bench';
  const msgs = messages(subject);
  // The memory bus holds at most 10k un-acked messages, so publishing runs alongside consuming.
  const t0 = performance.now();
  const consumed = consumeAll(bus, consumeOptions(subject));
  await bus.publishMany(msgs);
  const published = performance.now() - t0;
  await consumed.done;
  const total = performance.now() - t0;
  await bus.drain();
  return [
    { name: `memory bus: publishMany ${COUNT} x 600 B (consumer running)`, unit: 'msgs/s', value: perSecond(COUNT, published) },
    { name: `memory bus: publish + consume, batches of ${BATCH} + ack`, unit: 'msgs/s', value: perSecond(COUNT, total) },
  ];
}

async function jetstream(): Promise<BenchResult[]> {
  const server = await startNatsServer();
  try {
    const bus = await connectNatsBus({ servers: server.url, name: 'bench' });
    await bus.ensureStreams();
    const subject = 'posts.raw.bench';
    const msgs = messages(subject);
    const t0 = performance.now();
    await bus.publishMany(msgs);
    const published = performance.now() - t0;
    const t1 = performance.now();
    await consumeAll(bus, consumeOptions(subject)).done;
    const consumed = performance.now() - t1;
    await bus.drain();
    return [
      { name: `JetStream: publishMany ${COUNT} x 600 B, PubAck each`, unit: 'msgs/s', value: perSecond(COUNT, published) },
      { name: `JetStream: consume backlog, batches of ${BATCH} + ack`, unit: 'msgs/s', value: perSecond(COUNT, consumed) },
    ];
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<BenchResult[]> {
  return [...(await memory()), ...(await jetstream())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printResults('bus', await run());
}
