/** Starting the HTTP face of a process and registering its shutdown. */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../core/config.js';
import type { Lifecycle } from '../lifecycle.js';

export async function listen(app: FastifyInstance, host: string, port: number, lifecycle: Lifecycle): Promise<string> {
  const address = await app.listen({ host, port });
  lifecycle.onShutdown('http', () => app.close());
  return address;
}

export function batching(config: Config): {
  batchMax: number;
  batchWaitMs: number;
  ackWaitMs: number;
  maxDeliver: number;
  concurrency: number;
} {
  return {
    batchMax: config.batchMax,
    batchWaitMs: config.batchWaitMs,
    ackWaitMs: config.ackWaitMs,
    maxDeliver: config.maxDeliver,
    concurrency: config.concurrency,
  };
}
