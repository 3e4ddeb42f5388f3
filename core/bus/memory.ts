import { validateConsumeOptions } from './consume-options.js';
import { BusError } from './errors.js';
import { silentLogger, type BusLogger } from './logger.js';
import { MemoryStream } from './memory-stream.js';
import { MemorySubscription } from './memory-subscription.js';
import { STREAMS } from './subjects.js';
import type { BatchHandler, Bus, BusHealth, ConsumeOptions, OutgoingMessage, PublishOptions, Subscription } from './types.js';

export interface MemoryBusOptions {
  /** Messages a stream holds before `publish` waits for consumers to ack (default 10,000). */
  readonly maxPendingPerStream?: number;
  readonly logger?: BusLogger;
}

/** The embedded bus: the same semantics as JetStream, in this process, nothing persisted. */
export function createMemoryBus(opts: MemoryBusOptions = {}): Bus {
  const maxPending = opts.maxPendingPerStream ?? 10_000;
  if (!Number.isInteger(maxPending) || maxPending < 1) {
    throw new BusError('BUS_OPTIONS', `maxPendingPerStream must be a positive integer, got ${maxPending}`);
  }
  return new MemoryBus(maxPending, opts.logger ?? silentLogger);
}

class MemoryBus implements Bus {
  readonly kind = 'memory' as const;
  private readonly streams = new Map<string, MemoryStream>();
  private readonly subscriptions = new Set<MemorySubscription>();
  /** subject -> its stream, so matching runs once per subject. */
  private readonly routes = new Map<string, MemoryStream>();
  /** open -> draining (publishes still allowed, so handlers can finish) -> closed. */
  private state: 'open' | 'draining' | 'closed' = 'open';
  private drained: Promise<void> | undefined;

  constructor(
    private readonly maxPending: number,
    private readonly logger: BusLogger,
  ) {}

  ensureStreams(): Promise<void> {
    this.assertOpen('open');
    for (const spec of Object.values(STREAMS)) {
      if (!this.streams.has(spec.name)) this.streams.set(spec.name, new MemoryStream(spec, this.maxPending));
    }
    return Promise.resolve();
  }

  async publish(subject: string, data: Uint8Array, opts?: PublishOptions): Promise<void> {
    this.assertOpen('draining');
    const stream = this.streamFor(subject);
    if (!stream.tryAppend(subject, data, opts)) await stream.append(subject, data, opts);
  }

  async publishMany(messages: readonly OutgoingMessage[]): Promise<void> {
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] as OutgoingMessage;
      try {
        this.assertOpen('draining');
        const stream = this.streamFor(m.subject);
        // Synchronous while there is room; waits only when the stream is full.
        if (!stream.tryAppend(m.subject, m.data, m)) await stream.append(m.subject, m.data, m);
      } catch (err) {
        throw new BusError('BUS_PUBLISH', `publishMany failed at message ${i} of ${messages.length}`, {
          cause: err,
          details: { published: i, failed: messages.length - i },
        });
      }
    }
  }

  consume(opts: ConsumeOptions, handler: BatchHandler): Subscription {
    this.assertOpen('open');
    validateConsumeOptions(opts);
    const stream = this.streams.get(opts.stream);
    if (!stream) throw new BusError('BUS_NO_STREAM', `no stream ${opts.stream} (call ensureStreams first)`);
    if (opts.filterSubject && !stream.covers(opts.filterSubject)) {
      throw new BusError('BUS_CONSUMER', `filter ${opts.filterSubject} is outside stream ${opts.stream}`);
    }
    const consumer = stream.consumer(opts.durable, {
      filterSubject: opts.filterSubject,
      ackWaitMs: opts.ackWaitMs,
      maxDeliver: opts.maxDeliver,
    });
    const sub = new MemorySubscription(consumer, opts, handler, this.logger);
    this.subscriptions.add(sub);
    void sub.closed.then(() => this.subscriptions.delete(sub));
    return sub;
  }

  pending(stream: string, durable: string): Promise<number> {
    return Promise.resolve(this.streams.get(stream)?.consumers.get(durable)?.pending() ?? 0);
  }

  health(): Promise<BusHealth> {
    return Promise.resolve(
      this.state !== 'open'
        ? { ok: false, detail: 'memory bus drained' }
        : { ok: true, detail: `memory bus, ${this.streams.size} streams` },
    );
  }

  drain(): Promise<void> {
    this.drained ??= this.drainOnce();
    return this.drained;
  }

  private async drainOnce(): Promise<void> {
    this.state = 'draining';
    for (const s of this.streams.values()) s.unbound();
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.state = 'closed';
    for (const s of this.streams.values()) s.close();
  }

  private streamFor(subject: string): MemoryStream {
    const cached = this.routes.get(subject);
    if (cached) return cached;
    for (const s of this.streams.values()) {
      if (!s.owns(subject)) continue;
      // Subjects are few in practice (platforms, tenants x teams); the cap guards against abuse.
      if (this.routes.size >= 10_000) this.routes.clear();
      this.routes.set(subject, s);
      return s;
    }
    throw new BusError('BUS_NO_STREAM', `no stream holds subject ${subject}`);
  }

  /** `draining` accepts open and draining; `open` accepts only open. */
  private assertOpen(allowed: 'open' | 'draining'): void {
    if (this.state === 'open' || (allowed === 'draining' && this.state === 'draining')) return;
    throw new BusError('BUS_CLOSED', `the bus is ${this.state}`);
  }
}
