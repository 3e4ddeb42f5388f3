/**
 * Stores for tests, each in its own uniquely named database, torn down by the helper.
 * - 'chdb': an embedded store in a temporary folder shared by the test file's process (chdb is one
 *   engine per process and one folder at a time).
 * - 'http': @clickhouse/client against CLICKHOUSE_URL (with CLICKHOUSE_USER / CLICKHOUSE_PASSWORD)
 *   when set, else against the HTTP shim over chdb on a free loopback port.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drainPending } from 'chdb';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { openChdbStore, openHttpStore, type Store } from '../../core/store/index.js';
import { startClickHouseHttpShim, type ClickHouseHttpShim } from './clickhouse-http.js';

export type StoreKind = 'chdb' | 'http';

export interface StoreHandle {
  /** The suite's store (available from beforeAll on). */
  readonly store: Store;
  readonly database: string;
  /** Another store on the same database and backend, closed when the current test ends. */
  openSibling(): Promise<Store>;
  /** For 'http': where the server (or shim) listens, to build a client with other options. */
  readonly endpoint: HttpEndpoint | undefined;
}

export interface HttpEndpoint {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
}

export function uniqueDatabase(prefix = 'cp_test'): string {
  return `${prefix}_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
}

/** Registers beforeAll/afterAll in the calling suite; the store exists inside its tests. */
export function useStore(kind: StoreKind): StoreHandle {
  let backend: Backend | undefined;
  let store: Store | undefined;
  const database = uniqueDatabase();
  beforeAll(async () => {
    backend = await acquireBackend(kind);
    store = await backend.open(database);
  });
  afterAll(async () => {
    try {
      await store?.command(`DROP DATABASE IF EXISTS \`${database}\``);
    } finally {
      await store?.close();
      await backend?.release();
    }
  });
  return {
    database,
    get endpoint(): HttpEndpoint | undefined {
      return backend?.endpoint;
    },
    get store(): Store {
      if (!store) throw new Error('useStore: the store exists only inside tests (after beforeAll)');
      return store;
    },
    async openSibling(): Promise<Store> {
      if (!backend) throw new Error('useStore: no backend yet');
      const sibling = await backend.open(database);
      onTestFinished(() => sibling.close());
      return sibling;
    },
  };
}

interface Backend {
  open(database: string): Promise<Store>;
  release(): Promise<void>;
  readonly endpoint?: HttpEndpoint;
}

function acquireBackend(kind: StoreKind): Promise<Backend> {
  if (kind === 'chdb') return sharedChdb.acquire();
  const url = process.env['CLICKHOUSE_URL'];
  if (url) {
    const username = process.env['CLICKHOUSE_USER'];
    const password = process.env['CLICKHOUSE_PASSWORD'];
    return Promise.resolve({
      open: (database) => openHttpStore({ url, username, password, database }),
      release: async () => {},
      endpoint: { url, username, password },
    });
  }
  return sharedShim.acquire();
}

/** One resource per process, created on first use and disposed when its last user releases it. */
class Shared<R> {
  private resource: Promise<R> | undefined;
  private users = 0;
  constructor(
    private readonly create: () => Promise<R>,
    private readonly dispose: (r: R) => Promise<void>,
    private readonly open: (r: R, database: string) => Promise<Store>,
    private readonly endpointOf: (r: R) => HttpEndpoint | undefined = () => undefined,
  ) {}

  async acquire(): Promise<Backend> {
    this.users += 1;
    this.resource ??= this.create();
    const resource = await this.resource;
    let released = false;
    return {
      open: (database) => this.open(resource, database),
      endpoint: this.endpointOf(resource),
      release: async () => {
        if (released) return;
        released = true;
        this.users -= 1;
        if (this.users > 0) return;
        this.resource = undefined;
        await this.dispose(resource);
      },
    };
  }
}

const sharedChdb = new Shared<string>(
  async () => mkdtempSync(join(tmpdir(), 'civicpulse-chdb-')),
  async (path) => {
    // chdb defers letting go of a folder behind running work; the next folder must wait for that.
    await drainPending();
    rmSync(path, { recursive: true, force: true });
  },
  (path, database) => openChdbStore({ path, database }),
);

const sharedShim = new Shared<ClickHouseHttpShim>(
  () => startClickHouseHttpShim(),
  (shim) => shim.close(),
  (shim, database) => openHttpStore({ url: shim.url, database }),
  (shim) => ({ url: shim.url }),
);
