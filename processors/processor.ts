/**
 * The processor stage: pull a bounded batch of raw posts, tag them, write them to the store in one
 * insert, publish the tagged posts, and only then acknowledge. A failure before the write leaves
 * the batch for redelivery; writes are idempotent by post id, so redelivery is harmless.
 */
import type { Bus, BusMessage, ConsumeOptions, Subscription } from '../core/bus/types.js';
import { STREAMS, subjects } from '../core/bus/subjects.js';
import type { Store } from '../core/store/types.js';
import type { Metrics } from '../core/metrics.js';
import type { Logger } from '../core/log.js';
import { toRow } from '../core/contracts/row.js';
import type { Post } from '../core/contracts/post.js';
import type { TaggedPost } from '../core/contracts/tagged.js';
import { publishDeadLetters, type DeadLetter } from '../core/dead-letter.js';
import { TaggerFailedError, type TaggerChain } from './chain.js';
import { decodePost } from './decode.js';

export interface ProcessorOptions {
  readonly bus: Bus;
  readonly store: Store;
  readonly chain: TaggerChain;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly batchMax: number;
  readonly batchWaitMs: number;
  readonly ackWaitMs: number;
  readonly maxDeliver: number;
  /**
   * Batches in flight at once in this process: while one waits for its insert (which runs off the
   * event loop), the next is decoded and tagged. The in-flight bound is concurrency x batchMax.
   */
  readonly concurrency?: number;
  /** Durable consumer name shared by every processor instance. */
  readonly durable?: string;
}

export interface Processor {
  start(): void;
  /** Stops pulling; resolves once the batch in hand is written and acknowledged. */
  stop(): Promise<void>;
}

interface Tagged {
  readonly msg: BusMessage;
  readonly post: TaggedPost;
}

const encoder = new TextEncoder();
const STAGE = 'processor';
/** With the 30 s backoff cap, days of outage before the bus would stop redelivering. */
const BUS_MAX_DELIVER = 10_000;

export function createProcessor(opts: ProcessorOptions): Processor {
  let subscriptions: Subscription[] = [];
  const consume: ConsumeOptions = {
    stream: STREAMS.raw.name,
    durable: opts.durable ?? 'processors',
    filterSubject: 'posts.raw.>',
    maxMessages: opts.batchMax,
    maxWaitMs: opts.batchWaitMs,
    ackWaitMs: opts.ackWaitMs,
    // The bus must never give up on its own: an outage would then lose posts. The processor
    // dead-letters data errors itself at `maxDeliver`; outages are retried with capped backoff.
    maxDeliver: BUS_MAX_DELIVER,
  };
  return {
    start() {
      if (subscriptions.length > 0) return;
      for (let i = 0; i < (opts.concurrency ?? 1); i++) subscriptions.push(opts.bus.consume(consume, (batch) => handleBatch(opts, batch)));
    },
    async stop() {
      await Promise.all(subscriptions.map((s) => s.stop()));
      subscriptions = [];
    },
  };
}

async function handleBatch(opts: ProcessorOptions, batch: readonly BusMessage[]): Promise<void> {
  const timer = opts.metrics.batchLatency.startTimer({ stage: STAGE });
  opts.metrics.batchSize.observe({ stage: STAGE }, batch.length);
  const redelivered = batch.filter((m) => m.deliveryCount > 1).length;
  if (redelivered > 0) opts.metrics.redelivered.inc({ stage: STAGE }, redelivered);
  const { tagged, letters } = tagBatch(opts, batch);
  try {
    const rejected = await storeTagged(opts, tagged, batch);
    letters.push(...rejected.letters);
    await publishDeadLetters(opts.bus, letters);
    await publishTagged(opts.bus, rejected.stored);
  } catch (err) {
    opts.metrics.failed.inc({ stage: STAGE });
    opts.logger.warn({ module: STAGE, err, size: batch.length }, 'batch failed; leaving it for redelivery');
    for (const msg of batch) msg.nak(backoffMs(msg.deliveryCount));
    return;
  }
  for (const letter of letters) opts.metrics.deadLettered.inc({ stage: STAGE, code: letter.code });
  for (const { post } of tagged) opts.metrics.processed.inc({ platform: post.platform });
  for (const msg of batch) msg.ack();
  timer();
}

function tagBatch(opts: ProcessorOptions, batch: readonly BusMessage[]): { tagged: Tagged[]; letters: DeadLetter[] } {
  const decodedMsgs: BusMessage[] = [];
  const posts: Post[] = [];
  const letters: DeadLetter[] = [];
  for (const msg of batch) {
    const decoded = decodePost(msg.data);
    if (decoded.ok) {
      decodedMsgs.push(msg);
      posts.push(decoded.post);
    } else {
      letters.push(letterFor(msg, decoded.code, decoded.reason));
    }
  }
  const tagged: Tagged[] = [];
  const results = opts.chain.tagMany(posts, new Date());
  results.forEach((result, i) => {
    const msg = decodedMsgs[i] as BusMessage;
    if (result instanceof TaggerFailedError) letters.push(letterFor(msg, 'TAGGER_FAILED', result.message));
    else tagged.push({ msg, post: result });
  });
  return { tagged, letters };
}

/**
 * One insert for the batch. If the store rejects it (a data error, not an outage) on a message's
 * last delivery, rows are written one by one so a single poison row is dead-lettered instead of
 * holding back the rest forever.
 */
async function storeTagged(
  opts: ProcessorOptions,
  tagged: readonly Tagged[],
  batch: readonly BusMessage[],
): Promise<{ stored: Tagged[]; letters: DeadLetter[] }> {
  if (tagged.length === 0) return { stored: [], letters: [] };
  try {
    await opts.store.insert(
      'posts',
      tagged.map((t) => toRow(t.post)),
    );
    return { stored: [...tagged], letters: [] };
  } catch (err) {
    const lastChance = batch.some((m) => m.deliveryCount >= opts.maxDeliver - 1);
    if (!lastChance || !isDataError(err)) throw err;
    return insertOneByOne(opts, tagged);
  }
}

async function insertOneByOne(opts: ProcessorOptions, tagged: readonly Tagged[]): Promise<{ stored: Tagged[]; letters: DeadLetter[] }> {
  const stored: Tagged[] = [];
  const letters: DeadLetter[] = [];
  for (const t of tagged) {
    try {
      await opts.store.insert('posts', [toRow(t.post)]);
      stored.push(t);
    } catch (err) {
      if (!isDataError(err)) throw err;
      letters.push(letterFor(t.msg, 'STORE_REJECTED', (err as Error).message));
    }
  }
  return { stored, letters };
}

/** The server understood the request and refused the data (it has a ClickHouse error code). */
function isDataError(err: unknown): boolean {
  return typeof (err as { clickhouseCode?: unknown }).clickhouseCode === 'number';
}

async function publishTagged(bus: Bus, tagged: readonly Tagged[]): Promise<void> {
  if (tagged.length === 0) return;
  await bus.publishMany(
    tagged.map(({ post }) => ({
      subject: subjects.tagged(post.platform),
      data: encoder.encode(JSON.stringify(post)),
      msgId: `tagged:${post.id}`,
    })),
  );
}

function letterFor(msg: BusMessage, code: DeadLetter['code'], reason: string): DeadLetter {
  return {
    stage: STAGE,
    origin: msg.subject,
    code,
    reason,
    payload: new TextDecoder().decode(msg.data),
    key: `${STAGE}:${msg.subject}:${msg.seq}`,
  };
}

function backoffMs(deliveryCount: number): number {
  return Math.min(30_000, 250 * 2 ** Math.max(0, deliveryCount - 1));
}
