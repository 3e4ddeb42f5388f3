/** Its own file: chdb is one engine per process, and this test closes and reopens it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { isStoreError, openChdbStore } from '../../../core/store/index.js';

test('a chdb store closed and reopened on the same folder keeps its rows and migration records', async () => {
  const path = await mkdtemp(join(tmpdir(), 'civicpulse-persist-'));
  onTestFinished(() => rm(path, { recursive: true, force: true }));

  const first = await openChdbStore({ path, database: 'persist' });
  expect((await first.migrate()).applied).toContain('0001_posts');
  await first.insert('dead_letters', [
    { received_at: '2026-11-20T08:15:00.000Z', stage: 'ingest', subject: 'posts.raw.x', code: 'INVALID', reason: 'kept', payload: '{}' },
  ]);
  await first.close();

  const second = await openChdbStore({ path, database: 'persist' });
  onTestFinished(() => second.close());
  expect(await second.query('SELECT stage, reason FROM dead_letters')).toEqual([{ stage: 'ingest', reason: 'kept' }]);
  expect((await second.migrate()).applied).toEqual([]);
});

test('a second data folder while one is open is STORE_CONNECT (one engine per process)', async () => {
  const a = await mkdtemp(join(tmpdir(), 'civicpulse-persist-a-'));
  const b = await mkdtemp(join(tmpdir(), 'civicpulse-persist-b-'));
  onTestFinished(() =>
    Promise.all([rm(a, { recursive: true, force: true }), rm(b, { recursive: true, force: true })]).then(() => undefined),
  );
  const open = await openChdbStore({ path: a });
  onTestFinished(() => open.close());
  const err = await openChdbStore({ path: b }).catch((e: unknown) => e);
  expect(isStoreError(err, 'STORE_CONNECT')).toBe(true);
});
