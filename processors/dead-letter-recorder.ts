/**
 * Writes every dead letter published by any stage to the `dead_letters` table, acknowledging only
 * after the insert, so the reason for each rejected message can be queried next to the posts.
 */
import type { Bus, BusMessage, Subscription } from '../core/bus/types.js';
import { HEADERS, STREAMS } from '../core/bus/subjects.js';
import type { Store } from '../core/store/types.js';
import type { Logger } from '../core/log.js';
import { toClickHouseTime } from '../core/contracts/row.js';

export interface DeadLetterRecorder {
  start(): void;
  stop(): Promise<void>;
}

const decoder = new TextDecoder();

export function createDeadLetterRecorder(opts: { bus: Bus; store: Store; logger: Logger; ackWaitMs: number }): DeadLetterRecorder {
  let subscription: Subscription | undefined;
  const handle = async (batch: readonly BusMessage[]): Promise<void> => {
    const now = toClickHouseTime(new Date().toISOString());
    try {
      await opts.store.insert(
        'dead_letters',
        batch.map((m) => toDeadLetterRow(m, now)),
      );
    } catch (err) {
      opts.logger.warn({ module: 'dead-letters', err }, 'could not record dead letters; will retry');
      for (const m of batch) m.nak(1000);
      return;
    }
    for (const m of batch) m.ack();
  };
  return {
    start() {
      subscription ??= opts.bus.consume(
        {
          stream: STREAMS.deadLetter.name,
          durable: 'dead-letter-recorder',
          maxMessages: 500,
          maxWaitMs: 250,
          ackWaitMs: opts.ackWaitMs,
          maxDeliver: 10_000,
        },
        handle,
      );
    },
    async stop() {
      await subscription?.stop();
      subscription = undefined;
    },
  };
}

function toDeadLetterRow(m: BusMessage, receivedAt: string): Record<string, string> {
  return {
    received_at: receivedAt,
    stage: m.headers[HEADERS.stage] ?? m.subject.replace(/^dlq\./, ''),
    subject: m.headers[HEADERS.originalSubject] ?? '',
    code: m.headers[HEADERS.code] ?? 'UNKNOWN',
    reason: m.headers[HEADERS.reason] ?? '',
    payload: decoder.decode(m.data),
  };
}
