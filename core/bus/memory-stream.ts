import { BusError } from './errors.js';
import { MSG_ID_HEADER } from './headers.js';
import { MemoryConsumer, type ConsumerSettings, type MessageLog, type StoredMessage } from './memory-consumer.js';
import { compileSubjectPattern, patternWithin, type SubjectMatcher } from './subject-match.js';
import type { StreamSpec } from './subjects.js';
import type { PublishOptions } from './types.js';

/**
 * One in-process stream. Holds messages until every durable consumer has finished them; publishing
 * waits while `maxPending` messages are held for consumers. A stream with no consumer yet keeps its
 * newest `maxPending` messages and never blocks (nothing could unblock it).
 */
export class MemoryStream implements MessageLog {
  readonly consumers = new Map<string, MemoryConsumer>();
  private readonly messages = new Map<number, StoredMessage>();
  private readonly matchers: readonly SubjectMatcher[];
  /** msg-id -> when its de-duplication window ends; insertion order is expiry order. */
  private readonly seen = new Map<string, number>();
  private nextForget = 0;
  private spaceWaiters: (() => void)[] = [];
  private trimQueued = false;
  private closed = false;
  private bounded = true;
  firstSeq = 1;
  lastSeq = 0;

  constructor(
    readonly spec: StreamSpec,
    private readonly maxPending: number,
  ) {
    this.matchers = spec.subjects.map(compileSubjectPattern);
  }

  owns(subject: string): boolean {
    return this.matchers.some((m) => m(subject));
  }

  covers(filterSubject: string): boolean {
    return this.spec.subjects.some((s) => patternWithin(s, filterSubject));
  }

  get(seq: number): StoredMessage | undefined {
    return this.messages.get(seq);
  }

  get held(): number {
    return this.messages.size;
  }

  /** Publishers are waiting for room: a consumer should not wait for a fuller batch. */
  get full(): boolean {
    return this.bounded && this.consumers.size > 0 && this.messages.size >= this.maxPending;
  }

  /** Waits for room while the stream is full for its consumers (backpressure). */
  async append(subject: string, data: Uint8Array, opts: PublishOptions | undefined): Promise<void> {
    while (!this.tryAppend(subject, data, opts)) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
  }

  /** Appends now, or drops a duplicate; false when there is no room yet. */
  tryAppend(subject: string, data: Uint8Array, opts: PublishOptions | undefined): boolean {
    if (this.closed) throw new BusError('BUS_CLOSED', 'the bus is drained');
    const msgId = opts?.msgId;
    if (msgId !== undefined && this.isDuplicate(msgId)) return true;
    if (this.bounded && this.consumers.size > 0 && this.messages.size >= this.maxPending) {
      // Messages no consumer wants (filtered out) free up without any ack: trim before waiting.
      this.trim();
      if (this.messages.size >= this.maxPending) return false;
    }
    const seq = ++this.lastSeq;
    const headers = msgId === undefined ? { ...opts?.headers } : { ...opts?.headers, [MSG_ID_HEADER]: msgId };
    this.messages.set(seq, { seq, subject, data, headers: Object.freeze(headers) });
    if (msgId !== undefined) this.seen.set(msgId, Date.now() + this.spec.duplicateWindowMs);
    if (this.consumers.size === 0) this.dropOldest();
    for (const c of this.consumers.values()) c.notify();
    return true;
  }

  /**
   * With no consumer, nobody can make room, so publishing never waits: the newest `maxPending`
   * messages are kept for a consumer that may start later, like a JetStream stream's max_msgs.
   */
  private dropOldest(): void {
    while (this.messages.size > this.maxPending) this.messages.delete(this.firstSeq++);
  }

  consumer(durable: string, settings: ConsumerSettings): MemoryConsumer {
    let c = this.consumers.get(durable);
    if (c) c.configure(settings);
    else this.consumers.set(durable, (c = new MemoryConsumer(this, settings)));
    return c;
  }

  /** Batches releases: many acks in one tick cost one trim. */
  consumerProgressed(): void {
    if (this.trimQueued) return;
    this.trimQueued = true;
    queueMicrotask(() => {
      this.trimQueued = false;
      this.trim();
    });
  }

  /** While the bus drains, handlers finishing their batch must not wait on consumers that stopped. */
  unbound(): void {
    this.bounded = false;
    this.wakePublishers();
  }

  close(): void {
    this.closed = true;
    for (const c of this.consumers.values()) c.close();
    this.wakePublishers();
  }

  private trim(): void {
    if (this.consumers.size === 0) return;
    let floor = this.lastSeq;
    for (const c of this.consumers.values()) floor = Math.min(floor, c.floor());
    while (this.firstSeq <= floor) this.messages.delete(this.firstSeq++);
    if (this.messages.size < this.maxPending) this.wakePublishers();
  }

  private wakePublishers(): void {
    const waiters = this.spaceWaiters;
    this.spaceWaiters = [];
    for (const w of waiters) w();
  }

  private isDuplicate(msgId: string): boolean {
    const until = this.seen.get(msgId);
    const now = Date.now();
    if (until === undefined) {
      this.forgetExpired(now);
      return false;
    }
    if (until > now) return true;
    this.seen.delete(msgId); // re-inserted on append, at the end, keeping expiry order
    return false;
  }

  /** At most once a second: ids leave the window in insertion order. */
  private forgetExpired(now: number): void {
    if (now < this.nextForget) return;
    this.nextForget = now + 1_000;
    for (const [id, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(id);
    }
  }
}
