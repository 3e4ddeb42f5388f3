import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The pipeline's Prometheus metrics, one registry per process (no global registration). */
export interface Metrics {
  readonly registry: Registry;
  readonly ingested: Counter<'platform'>;
  readonly processed: Counter<'platform'>;
  readonly failed: Counter<'stage'>;
  readonly redelivered: Counter<'stage'>;
  readonly deadLettered: Counter<'stage' | 'code'>;
  readonly batchLatency: Histogram<'stage'>;
  readonly batchSize: Histogram<'stage'>;
}

export function createMetrics(opts: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaults ?? true) collectDefaultMetrics({ register: registry, prefix: 'civicpulse_' });
  const registers = [registry];
  return {
    registry,
    ingested: new Counter({
      name: 'civicpulse_posts_ingested_total',
      help: 'Posts accepted by ingest and published to the bus',
      labelNames: ['platform'],
      registers,
    }),
    processed: new Counter({
      name: 'civicpulse_posts_processed_total',
      help: 'Posts tagged and durably stored',
      labelNames: ['platform'],
      registers,
    }),
    failed: new Counter({
      name: 'civicpulse_batches_failed_total',
      help: 'Batches that failed and were left for redelivery',
      labelNames: ['stage'],
      registers,
    }),
    redelivered: new Counter({
      name: 'civicpulse_redelivered_total',
      help: 'Messages received again after a failure, a missed ack deadline or a dead consumer',
      labelNames: ['stage'],
      registers,
    }),
    deadLettered: new Counter({
      name: 'civicpulse_dead_lettered_total',
      help: 'Messages sent to the dead-letter subject and table',
      labelNames: ['stage', 'code'],
      registers,
    }),
    batchLatency: new Histogram({
      name: 'civicpulse_batch_latency_seconds',
      help: 'Time to tag, store and acknowledge one batch',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    batchSize: new Histogram({
      name: 'civicpulse_batch_size',
      help: 'Messages per processed batch',
      labelNames: ['stage'],
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2000, 5000, 10000],
      registers,
    }),
  };
}
