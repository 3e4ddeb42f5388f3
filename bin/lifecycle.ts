/**
 * Layered graceful shutdown: on SIGTERM/SIGINT, run the closers in the order they were added
 * (stop taking work, finish work in hand, flush, close connections), each bounded in time.
 */
import type { Logger } from '../core/log.js';

export interface Lifecycle {
  /** Adds a step; steps run in insertion order on shutdown. */
  onShutdown(name: string, close: () => Promise<void>): void;
  shutdown(reason: string): Promise<void>;
  /** Resolves once shutdown has finished. */
  readonly done: Promise<void>;
}

export function createLifecycle(logger: Logger, stepTimeoutMs = 30_000): Lifecycle {
  const steps: { name: string; close: () => Promise<void> }[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let started = false;
  const shutdown = async (reason: string): Promise<void> => {
    if (started) return done;
    started = true;
    logger.info({ module: 'lifecycle', reason }, 'shutting down');
    for (const step of steps) {
      try {
        await withTimeout(step.close(), stepTimeoutMs, step.name);
      } catch (err) {
        logger.error({ module: 'lifecycle', step: step.name, err }, 'shutdown step failed');
        process.exitCode = 1;
      }
    }
    logger.info({ module: 'lifecycle' }, 'stopped');
    finish();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(signal));
  return { onShutdown: (name, close) => steps.push({ name, close }), shutdown, done };
}

async function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${name} did not stop within ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
