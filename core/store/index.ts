/** The analytical store's public face: open a store, migrate, insert, query; batch inserts. */
import { openChdbStore } from './chdb.js';
import { openHttpStore } from './http.js';
import type { StoreLogger } from './http.js';
import type { Store } from './types.js';

export type { MigrationReport, QueryParams, Store } from './types.js';
export { StoreError, isStoreError, STORE_ERROR_CODES, type StoreErrorCode } from './errors.js';
export { createBatcher, type Batcher, type BatcherOptions } from './batcher.js';
export { runMigrations, loadMigrations, MIGRATIONS_DIR, type Migration, type MigrationTarget } from './migrate.js';
export { openChdbStore, type ChdbStoreOptions } from './chdb.js';
export { openHttpStore, type HttpStoreOptions, type StoreLogger } from './http.js';

export type StoreConfig =
  | { readonly kind: 'chdb'; readonly path: string; readonly database?: string }
  | {
      readonly kind: 'http';
      readonly url: string;
      readonly username?: string;
      readonly password?: string;
      readonly database?: string;
      readonly requestTimeoutMs?: number;
      readonly logger?: StoreLogger;
    };

export function openStore(config: StoreConfig): Promise<Store> {
  switch (config.kind) {
    case 'chdb':
      return openChdbStore(config);
    case 'http':
      return openHttpStore(config);
  }
}
