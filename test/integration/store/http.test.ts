import { createServer } from 'node:net';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Logger as PinoLogger } from '../../../core/log.js';
import { isStoreError, openHttpStore, type StoreLogger } from '../../../core/store/index.js';
import { useStore } from '../../support/clickhouse.js';
import { storeContract } from './contract.js';

// Against CLICKHOUSE_URL when set, else @clickhouse/client over HTTP to the shim over chdb.
storeContract('http', () => useStore('http'));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('http store connection', () => {
  test('an unreachable server is STORE_CONNECT at open', async () => {
    const port = await closedPort();
    const err = await openHttpStore({ url: `http://127.0.0.1:${port}`, requestTimeoutMs: 2_000 }).catch((e: unknown) => e);
    expect(isStoreError(err, 'STORE_CONNECT')).toBe(true);
  });

  test('a database name that is not an identifier is refused before connecting', async () => {
    const err = await openHttpStore({ url: 'http://127.0.0.1:1', database: 'x; DROP DATABASE y' }).catch((e: unknown) => e);
    expect(isStoreError(err, 'STORE_INVALID_ARGUMENT')).toBe(true);
  });
});

describe('http store logging', () => {
  const h = useStore('http');
  test("the client's failed-request log goes to the injected logger (a pino logger fits), not the console", async () => {
    const pinoFits: PinoLogger extends StoreLogger ? true : false = true;
    expect(pinoFits).toBe(true);
    const lines: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
    const logger: StoreLogger = {
      warn: (obj, msg) => void lines.push({ level: 'warn', msg, obj }),
      debug: (obj, msg) => void lines.push({ level: 'debug', msg, obj }),
    };
    const store = await openHttpStore({ ...h.endpoint!, database: h.database, logger });
    onTestFinished(() => store.close());
    const err = await store.query('SELEC 1').catch((e: unknown) => e);
    expect(isStoreError(err, 'STORE_QUERY')).toBe(true);
    expect(lines.some((l) => l.level === 'debug' && l.obj['module'] === 'store' && l.obj['err'] instanceof Error)).toBe(true);
  });
});
