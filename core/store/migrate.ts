/**
 * Versioned migrations: the .sql files of a folder, applied in file-name order, each recorded in
 * `schema_migrations` with its checksum.
 *
 * Several processes may start at once against one server. There is no lock: instead every
 * statement must be idempotent (CREATE ... IF NOT EXISTS, ADD COLUMN IF NOT EXISTS...), so running
 * it twice is harmless, and the record table is a ReplacingMergeTree on `version`, so a duplicated
 * record collapses. A migration that cannot be written idempotently needs a real lock first.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { StoreError, isStoreError } from './errors.js';
import { splitStatements } from './split.js';
import type { MigrationReport, Store } from './types.js';

/** Resolved from this module, so migrations are found whatever the working directory. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  /** The file name without `.sql`, e.g. `0001_posts`. */
  readonly version: string;
  /** sha256 of the file (line endings normalised). */
  readonly checksum: string;
  readonly statements: readonly string[];
}

export type MigrationTarget = Pick<Store, 'query' | 'command' | 'insert'>;

const VERSION = /^\d+_[A-Za-z0-9_]+$/;

const CREATE_RECORDS = `CREATE TABLE IF NOT EXISTS schema_migrations
(
    version String,
    checksum String,
    applied_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
ORDER BY version`;

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const version = name.slice(0, -'.sql'.length);
    if (!VERSION.test(version)) {
      throw new StoreError('MIGRATION_FAILED', `migration file ${name} must be named <number>_<name>.sql`);
    }
    const text = (await readFile(join(dir, name), 'utf8')).replaceAll('\r\n', '\n');
    const checksum = createHash('sha256').update(text).digest('hex');
    migrations.push({ version, checksum, statements: splitStatements(text) });
  }
  return migrations;
}

/** Applies what is pending, in order; a changed applied migration stops everything. */
export async function runMigrations(target: MigrationTarget, dir?: string): Promise<MigrationReport> {
  const migrations = await loadMigrations(dir);
  await target.command(CREATE_RECORDS);
  const recorded = await readRecords(target);
  const pending = migrations.filter((m) => !recorded.has(m.version));
  for (const m of migrations) {
    const checksum = recorded.get(m.version);
    if (checksum !== undefined && checksum !== m.checksum) {
      throw new StoreError(
        'MIGRATION_CHECKSUM',
        `migration ${m.version} was changed after it was applied (recorded ${checksum.slice(0, 12)}, file ${m.checksum.slice(0, 12)}); add a new migration instead`,
      );
    }
  }
  for (const m of pending) await apply(target, m);
  const current = [...(await readRecords(target)).keys()].sort();
  return { applied: pending.map((m) => m.version), current };
}

async function readRecords(target: MigrationTarget): Promise<Map<string, string>> {
  const rows = await target.query<{ version: string; checksum: string }>(
    'SELECT version, checksum FROM schema_migrations FINAL ORDER BY version',
  );
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

async function apply(target: MigrationTarget, m: Migration): Promise<void> {
  for (const [index, statement] of m.statements.entries()) {
    try {
      await target.command(statement);
    } catch (err) {
      throw new StoreError('MIGRATION_FAILED', `migration ${m.version}, statement ${index + 1} failed`, {
        cause: err,
        clickhouseCode: isStoreError(err) ? err.clickhouseCode : undefined,
      });
    }
  }
  await target.insert('schema_migrations', [{ version: m.version, checksum: m.checksum, applied_at: new Date().toISOString() }]);
}
