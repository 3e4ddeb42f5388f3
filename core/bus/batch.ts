import type { BusLogger } from './logger.js';
import type { TrackedMessage } from './message.js';
import type { BatchHandler } from './types.js';

/** Delay before a failed batch's messages come back: grows with the delivery count, capped. */
export function failureBackoffMs(deliveryCount: number): number {
  return Math.min(100 * 2 ** Math.max(0, deliveryCount - 1), 5_000);
}

/**
 * Runs the handler on one batch. If it throws, every message it left unsettled is nak'ed with a
 * backoff so the work comes back later instead of waiting for the ack deadline.
 */
export async function runBatch(
  handler: BatchHandler,
  batch: readonly TrackedMessage[],
  logger: BusLogger,
  context: Readonly<Record<string, unknown>>,
): Promise<void> {
  try {
    await handler(batch);
  } catch (err) {
    let naked = 0;
    for (const m of batch) {
      if (m.settled !== null) continue;
      m.nak(failureBackoffMs(m.deliveryCount));
      naked++;
    }
    logger.warn({ module: 'bus', ...context, err, size: batch.length, naked }, 'batch handler failed; unsettled messages nak-ed');
  }
}
