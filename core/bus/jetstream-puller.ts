import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';

/** The client refuses fetch expiries under a second. */
const MIN_EXPIRES_MS = 1_000;

/**
 * Keeps at most one pull request open and buffers what it delivers, so a partial batch can be handed
 * over after maxWaitMs without abandoning the request: abandoned requests make nats-server 2.9
 * misreport delivery counts, and what they deliver would sit unacked until ack_wait. A new pull asks
 * only for the room left (maxMessages - buffered), and is issued only between batches, so buffered +
 * in the handler + still coming never exceeds maxMessages.
 */
export class Puller {
  private buffer: JsMsg[] = [];
  private active: ConsumerMessages | undefined;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly consumer: Consumer,
    private readonly maxMessages: number,
    private readonly maxWaitMs: number,
  ) {}

  /** The next batch: full, or what arrived within maxWaitMs of the first wait; never empty. */
  async next(): Promise<JsMsg[]> {
    const began = Date.now();
    while (!this.stopped) {
      if (this.failure !== undefined && this.buffer.length === 0) {
        const err = this.failure;
        this.failure = undefined;
        throw err;
      }
      if (!this.active && this.buffer.length < this.maxMessages) await this.pull();
      const left = began + this.maxWaitMs - Date.now();
      if (this.buffer.length >= this.maxMessages || (this.buffer.length > 0 && left <= 0)) return this.take();
      await this.idle(this.buffer.length > 0 ? left : undefined);
    }
    return [];
  }

  /** Stops pulling; returns the messages delivered but never handed over. */
  stop(): JsMsg[] {
    this.stopped = true;
    this.active?.stop();
    this.wake?.();
    return this.take();
  }

  private take(): JsMsg[] {
    return this.buffer.splice(0, this.maxMessages);
  }

  private async pull(): Promise<void> {
    const iter = await this.consumer.fetch({
      max_messages: this.maxMessages - this.buffer.length,
      expires: Math.max(MIN_EXPIRES_MS, this.maxWaitMs),
    });
    if (this.stopped) return void iter.stop();
    this.active = iter;
    void this.collect(iter);
  }

  private async collect(iter: ConsumerMessages): Promise<void> {
    try {
      for await (const m of iter) {
        this.buffer.push(m);
        this.wake?.();
      }
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error('pull request failed', { cause: err });
    } finally {
      this.active = undefined;
      this.wake?.();
    }
  }

  /** Until a message arrives, the pull ends, stop(), or `ms` pass. */
  private idle(ms: number | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      if (ms !== undefined) timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
