import type { BusMessage } from './types.js';

/** How a delivered message was settled; `null` while the handler has not decided. */
export type Settlement = 'ack' | 'nak' | 'term' | null;

/**
 * Settles deliveries of one kind (`T` is the implementation's own handle on a delivery). One
 * settler per subscription, rather than closures per message: this is the hot path.
 */
export interface Settler<T> {
  headers(delivery: T): Readonly<Record<string, string>>;
  ack(delivery: T): void;
  nak(delivery: T, delayMs: number | undefined): void;
  term(delivery: T, reason: string | undefined): void;
}

/**
 * A delivered message that remembers whether it was settled, so the batch runner can nak the rest
 * when a handler throws. Settling twice is a no-op, as on JetStream.
 */
export class TrackedMessage<T = unknown> implements BusMessage {
  #settled: Settlement = null;
  #headers: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly subject: string,
    readonly data: Uint8Array,
    readonly deliveryCount: number,
    readonly seq: number,
    private readonly delivery: T,
    private readonly settler: Settler<T>,
  ) {}

  get headers(): Readonly<Record<string, string>> {
    this.#headers ??= this.settler.headers(this.delivery);
    return this.#headers;
  }

  get settled(): Settlement {
    return this.#settled;
  }

  ack(): void {
    if (this.#settled !== null) return;
    this.#settled = 'ack';
    this.settler.ack(this.delivery);
  }

  nak(delayMs?: number): void {
    if (this.#settled !== null) return;
    this.#settled = 'nak';
    this.settler.nak(this.delivery, delayMs);
  }

  term(reason?: string): void {
    if (this.#settled !== null) return;
    this.#settled = 'term';
    this.settler.term(this.delivery, reason);
  }
}
