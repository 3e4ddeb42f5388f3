import { createInbox, headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { BusError } from './errors.js';
import { publishError } from './jetstream-errors.js';
import { MSG_ID_HEADER } from './headers.js';
import type { PublishOptions } from './types.js';

interface Waiting {
  readonly subject: string;
  readonly deadline: number;
  resolve(): void;
  reject(err: BusError): void;
}

interface PubAckReply {
  readonly stream?: string;
  readonly error?: { readonly code?: number; readonly err_code?: number; readonly description?: string };
}

const decoder = new TextDecoder();

/**
 * JetStream publishes with their PubAcks collected on one wildcard inbox. The client's per-request
 * path (a timer and a promise chain per message) tops out near 5k msgs/s here; this reaches the
 * server's own limit. Deadlines are swept by one timer, in publish order.
 */
export class PubAckPublisher {
  private readonly prefix: string;
  private readonly waiting = new Map<string, Waiting>();
  private readonly sub: Subscription;
  private readonly sweeper: NodeJS.Timeout;
  private counter = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly nc: NatsConnection,
    private readonly timeoutMs: number,
  ) {
    this.prefix = createInbox();
    this.sub = nc.subscribe(`${this.prefix}.*`, { callback: (err, msg) => (err ? this.failAll(err) : this.onReply(msg)) });
    this.sweeper = setInterval(() => this.sweep(), Math.max(50, Math.min(1_000, timeoutMs / 4)));
    this.sweeper.unref();
  }

  get inFlight(): number {
    return this.waiting.size;
  }

  /** Resolves once no publish is waiting for its PubAck (for drain). */
  idle(): Promise<void> {
    if (this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  publish(subject: string, data: Uint8Array, opts: PublishOptions | undefined): Promise<void> {
    const token = (this.counter++).toString(36);
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(token, { subject, deadline: Date.now() + this.timeoutMs, resolve, reject });
      try {
        this.nc.publish(subject, data, { reply: `${this.prefix}.${token}`, headers: headersFor(opts) });
      } catch (err) {
        this.waiting.delete(token);
        if (this.waiting.size === 0) this.wakeIdle();
        reject(publishError(err, subject));
      }
    });
  }

  /** Rejects what is still waiting (the connection is closing) and stops listening. */
  close(): void {
    clearInterval(this.sweeper);
    this.failAll(new BusError('BUS_CLOSED', 'the bus closed before the PubAck arrived'));
    if (!this.nc.isClosed()) this.sub.unsubscribe();
  }

  private onReply(msg: Msg): void {
    const token = msg.subject.slice(this.prefix.length + 1);
    const w = this.waiting.get(token);
    if (!w) return; // timed out already
    this.waiting.delete(token);
    if (this.waiting.size === 0) this.wakeIdle();
    if (msg.data.length === 0 && msg.headers?.code === 503) {
      w.reject(new BusError('BUS_NO_STREAM', `no stream holds subject ${w.subject}`));
      return;
    }
    const ack = parse(msg.data);
    if (ack?.error) {
      const { code, err_code, description } = ack.error;
      w.reject(
        new BusError('BUS_PUBLISH', `publish to ${w.subject} refused: ${description ?? 'unknown error'}`, { details: { code, err_code } }),
      );
    } else if (!ack?.stream) {
      w.reject(new BusError('BUS_PUBLISH', `publish to ${w.subject}: invalid PubAck`));
    } else {
      w.resolve();
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, w] of this.waiting) {
      if (w.deadline > now) break;
      this.waiting.delete(token);
      w.reject(new BusError('BUS_PUBLISH', `no PubAck for ${w.subject} within ${this.timeoutMs} ms`));
    }
    if (this.waiting.size === 0) this.wakeIdle();
  }

  private failAll(err: unknown): void {
    const e = err instanceof BusError ? err : new BusError('BUS_PUBLISH', 'PubAck subscription failed', { cause: err });
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
    this.wakeIdle();
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function headersFor(opts: PublishOptions | undefined): ReturnType<typeof natsHeaders> | undefined {
  if (opts?.msgId === undefined && !opts?.headers) return undefined;
  const h = natsHeaders();
  if (opts.headers) for (const [k, v] of Object.entries(opts.headers)) h.set(k, v);
  if (opts.msgId !== undefined) h.set(MSG_ID_HEADER, opts.msgId);
  return h;
}

function parse(data: Uint8Array): PubAckReply | undefined {
  try {
    return JSON.parse(decoder.decode(data)) as PubAckReply;
  } catch {
    return undefined;
  }
}
