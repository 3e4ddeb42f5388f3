import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { validateConsumeOptions } from './consume-options.js';
import { BusError } from './errors.js';
import { isNotFound } from './jetstream-errors.js';
import { PubAckPublisher } from './jetstream-publisher.js';
import { ensureStream } from './jetstream-streams.js';
import { logStatus } from './jetstream-status.js';
import { NatsSubscription } from './jetstream-subscription.js';
import { silentLogger, type BusLogger } from './logger.js';
import { pipeline } from './pipeline.js';
import { STREAMS } from './subjects.js';
import type { BatchHandler, Bus, BusHealth, ConsumeOptions, OutgoingMessage, PublishOptions, Subscription } from './types.js';

export interface NatsBusOptions {
  readonly servers: string | string[];
  /** Connection name shown by the server's monitoring. */
  readonly name?: string;
  readonly user?: string;
  readonly pass?: string;
  readonly token?: string;
  /** Replicas per stream (1 for a single server, 3 for a cluster). */
  readonly streamReplicas?: number;
  /** Publishes awaiting their PubAck at once in `publishMany` (default 2,000). */
  readonly maxPendingPublishes?: number;
  /** JetStream API and PubAck timeout (default 5,000 ms). */
  readonly timeoutMs?: number;
  readonly logger?: BusLogger;
}

/** A JetStream bus; `close()` drops the connection at once (no drain): for tests and fatal paths. */
export interface NatsBus extends Bus {
  readonly kind: 'nats';
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 2_000;

/** True when `p` settled within `ms` (its failure counts as settled: the connection is closing anyway). */
async function withTimeout(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      p.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function connectNatsBus(opts: NatsBusOptions): Promise<NatsBus> {
  const logger = opts.logger ?? silentLogger;
  const timeout = opts.timeoutMs ?? 5_000;
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: opts.servers,
      name: opts.name,
      user: opts.user,
      pass: opts.pass,
      token: opts.token,
      timeout,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
    });
  } catch (err) {
    throw new BusError('BUS_CONNECT', `could not connect to NATS at ${String(opts.servers)}`, { cause: err });
  }
  try {
    const jsm = await jetstreamManager(nc, { timeout });
    const probe = await jetstreamManager(nc, { timeout: HEALTH_TIMEOUT_MS, checkAPI: false });
    void logStatus(nc, logger).catch(() => undefined);
    logger.info({ module: 'bus', server: nc.getServer() }, 'nats connected');
    return new JetStreamBus(nc, jetstream(nc, { timeout }), jsm, probe, opts, logger);
  } catch (err) {
    await nc.close().catch(() => undefined);
    throw new BusError('BUS_CONNECT', 'connected to NATS but JetStream is not available', { cause: err });
  }
}

class JetStreamBus implements NatsBus {
  readonly kind = 'nats' as const;
  private readonly subscriptions = new Set<NatsSubscription>();
  private state: 'open' | 'draining' | 'closed' = 'open';
  private drained: Promise<void> | undefined;
  private readonly publisher: PubAckPublisher;

  constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    /** A manager with a short timeout, for health checks. */
    private readonly probe: JetStreamManager,
    private readonly opts: NatsBusOptions,
    private readonly logger: BusLogger,
  ) {
    this.publisher = new PubAckPublisher(nc, opts.timeoutMs ?? 5_000);
  }

  async ensureStreams(): Promise<void> {
    this.assertState('open');
    for (const spec of Object.values(STREAMS)) {
      await ensureStream(this.jsm, spec, this.opts.streamReplicas ?? 1, this.logger);
    }
  }

  async publish(subject: string, data: Uint8Array, opts?: PublishOptions): Promise<void> {
    this.assertState('draining');
    return this.publisher.publish(subject, data, opts);
  }

  async publishMany(messages: readonly OutgoingMessage[]): Promise<void> {
    const limit = this.opts.maxPendingPublishes ?? 2_000;
    const result = await pipeline(messages, limit, (m) => this.publish(m.subject, m.data, m));
    const first = result.failures[0];
    if (!first) return;
    throw new BusError('BUS_PUBLISH', `publishMany: ${result.failures.length} of ${messages.length} messages failed`, {
      cause: first.error,
      details: { published: result.succeeded, failed: messages.length - result.succeeded, firstFailedIndex: first.index },
    });
  }

  consume(opts: ConsumeOptions, handler: BatchHandler): Subscription {
    this.assertState('open');
    validateConsumeOptions(opts);
    const sub = new NatsSubscription({ nc: this.nc, js: this.js, jsm: this.jsm, logger: this.logger }, opts, handler);
    this.subscriptions.add(sub);
    void sub.closed.then(() => this.subscriptions.delete(sub));
    return sub;
  }

  async pending(stream: string, durable: string): Promise<number> {
    try {
      const info = await this.jsm.consumers.info(stream, durable);
      return info.num_pending + info.num_ack_pending;
    } catch (err) {
      if (isNotFound(err)) return 0;
      throw new BusError('BUS_CONSUMER', `could not read consumer ${stream}/${durable}`, { cause: err });
    }
  }

  async health(): Promise<BusHealth> {
    if (this.nc.isClosed()) return { ok: false, detail: 'nats connection closed' };
    try {
      const info = await this.probe.getAccountInfo();
      return { ok: true, detail: `nats ${this.nc.getServer()}, jetstream ok, ${info.streams} streams` };
    } catch (err) {
      return { ok: false, detail: `nats ${this.nc.getServer()}: jetstream unreachable (${(err as Error).message})` };
    }
  }

  drain(): Promise<void> {
    this.drained ??= this.drainOnce();
    return this.drained;
  }

  async close(): Promise<void> {
    this.state = 'closed';
    this.publisher.close();
    await this.nc.close();
    await Promise.all([...this.subscriptions].map((s) => s.closed));
  }

  private async drainOnce(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'draining';
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    // PubAcks still in flight arrive or time out (timeoutMs), so this wait is bounded.
    await this.publisher.idle();
    this.state = 'closed';
    this.publisher.close();
    if (this.nc.isClosed()) return;
    // drain() waits on the server; if it is unreachable, close instead of hanging shutdown.
    const drained = await withTimeout(this.nc.drain(), this.opts.timeoutMs ?? 5_000);
    if (!drained) await this.nc.close();
  }

  private assertState(allowed: 'open' | 'draining'): void {
    if (this.state === 'open' || (allowed === 'draining' && this.state === 'draining')) return;
    throw new BusError('BUS_CLOSED', `the bus is ${this.state}`);
  }
}
