/**
 * The message bus, as the stages see it. Two implementations share these semantics: NATS JetStream
 * (distributed) and an in-process bus (embedded default).
 *
 * Semantics every implementation keeps:
 * - `publish` resolves only once the bus has accepted the message (JetStream: the PubAck, i.e. the
 *   message is in the stream); a message with a `msgId` seen within the duplicate window is accepted
 *   once and silently de-duplicated.
 * - Consumers are durable and shared: N consumers with the same `durable` name split the messages.
 * - A delivered message stays pending until `ack()`; `nak()` or a missed ack deadline redelivers it
 *   with `deliveryCount` + 1. Handlers ack only after the message's effects are durably stored.
 * - At most `maxMessages` messages are in flight per consumer instance (backpressure).
 */
export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 on first delivery. */
  readonly deliveryCount: number;
  /** Stream sequence: a stable id for the message within its stream. */
  readonly seq: number;
  ack(): void;
  /** Redeliver, after `delayMs` when given. */
  nak(delayMs?: number): void;
  /** Never redeliver (the handler has dead-lettered it). */
  term(reason?: string): void;
}

export interface PublishOptions {
  /** De-duplication key (the post id for posts). */
  readonly msgId?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface OutgoingMessage extends PublishOptions {
  readonly subject: string;
  readonly data: Uint8Array;
}

export interface ConsumeOptions {
  /** Stream to read, one of STREAMS' names. */
  readonly stream: string;
  /** Durable consumer name: instances sharing it share the work. */
  readonly durable: string;
  readonly filterSubject?: string;
  /** Largest batch handed to the handler, and the in-flight bound. */
  readonly maxMessages: number;
  /** How long to wait to fill a batch before handing over what there is. */
  readonly maxWaitMs: number;
  /** Redeliver a message not acked within this time. */
  readonly ackWaitMs: number;
  /** Deliveries after which the bus stops redelivering (the handler dead-letters before that). */
  readonly maxDeliver: number;
}

export type BatchHandler = (batch: readonly BusMessage[]) => Promise<void>;

export interface Subscription {
  /** Stop fetching; resolves once the batch being handled has finished. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends (stopped or failed). */
  readonly closed: Promise<void>;
}

export interface BusHealth {
  readonly ok: boolean;
  readonly detail: string;
}

export interface Bus {
  readonly kind: 'memory' | 'nats';
  /** Creates or updates the streams in STREAMS; idempotent. */
  ensureStreams(): Promise<void>;
  publish(subject: string, data: Uint8Array, opts?: PublishOptions): Promise<void>;
  /** Publishes many messages with pipelined acknowledgements; resolves when all are accepted. */
  publishMany(messages: readonly OutgoingMessage[]): Promise<void>;
  consume(opts: ConsumeOptions, handler: BatchHandler): Subscription;
  /** Messages in a stream not yet acked by a durable consumer (for readiness and tests). */
  pending(stream: string, durable: string): Promise<number>;
  health(): Promise<BusHealth>;
  /** Stop consumers, let in-flight work finish, flush publishes, then close. */
  drain(): Promise<void>;
}
