import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../../core/store/migrate.js';
import { splitStatements } from '../../../core/store/split.js';

describe('splitStatements', () => {
  test('splits on ; at line end and drops comment-only chunks', () => {
    const sql =
      '-- header; with a semicolon\nCREATE TABLE a (x UInt8) ENGINE = Memory;\n\n/* block; comment */\nCREATE TABLE b (y UInt8) ENGINE = Memory;\n-- trailing\n';
    expect(splitStatements(sql)).toEqual(['CREATE TABLE a (x UInt8) ENGINE = Memory', 'CREATE TABLE b (y UInt8) ENGINE = Memory']);
  });

  test('a ; inside strings, quoted identifiers or comments does not split', () => {
    const sql = "SELECT 'a;b', \"c;d\", `e;f`, 'it''s;', 'esc\\';' -- no; split\nFROM t; SELECT 2";
    expect(splitStatements(sql)).toEqual(["SELECT 'a;b', \"c;d\", `e;f`, 'it''s;', 'esc\\';'\nFROM t", 'SELECT 2']);
  });

  test('a last statement without ; is kept; empty statements are dropped', () => {
    expect(splitStatements(';;\nSELECT 1;\n;\nSELECT 2\n')).toEqual(['SELECT 1', 'SELECT 2']);
    expect(splitStatements('-- only a comment\n')).toEqual([]);
  });

  test('the posts migration is two CREATE TABLE statements with its comments removed', async () => {
    const statements = splitStatements(await readFile(join(MIGRATIONS_DIR, '0001_posts.sql'), 'utf8'));
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^CREATE TABLE IF NOT EXISTS posts\n/);
    expect(statements[1]).toMatch(/^CREATE TABLE IF NOT EXISTS dead_letters\n/);
    for (const s of statements) expect(s).not.toContain('--');
  });
});
