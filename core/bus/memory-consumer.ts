import { compileSubjectPattern, type SubjectMatcher } from './subject-match.js';

/** A message as the memory bus stores it. */
export interface StoredMessage {
  readonly seq: number;
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** The stream as a consumer sees it. */
export interface MessageLog {
  get(seq: number): StoredMessage | undefined;
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** No room for more messages until consumers finish some. */
  readonly full: boolean;
  /** A consumer finished messages: the stream may release some. */
  consumerProgressed(): void;
}

export interface ConsumerSettings {
  readonly filterSubject: string | undefined;
  readonly ackWaitMs: number;
  /** <= 0: unlimited. */
  readonly maxDeliver: number;
}

export interface Delivery {
  readonly msg: StoredMessage;
  readonly deliveryCount: number;
}

type State = 'inflight' | 'ready' | 'delayed';
interface Outstanding {
  dc: number;
  state: State;
}

export interface WorkWait {
  readonly done: Promise<void>;
  readonly wake: () => void;
}

const matchAll: SubjectMatcher = () => true;

/**
 * A durable consumer's state, shared by every subscription with its name. Delivered messages stay
 * outstanding until acked or termed; a nak or a missed deadline puts them back in the ready queue
 * (redeliveries go before new messages, as on JetStream).
 */
export class MemoryConsumer {
  private settings: ConsumerSettings;
  private matches: SubjectMatcher;
  /** Next stream sequence never delivered to this consumer. */
  private cursor: number;
  private readonly outstanding = new Map<number, Outstanding>();
  /** seq -> ack deadline, in delivery order (so deadlines ascend while ackWait is unchanged). */
  private readonly inflight = new Map<number, number>();
  private ready: number[] = [];
  private readyHead = 0;
  private delayed: { seq: number; at: number }[] = [];
  private readonly waiters = new Set<() => void>();
  private ackTimer: NodeJS.Timeout | undefined;
  private delayTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly log: MessageLog,
    settings: ConsumerSettings,
  ) {
    this.settings = settings;
    this.matches = settings.filterSubject ? compileSubjectPattern(settings.filterSubject) : matchAll;
    this.cursor = log.firstSeq;
  }

  configure(settings: ConsumerSettings): void {
    if (settings.filterSubject !== this.settings.filterSubject) {
      this.matches = settings.filterSubject ? compileSubjectPattern(settings.filterSubject) : matchAll;
    }
    this.settings = settings;
  }

  /** Takes up to `max` messages: redeliveries first, then new ones. */
  take(max: number): Delivery[] {
    const out: Delivery[] = [];
    const deadline = Date.now() + this.settings.ackWaitMs;
    while (out.length < max && this.readyHead < this.ready.length) {
      const seq = this.ready[this.readyHead++] as number;
      const o = this.outstanding.get(seq);
      const msg = this.log.get(seq);
      if (!o || o.state !== 'ready' || !msg) continue;
      o.dc++;
      o.state = 'inflight';
      this.inflight.set(seq, deadline);
      out.push({ msg, deliveryCount: o.dc });
    }
    this.compactReady();
    while (out.length < max && this.skipUnmatched()) {
      const msg = this.log.get(this.cursor++) as StoredMessage;
      this.outstanding.set(msg.seq, { dc: 1, state: 'inflight' });
      this.inflight.set(msg.seq, deadline);
      out.push({ msg, deliveryCount: 1 });
    }
    if (out.length > 0) this.armAckTimer();
    return out;
  }

  /** Returns deliveries that never reached a handler, as if they had not been delivered. */
  release(deliveries: readonly Delivery[]): void {
    const seqs: number[] = [];
    for (const d of deliveries) {
      const o = this.outstanding.get(d.msg.seq);
      if (!o || o.state !== 'inflight' || o.dc !== d.deliveryCount) continue;
      this.inflight.delete(d.msg.seq);
      o.dc--;
      o.state = 'ready';
      seqs.push(d.msg.seq);
    }
    this.ready.splice(this.readyHead, 0, ...seqs);
    if (seqs.length > 0) this.notify();
  }

  ack(seq: number): void {
    if (!this.outstanding.delete(seq)) return;
    this.inflight.delete(seq);
    this.log.consumerProgressed();
  }

  nak(seq: number, deliveryCount: number, delayMs: number | undefined): void {
    const o = this.outstanding.get(seq);
    // A nak from an older delivery (the message already timed out and went elsewhere) is stale.
    if (!o || o.state !== 'inflight' || o.dc !== deliveryCount) return;
    this.inflight.delete(seq);
    this.retry(seq, o, delayMs ?? 0);
  }

