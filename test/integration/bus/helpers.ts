import type { Bus, BusMessage, ConsumeOptions } from '../../../core/bus/index.js';

let counter = 0;

/** A name no other test (or earlier run against the same server) uses. */
export function uniqueName(prefix: string): string {
  counter++;
  return `${prefix}${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** Polls until `cond` holds; fails with `what` after a generous timeout. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Lets pending callbacks, timers due now and I/O run a few times. */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}

/** A promise the test opens later. */
export function gate(): { readonly opened: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

/** A subject in POSTS_RAW owned by one test, and consume options reading only it. */
export function lane(overrides: Partial<ConsumeOptions> = {}): { subject: string; opts: ConsumeOptions } {
  const subject = `posts.raw.${uniqueName('t')}`;
  return {
    subject,
    opts: {
      stream: 'POSTS_RAW',
      durable: uniqueName('d'),
      filterSubject: subject,
      maxMessages: 10,
      maxWaitMs: 100,
      ackWaitMs: 30_000,
      maxDeliver: 10,
      ...overrides,
    },
  };
}

export interface Seen {
  readonly seq: number;
  readonly body: string;
  readonly deliveryCount: number;
}

export const seen = (m: BusMessage): Seen => ({ seq: m.seq, body: dec(m.data), deliveryCount: m.deliveryCount });

export async function publishBodies(bus: Bus, subject: string, bodies: readonly string[]): Promise<void> {
  await bus.publishMany(bodies.map((b) => ({ subject, data: enc(b) })));
}
