import { BusError } from './errors.js';
import type { ConsumeOptions } from './types.js';

/** Rejects options that cannot work on either implementation, before any consumer is touched. */
export function validateConsumeOptions(opts: ConsumeOptions): void {
  const problems: string[] = [];
  if (!opts.stream) problems.push('stream is required');
  if (!/^[A-Za-z0-9_-]+$/.test(opts.durable)) problems.push(`durable must be letters, digits, _ or -, got "${opts.durable}"`);
  if (!Number.isInteger(opts.maxMessages) || opts.maxMessages < 1) problems.push('maxMessages must be an integer >= 1');
  if (!(opts.maxWaitMs >= 0)) problems.push('maxWaitMs must be >= 0');
  if (!(opts.ackWaitMs > 0)) problems.push('ackWaitMs must be > 0');
  // A batch may be held maxWaitMs before the handler sees it; its ack clock is already running.
  if (opts.maxWaitMs >= opts.ackWaitMs) problems.push('maxWaitMs must be less than ackWaitMs');
  if (!Number.isInteger(opts.maxDeliver) || opts.maxDeliver === 0) problems.push('maxDeliver must be a non-zero integer (-1: unlimited)');
  if (problems.length > 0) throw new BusError('BUS_OPTIONS', `invalid consume options: ${problems.join('; ')}`, { details: { problems } });
}
