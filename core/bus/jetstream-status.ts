import type { NatsConnection } from '@nats-io/transport-node';
import type { BusLogger } from './logger.js';

/** Logs connection status events until the connection closes (the client reconnects by itself). */
export async function logStatus(nc: NatsConnection, logger: BusLogger): Promise<void> {
  const base = { module: 'bus' };
  for await (const s of nc.status()) {
    switch (s.type) {
      case 'disconnect':
        logger.warn({ ...base, server: s.server }, 'nats disconnected');
        break;
      case 'reconnect':
        logger.info({ ...base, server: s.server }, 'nats reconnected');
        break;
      case 'error':
        logger.error({ ...base, err: s.error }, 'nats error');
        break;
      case 'ldm':
        logger.warn({ ...base, server: s.server }, 'nats server entering lame duck mode');
        break;
      case 'slowConsumer':
        logger.warn({ ...base, subject: s.sub.getSubject(), pending: s.pending }, 'nats slow consumer');
        break;
      case 'staleConnection':
        logger.warn(base, 'nats connection stale');
        break;
      default:
        logger.debug({ ...base, status: s.type }, 'nats status');
    }
  }
}
