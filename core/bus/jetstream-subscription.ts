import type { Consumer, JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { MsgHdrs, NatsConnection } from '@nats-io/transport-node';
import { runBatch } from './batch.js';
import { ensureConsumer } from './jetstream-consumer.js';
import { Puller } from './jetstream-puller.js';
import type { BusLogger } from './logger.js';
import { TrackedMessage, type Settler } from './message.js';
import type { BatchHandler, ConsumeOptions, Subscription } from './types.js';

function retryDelayMs(failures: number): number {
  return Math.min(250 * 2 ** Math.min(failures, 5), 5_000);
}

function headersOf(h: MsgHdrs | undefined): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (h) for (const k of h.keys()) out[k] = h.get(k);
  return out;
}

/** Servers before 2.10 ignore a `+TERM` that carries a reason (and then redeliver the message). */
function termTakesReason(nc: NatsConnection): boolean {
  const [major = 0, minor = 0] = (nc.info?.version ?? '0.0').split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 10);
}

export interface NatsContext {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly logger: BusLogger;
}

/**
 * One consuming instance of a durable pull consumer: take one bounded batch, hand it to the handler,
 * and pull again only when the handler has finished (the in-flight bound is the backpressure).
 * Transient failures (reconnects, a consumer deleted under us) are retried with a backoff.
 */
export class NatsSubscription implements Subscription {
  readonly closed: Promise<void>;
  private stopping = false;
  private puller: Puller | undefined;
  private wakeSleep: (() => void) | undefined;
  private readonly log: Readonly<Record<string, unknown>>;
  private readonly settler: JsSettler;

  constructor(
    private readonly ctx: NatsContext,
    private readonly opts: ConsumeOptions,
    private readonly handler: BatchHandler,
  ) {
    this.log = { module: 'bus', stream: opts.stream, durable: opts.durable };
    this.settler = new JsSettler(ctx.logger, this.log);
    this.closed = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abandon();
    this.wakeSleep?.();
    await this.closed;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping && !this.ctx.nc.isClosed()) {
      try {
        if (this.puller === undefined) {
          const consumer = await this.bind();
          // stop() may have run while the consumer was being bound: a puller made now would wait forever.
          if (this.stopping) break;
          this.puller = new Puller(consumer, this.opts.maxMessages, this.opts.maxWaitMs);
        }
        const msgs = await this.puller.next();
        failures = 0;
        this.settler.termWithReason = termTakesReason(this.ctx.nc);
        const batch = msgs.map((m) => new TrackedMessage(m.subject, m.data, m.info.deliveryCount, m.seq, m, this.settler));
        if (batch.length > 0) await runBatch(this.handler, batch, this.ctx.logger, this.log);
      } catch (err) {
        if (this.stopping || this.ctx.nc.isClosed()) break;
        // Re-check the consumer on the next round: it may have been deleted or the server replaced.
        this.abandon();
        failures++;
        this.ctx.logger.warn({ ...this.log, err, failures }, 'consumer fetch failed; retrying');
        await this.sleep(retryDelayMs(failures));
      }
    }
    this.abandon();
  }

  /** Drops the puller; what it buffered goes back to the server for another instance. */
  private abandon(): void {
    for (const m of this.puller?.stop() ?? []) {
      try {
        m.nak();
      } catch {
        // The connection is gone: ack_wait brings the message back anyway.
      }
    }
    this.puller = undefined;
  }

  private async bind(): Promise<Consumer> {
    await ensureConsumer(this.ctx.jsm, this.opts, this.ctx.logger);
    return this.ctx.js.consumers.get(this.opts.stream, this.opts.durable);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeSleep = done;
    }).finally(() => {
      this.wakeSleep = undefined;
    });
  }
}

/** Acks go out fire-and-forget; if the connection is gone the server redelivers after ack_wait. */
class JsSettler implements Settler<JsMsg> {
  termWithReason = false;
  constructor(
    private readonly logger: BusLogger,
    private readonly log: Readonly<Record<string, unknown>>,
  ) {}
  headers(m: JsMsg): Readonly<Record<string, string>> {
    return headersOf(m.headers);
  }
  ack(m: JsMsg): void {
    this.send(m, 'ack', () => m.ack());
  }
  nak(m: JsMsg, delayMs: number | undefined): void {
    this.send(m, 'nak', () => (delayMs ? m.nak(delayMs) : m.nak()));
  }
  term(m: JsMsg, reason: string | undefined): void {
    this.send(m, 'term', () => m.term(this.termWithReason ? reason : undefined));
  }
  private send(m: JsMsg, what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.logger.debug({ ...this.log, err, seq: m.seq }, `${what} not sent`);
    }
  }
}
