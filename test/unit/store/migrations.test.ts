import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { isStoreError } from '../../../core/store/errors.js';
import { loadMigrations, runMigrations, type MigrationTarget } from '../../../core/store/migrate.js';

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civicpulse-mig-unit-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** Records what the runner sends; schema_migrations lives in a Map (ReplacingMergeTree on version). */
function fakeTarget(): MigrationTarget & { commands: string[] } {
  const records = new Map<string, string>();
  const commands: string[] = [];
  return {
    commands,
    async command(sql) {
      commands.push(sql);
    },
    async query<T>() {
      return [...records].sort().map(([version, checksum]) => ({ version, checksum })) as T[];
    },
    async insert(_table, rows) {
      for (const r of rows) records.set(String(r['version']), String(r['checksum']));
    },
  };
}

describe('loadMigrations', () => {
  test('reads .sql files in name order with a sha256 that ignores CRLF', async () => {
    const dir = await dirWith({ '0002_b.sql': 'SELECT 2;\r\n', '0001_a.sql': 'SELECT 1;\n', 'notes.txt': 'ignored' });
    const same = await dirWith({ '0002_b.sql': 'SELECT 2;\n', '0001_a.sql': 'SELECT 1;\n' });
    const [a, b] = [await loadMigrations(dir), await loadMigrations(same)];
    expect(a.map((m) => m.version)).toEqual(['0001_a', '0002_b']);
    expect(a.map((m) => m.checksum)).toEqual(b.map((m) => m.checksum));
    expect(a[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(a[0]?.checksum).not.toBe(a[1]?.checksum);
  });

  test('the shipped folder is found from any working directory', async () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    onTestFinished(() => process.chdir(cwd));
    expect((await loadMigrations()).map((m) => m.version)).toContain('0001_posts');
  });

  test('a file not named <number>_<name>.sql is MIGRATION_FAILED', async () => {
    const dir = await dirWith({ 'posts.sql': 'SELECT 1' });
    const err = await loadMigrations(dir).catch((e: unknown) => e);
    expect(isStoreError(err, 'MIGRATION_FAILED')).toBe(true);
  });
});

describe('runMigrations', () => {
  test('applies statements in order, records each file once, then nothing', async () => {
    const dir = await dirWith({ '0001_a.sql': 'CREATE A;\nALTER A;\n', '0002_b.sql': 'CREATE B' });
    const target = fakeTarget();
    const first = await runMigrations(target, dir);
    expect(first).toEqual({ applied: ['0001_a', '0002_b'], current: ['0001_a', '0002_b'] });
    expect(target.commands.filter((c) => !c.includes('schema_migrations'))).toEqual(['CREATE A', 'ALTER A', 'CREATE B']);
    target.commands.length = 0;
    expect(await runMigrations(target, dir)).toEqual({ applied: [], current: ['0001_a', '0002_b'] });
    expect(target.commands.filter((c) => !c.includes('schema_migrations'))).toEqual([]);
  });

  test('a failing statement is MIGRATION_FAILED, unrecorded, and stops later files', async () => {
    const dir = await dirWith({ '0001_a.sql': 'GOOD;\nBAD;\n', '0002_b.sql': 'LATER' });
    const target = fakeTarget();
    target.command = async (sql) => {
      if (sql === 'BAD') throw new Error('rejected');
      target.commands.push(sql);
    };
    const err = await runMigrations(target, dir).catch((e: unknown) => e);
    expect(isStoreError(err, 'MIGRATION_FAILED')).toBe(true);
    expect(target.commands).not.toContain('LATER');
    expect(await target.query('')).toEqual([]);
  });
});
