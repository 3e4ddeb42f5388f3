/**
 * The processor on its own: a tagger that throws on one post of a batch dead-letters that post
 * (with the tagger named in the reason) and lets the rest of the batch through, stored and acked.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../core/bus/memory.js';
import { STREAMS } from '../../core/bus/subjects.js';
import type { Post } from '../../core/contracts/post.js';
import { createLogger } from '../../core/log.js';
import { createMetrics } from '../../core/metrics.js';
import { createPostPublisher } from '../../ingest/publisher.js';
import { createChain } from '../../processors/chain.js';
import { createDeadLetterRecorder, createProcessor } from '../../processors/index.js';
import { createSentimentTagger } from '../../processors/taggers/sentiment/index.js';
import type { Tagger } from '../../processors/taggers/tagger.js';
import { useStore } from '../support/clickhouse.js';
import { waitUntil } from '../support/processes.js';

const handle = useStore('chdb');

const fragile: Tagger = {
  name: 'fragile',
  tag({ post }) {
    if (post.text.includes('EXPLODE')) throw new RangeError('cannot read this post');
  },
};

const post = (id: string, text: string): Post => ({
  id: `x:${id}`,
  platform: 'x',
  source: 'x-devon',
  direction: 'inbound',
  tenant: 'devon',
  author: { id: 'u1', handle: '@resident', name: 'A Resident' },
  text,
  created_at: '2026-03-01T09:00:00.000Z',
  mentions: [],
  hashtags: [],
  links: [],
});

describe('processor', () => {
  it('dead-letters only the post a tagger throws on, and stores the rest of its batch', async () => {
    const store = handle.store;
    await store.migrate();
    const bus = createMemoryBus();
    await bus.ensureStreams();
    const logger = createLogger('silent');
    const metrics = createMetrics({ defaults: false });
    const chain = createChain([createSentimentTagger(), fragile], { defaultTenant: 'default' });
    const processor = createProcessor({
      bus,
      store,
      chain,
      metrics,
      logger,
      batchMax: 50,
      batchWaitMs: 20,
      ackWaitMs: 30_000,
      maxDeliver: 5,
    });
    const recorder = createDeadLetterRecorder({ bus, store, logger, ackWaitMs: 30_000 });
    processor.start();
    recorder.start();
    await createPostPublisher({ bus, metrics }).publish([
      post('p1', 'Bins not collected again, awful'),
      post('p2', 'EXPLODE this post'),
      post('p3', 'Thanks to the crews, brilliant work'),
    ]);
    await waitUntil(
      'processor idle',
      async () =>
        (await bus.pending(STREAMS.raw.name, 'processors')) + (await bus.pending(STREAMS.deadLetter.name, 'dead-letter-recorder')) === 0,
    );
    await processor.stop();
    await recorder.stop();
    await bus.drain();

    const stored = await store.query<{ id: string; label: string }>('SELECT id, sentiment_label AS label FROM posts ORDER BY id');
    expect(stored).toEqual([
      { id: 'x:p1', label: 'negative' },
      { id: 'x:p3', label: 'positive' },
    ]);
    const letters = await store.query<{ code: string; reason: string; payload: string }>(
      "SELECT code, reason, payload FROM dead_letters WHERE stage = 'processor'",
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]?.code).toBe('TAGGER_FAILED');
    expect(letters[0]?.reason).toMatch(/fragile.*cannot read this post/);
    expect(JSON.parse(letters[0]?.payload ?? '{}')).toMatchObject({ id: 'x:p2' });
    expect(await metrics.registry.getSingleMetricAsString('civicpulse_dead_lettered_total')).toMatch(/code="TAGGER_FAILED"[^\n]* 1/);
  });
});
