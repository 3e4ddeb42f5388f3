import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createBatcher } from '../../../core/store/batcher.js';
import { isStoreError } from '../../../core/store/errors.js';

/** A flush whose completion the test controls, recording each batch. */
function controlledFlush() {
  const batches: number[][] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const flush = (rows: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(rows);
      active += 1;
      maxActive = Math.max(maxActive, active);
      const done = () => (active -= 1);
      pending.push({ resolve: () => (done(), resolve()), reject: (e: Error) => (done(), reject(e)) });
    });
  return { flush, batches, pending, maxActive: () => maxActive };
}

/** Lets queued promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function track(p: Promise<void>) {
  const state = { status: 'pending' as 'pending' | 'resolved' | 'rejected', error: undefined as unknown };
  p.then(
    () => (state.status = 'resolved'),
    (e: unknown) => ((state.status = 'rejected'), (state.error = e)),
  );
  return state;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createBatcher', () => {
  test('a full batch flushes at once; add() resolves only after its batch is written', async () => {
    const f = controlledFlush();
    const b = createBatcher<number>({ maxRows: 3, maxDelayMs: 1_000, flush: f.flush });
    const adds = [1, 2, 3].map((n) => track(b.add(n)));
    await settle();
    expect(f.batches).toEqual([[1, 2, 3]]);
    expect(adds.map((a) => a.status)).toEqual(['pending', 'pending', 'pending']);
    f.pending[0]?.resolve();
    await settle();
    expect(adds.map((a) => a.status)).toEqual(['resolved', 'resolved', 'resolved']);
  });

  test('a partial batch flushes after maxDelayMs, counted from its first row', async () => {
    const f = controlledFlush();
    const b = createBatcher<number>({ maxRows: 100, maxDelayMs: 50, flush: f.flush });
    void b.add(1);
    await vi.advanceTimersByTimeAsync(30);
    void b.add(2);
    await vi.advanceTimersByTimeAsync(19);
    expect(f.batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.batches).toEqual([[1, 2]]);
    f.pending[0]?.resolve();
  });

  test('one flush at a time: rows arriving meanwhile form the next batches, capped at maxRows', async () => {
    const f = controlledFlush();
    const b = createBatcher<number>({ maxRows: 2, maxDelayMs: 10, flush: f.flush });
    const all = [1, 2, 3, 4, 5].map((n) => b.add(n));
    await settle();
    expect(f.batches).toEqual([[1, 2]]);
    await vi.advanceTimersByTimeAsync(100);
    expect(f.batches).toHaveLength(1);
    f.pending[0]?.resolve();
    await settle();
    expect(f.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    f.pending[1]?.resolve();
    await settle();
    // Row 5 waited longer than maxDelayMs behind the running flushes, so it goes straight after.
    expect(f.batches).toEqual([[1, 2], [3, 4], [5]]);
    f.pending[2]?.resolve();
    await Promise.all(all);
    expect(f.maxActive()).toBe(1);
  });

  test('a row that arrives during a flush is still due maxDelayMs after it arrived', async () => {
    const f = controlledFlush();
    const b = createBatcher<number>({ maxRows: 2, maxDelayMs: 50, flush: f.flush });
    void b.add(1);
    void b.add(2);
    await vi.advanceTimersByTimeAsync(10);
    void b.add(3);
    await vi.advanceTimersByTimeAsync(10);
    f.pending[0]?.resolve();
    await vi.advanceTimersByTimeAsync(39);
    expect(f.batches).toEqual([[1, 2]]);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.batches).toEqual([[1, 2], [3]]);
    f.pending[1]?.resolve();
  });

  test("a failed flush rejects that batch's adders with its error, and only them", async () => {
    const f = controlledFlush();
    const b = createBatcher<number>({ maxRows: 2, maxDelayMs: 10, flush: f.flush });
    const first = [track(b.add(1)), track(b.add(2))];
    await settle();
    const second = [track(b.add(3)), track(b.add(4))];
    const boom = new Error('insert failed');
    f.pending[0]?.reject(boom);
    await settle();
    expect(first.map((a) => [a.status, a.error])).toEqual([
      ['rejected', boom],
      ['rejected', boom],
    ]);
    expect(f.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    f.pending[1]?.resolve();
    await settle();
    expect(second.map((a) => a.status)).toEqual(['resolved', 'resolved']);
  });

  test('flush() writes what is buffered without waiting for the delay and reports a failure', async () => {
    const failing = vi.fn(async (rows: number[]) => {
      if (rows.includes(13)) throw new Error('unlucky');
    });
    const b = createBatcher<number>({ maxRows: 2, maxDelayMs: 60_000, flush: failing });
    const adds = [1, 13, 7].map((n) => track(b.add(n)));
    await expect(b.flush()).rejects.toThrow('unlucky');
    expect(failing.mock.calls.map((c) => c[0])).toEqual([[1, 13], [7]]);
    expect(adds.map((a) => a.status)).toEqual(['rejected', 'rejected', 'resolved']);
    expect(b.pending).toBe(0);
    await expect(b.flush()).resolves.toBeUndefined();
  });

  test('close() flushes the rest and then refuses rows with STORE_CLOSED', async () => {
    const flushed: number[][] = [];
    const b = createBatcher<number>({ maxRows: 10, maxDelayMs: 60_000, flush: async (rows) => void flushed.push(rows) });
    const add = b.add(1);
    await b.close();
    await expect(add).resolves.toBeUndefined();
    expect(flushed).toEqual([[1]]);
    const err = await b.add(2).catch((e: unknown) => e);
    expect(isStoreError(err, 'STORE_CLOSED')).toBe(true);
  });

  test('bad options are refused', () => {
    const flush = async () => {};
    expect(() => createBatcher({ maxRows: 0, maxDelayMs: 1, flush })).toThrow(/maxRows/);
    expect(() => createBatcher({ maxRows: 1.5, maxDelayMs: 1, flush })).toThrow(/maxRows/);
    expect(() => createBatcher({ maxRows: 1, maxDelayMs: -1, flush })).toThrow(/maxDelayMs/);
  });
});
