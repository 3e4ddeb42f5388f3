import { AckPolicy, DeliverPolicy, type ConsumerConfig, type ConsumerInfo, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { isNotFound } from './jetstream-errors.js';
import type { BusLogger } from './logger.js';
import type { ConsumeOptions } from './types.js';

/** Room for this many instances of one durable to each hold a full batch. */
const INSTANCES_PLANNED = 16;

type Wanted = Pick<ConsumerConfig, 'ack_wait' | 'max_deliver' | 'filter_subject' | 'max_ack_pending'>;

function wanted(opts: ConsumeOptions, have: ConsumerConfig | undefined): Wanted {
  const floor = opts.maxMessages * INSTANCES_PLANNED;
  return {
    ack_wait: nanos(opts.ackWaitMs),
    max_deliver: opts.maxDeliver > 0 ? opts.maxDeliver : -1,
    filter_subject: opts.filterSubject ?? '',
    // Never shrink it: another deployment may run more instances with bigger batches.
    max_ack_pending: Math.max(floor, have?.max_ack_pending ?? 0),
  };
}

function differs(have: ConsumerConfig, want: Wanted): boolean {
  return (
    have.ack_wait !== want.ack_wait ||
    have.max_deliver !== want.max_deliver ||
    (have.filter_subject ?? '') !== want.filter_subject ||
    have.max_ack_pending !== want.max_ack_pending
  );
}

/** Creates the durable pull consumer, or updates it when the options changed; idempotent. */
export async function ensureConsumer(jsm: JetStreamManager, opts: ConsumeOptions, logger: BusLogger): Promise<ConsumerInfo> {
  let have: ConsumerInfo | undefined;
  try {
    have = await jsm.consumers.info(opts.stream, opts.durable);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const want = wanted(opts, have?.config);
  const log = { module: 'bus', stream: opts.stream, durable: opts.durable };
  if (!have) {
    const created = await jsm.consumers.add(opts.stream, {
      durable_name: opts.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ...want,
      filter_subject: want.filter_subject || undefined,
    });
    logger.info(log, 'consumer created');
    return created;
  }
  if (!differs(have.config, want)) return have;
  const updated = await jsm.consumers.update(opts.stream, opts.durable, want);
  logger.info(log, 'consumer updated');
  return updated;
}
