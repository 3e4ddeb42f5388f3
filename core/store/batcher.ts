/**
 * Collects rows and hands them to `flush` in batches of at most `maxRows`, at the latest
 * `maxDelayMs` after the first row of a batch arrived. One flush runs at a time (rows arriving
 * meanwhile wait for the next), and each `add()` settles with its own batch: resolved once written,
 * rejected with the flush's error, so a caller acks upstream only what is stored.
 */
import { StoreError } from './errors.js';

export interface BatcherOptions<T> {
  readonly maxRows: number;
  readonly maxDelayMs: number;
  readonly flush: (rows: T[]) => Promise<void>;
}

export interface Batcher<T> {
  /** Resolves when the batch holding `row` has been flushed; rejects with that flush's error. */
  add(row: T): Promise<void>;
  /** Flushes everything added so far; rejects with the first failed batch's error. */
  flush(): Promise<void>;
  /** Flushes, then refuses further rows (STORE_CLOSED). */
  close(): Promise<void>;
  /** Rows added and not yet settled. */
  readonly pending: number;
}

interface Entry<T> {
  readonly row: T;
  /** When it was added: the batch holding it is due `maxDelayMs` later. */
  readonly at: number;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export function createBatcher<T>(opts: BatcherOptions<T>): Batcher<T> {
  validate(opts);
  return new BatcherImpl(opts);
}

function validate(opts: Pick<BatcherOptions<unknown>, 'maxRows' | 'maxDelayMs'>): void {
  if (!Number.isInteger(opts.maxRows) || opts.maxRows < 1) {
    throw new StoreError('STORE_INVALID_ARGUMENT', `maxRows must be a positive integer, got ${opts.maxRows}`);
  }
  if (!Number.isFinite(opts.maxDelayMs) || opts.maxDelayMs < 0) {
    throw new StoreError('STORE_INVALID_ARGUMENT', `maxDelayMs must be >= 0, got ${opts.maxDelayMs}`);
  }
}

class BatcherImpl<T> implements Batcher<T> {
  private buffer: Entry<T>[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The running flush loop, if any; it never rejects (errors go to the adders). */
  private running: Promise<void> | undefined;
  /** flush() asked for everything while a flush was running. */
  private forced = false;
  private inFlight = 0;
  private closed = false;
  private readonly failureListeners = new Set<(err: unknown) => void>();

  constructor(private readonly opts: BatcherOptions<T>) {}

  get pending(): number {
    return this.buffer.length + this.inFlight;
  }

  add(row: T): Promise<void> {
    if (this.closed) return Promise.reject(new StoreError('STORE_CLOSED', 'batcher is closed'));
    return new Promise<void>((resolve, reject) => {
      this.buffer.push({ row, at: Date.now(), resolve, reject });
      this.schedule();
    });
  }

  async flush(): Promise<void> {
    let failure: { err: unknown } | undefined;
    const onFailure = (err: unknown): void => {
      failure ??= { err };
    };
    this.failureListeners.add(onFailure);
    try {
      while (this.buffer.length > 0 || this.running) {
        this.start(true);
        await this.running;
      }
    } finally {
      this.failureListeners.delete(onFailure);
    }
    if (failure) throw failure.err;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  /** While a flush runs, the loop itself decides what goes next. */
  private schedule(): void {
    if (this.running || this.buffer.length === 0) return;
    if (this.buffer.length >= this.opts.maxRows) return this.start(false);
    this.timer ??= setTimeout(() => this.start(false), Math.max(0, this.dueAt() - Date.now()));
  }

  private start(forced: boolean): void {
    this.clearTimer();
    if (this.running) {
      this.forced ||= forced;
      return;
    }
    if (this.buffer.length === 0) return;
    this.running = this.loop().finally(() => {
      this.running = undefined;
      this.schedule();
    });
  }

  private async loop(): Promise<void> {
    do {
      this.forced = false;
      await this.write(this.buffer.splice(0, this.opts.maxRows));
    } while (this.buffer.length > 0 && (this.forced || this.buffer.length >= this.opts.maxRows || this.dueAt() <= Date.now()));
  }

  private dueAt(): number {
    return (this.buffer[0]?.at ?? Infinity) + this.opts.maxDelayMs;
  }

  private async write(batch: Entry<T>[]): Promise<void> {
    this.inFlight += batch.length;
    try {
      await this.opts.flush(batch.map((e) => e.row));
      for (const e of batch) e.resolve();
    } catch (err) {
      for (const e of batch) e.reject(err);
      for (const listener of this.failureListeners) listener(err);
    } finally {
      this.inFlight -= batch.length;
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
