import { describe, expect, it } from 'vitest';
import { pipeline } from '../../../core/bus/pipeline.js';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('pipeline', () => {
  it('runs every item with at most `limit` outstanding', async () => {
    let outstanding = 0;
    let peak = 0;
    const done: number[] = [];
    const result = await pipeline(
      Array.from({ length: 50 }, (_, i) => i),
      7,
      async (i) => {
        outstanding++;
        peak = Math.max(peak, outstanding);
        await tick();
        done.push(i);
        outstanding--;
      },
    );
    expect(result).toEqual({ succeeded: 50, failures: [] });
    expect(peak).toBe(7);
    expect([...done].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('starts nothing new after a failure and reports it once all started calls settled', async () => {
    const started: number[] = [];
    const result = await pipeline(
      Array.from({ length: 100 }, (_, i) => i),
      4,
      async (i) => {
        started.push(i);
        await tick();
        if (i === 5) throw new Error('boom');
      },
    );
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.index).toBe(5);
    expect(started.length).toBeLessThan(100);
    expect(result.succeeded).toBe(started.length - 1);
  });

  it('resolves at once for no items', async () => {
    expect(await pipeline([], 3, () => Promise.reject(new Error('never called')))).toEqual({ succeeded: 0, failures: [] });
  });
});
