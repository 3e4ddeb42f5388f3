import { setImmediate as nextTurn } from 'node:timers/promises';
import { runBatch } from './batch.js';
import type { BusLogger } from './logger.js';
import type { Delivery, MemoryConsumer } from './memory-consumer.js';
import { TrackedMessage, type Settler } from './message.js';
import type { BatchHandler, ConsumeOptions, Subscription } from './types.js';

/** One consuming instance of a durable: fetch a batch, hand it over, wait for the handler, repeat. */
export class MemorySubscription implements Subscription {
  readonly closed: Promise<void>;
  private stopping = false;
  private wakeFetch: (() => void) | undefined;
  private readonly settler: MemorySettler;

  constructor(
    private readonly consumer: MemoryConsumer,
    private readonly opts: ConsumeOptions,
    private readonly handler: BatchHandler,
    private readonly logger: BusLogger,
  ) {
    this.settler = new MemorySettler(consumer);
    this.closed = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeFetch?.();
    await this.closed;
  }

  private async loop(): Promise<void> {
    const context = { stream: this.opts.stream, durable: this.opts.durable };
    while (!this.stopping && !this.consumer.isClosed) {
      const batch = await this.fetch();
      if (this.stopping) {
        this.consumer.release(batch);
        break;
      }
      if (batch.length > 0)
        await runBatch(
          this.handler,
          batch.map((d) => this.track(d)),
          this.logger,
          context,
        );
      // Always give timers and I/O a turn: a backlog would otherwise be drained in microtasks only.
      await nextTurn();
    }
  }

  /** Up to maxMessages; waits maxWaitMs to fill a started batch, and as long as needed for a first message. */
  private async fetch(): Promise<Delivery[]> {
    const { maxMessages, maxWaitMs } = this.opts;
    const batch = this.consumer.take(maxMessages);
    const deadline = Date.now() + maxWaitMs;
    while (batch.length < maxMessages && !this.stopping) {
      const left = deadline - Date.now();
      if (batch.length > 0 && (left <= 0 || this.consumer.streamFull)) break;
      const wait = this.consumer.waitForWork(batch.length > 0 ? left : undefined);
      this.wakeFetch = wait.wake;
      await wait.done;
      this.wakeFetch = undefined;
      if (this.stopping) break;
      for (const d of this.consumer.take(maxMessages - batch.length)) batch.push(d);
    }
    return batch;
  }

  private track(d: Delivery): TrackedMessage<Delivery> {
    return new TrackedMessage(d.msg.subject, d.msg.data, d.deliveryCount, d.msg.seq, d, this.settler);
  }
}

/** Settles memory deliveries on their durable consumer. */
class MemorySettler implements Settler<Delivery> {
  constructor(private readonly consumer: MemoryConsumer) {}
  headers(d: Delivery): Readonly<Record<string, string>> {
    return d.msg.headers;
  }
  ack(d: Delivery): void {
    this.consumer.ack(d.msg.seq);
  }
  nak(d: Delivery, delayMs: number | undefined): void {
    this.consumer.nak(d.msg.seq, d.deliveryCount, delayMs);
  }
  term(d: Delivery): void {
    this.consumer.ack(d.msg.seq);
  }
}