  /** Not yet delivered (matching the filter) + delivered and not yet acked. */
  pending(): number {
    let n = this.outstanding.size;
    for (let seq = Math.max(this.cursor, this.log.firstSeq); seq <= this.log.lastSeq; seq++) {
      const msg = this.log.get(seq);
      if (msg && this.matches(msg.subject)) n++;
    }
    return n;
  }

  /** Every sequence up to this one is finished for this consumer. */
  floor(): number {
    this.skipUnmatched();
    let min = this.cursor;
    for (const seq of this.outstanding.keys()) if (seq < min) min = seq;
    return min - 1;
  }

  /** The stream cannot grow until messages are acked, so a partial batch will not fill by waiting. */
  get streamFull(): boolean {
    return this.log.full;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  hasWork(): boolean {
    return this.readyHead < this.ready.length || this.skipUnmatched();
  }

  /** Resolves when work may be available, after `timeoutMs` when given, or on `wake()`. */
  waitForWork(timeoutMs?: number): WorkWait {
    let wake: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (): void => {
        this.waiters.delete(finish);
        if (timer) clearTimeout(timer);
        resolve();
      };
      wake = finish;
      if (this.closed || this.hasWork()) return finish();
      this.waiters.add(finish);
      if (timeoutMs !== undefined) timer = setTimeout(finish, Math.max(0, timeoutMs));
    });
    return { done, wake };
  }

  notify(): void {
    if (this.waiters.size === 0) return;
    for (const w of [...this.waiters]) w();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.ackTimer);
    clearTimeout(this.delayTimer);
    this.ackTimer = this.delayTimer = undefined;
    this.notify();
  }

  private retry(seq: number, o: Outstanding, delayMs: number): void {
    const limit = this.settings.maxDeliver;
    if (limit > 0 && o.dc >= limit) {
      this.outstanding.delete(seq);
      this.log.consumerProgressed();
      return;
    }
    if (delayMs > 0) {
      o.state = 'delayed';
      this.insertDelayed(seq, Date.now() + delayMs);
      return;
    }
    o.state = 'ready';
    this.ready.push(seq);
    this.notify();
  }

  /** Moves the cursor past messages the filter ignores; true when a deliverable message is next. */
  private skipUnmatched(): boolean {
    if (this.cursor < this.log.firstSeq) this.cursor = this.log.firstSeq;
    while (this.cursor <= this.log.lastSeq) {
      const msg = this.log.get(this.cursor);
      if (msg && this.matches(msg.subject)) return true;
      this.cursor++;
    }
    return false;
  }

  private compactReady(): void {
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  private armAckTimer(): void {
    if (this.ackTimer || this.closed) return;
    const first = this.inflight.values().next();
    if (first.done) return;
    this.ackTimer = setTimeout(() => this.expire(), Math.max(0, first.value - Date.now()));
    this.ackTimer.unref();
  }

  private expire(): void {
    this.ackTimer = undefined;
    const now = Date.now();
    for (const [seq, deadline] of this.inflight) {
      if (deadline > now) break;
      this.inflight.delete(seq);
      const o = this.outstanding.get(seq);
      if (o) this.retry(seq, o, 0);
    }
    this.armAckTimer();
  }

  private insertDelayed(seq: number, at: number): void {
    let i = this.delayed.length;
    while (i > 0 && (this.delayed[i - 1] as { at: number }).at > at) i--;
    this.delayed.splice(i, 0, { seq, at });
    if (i === 0) this.armDelayTimer();
  }

  private armDelayTimer(): void {
    clearTimeout(this.delayTimer);
    this.delayTimer = undefined;
    const first = this.delayed[0];
    if (!first || this.closed) return;
    this.delayTimer = setTimeout(() => this.releaseDelayed(), Math.max(0, first.at - Date.now()));
    this.delayTimer.unref();
  }

  private releaseDelayed(): void {
    const now = Date.now();
    let n = 0;
    while (n < this.delayed.length && (this.delayed[n] as { at: number }).at <= now) n++;
    for (const { seq } of this.delayed.splice(0, n)) {
      const o = this.outstanding.get(seq);
      if (!o || o.state !== 'delayed') continue;
      o.state = 'ready';
      this.ready.push(seq);
    }
    if (n > 0) this.notify();
    this.armDelayTimer();
  }
}
