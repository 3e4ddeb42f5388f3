import { describe, expect, test } from 'vitest';
import { isStoreError } from '../../../core/store/errors.js';
import { parseJsonEachRow, stringifyRow, toJsonEachRow } from '../../../core/store/json.js';
import { assertIdentifier, trimStatement } from '../../../core/store/sql.js';

describe('JSONEachRow', () => {
  test('rows become one JSON object per line; bigint is written as a decimal string', () => {
    const buf = toJsonEachRow([{ a: 1, t: 'line\nbreak' }, { views: 2n ** 64n - 1n }]);
    expect(buf.toString('utf8')).toBe('{"a":1,"t":"line\\nbreak"}\n{"views":"18446744073709551615"}\n');
    expect(stringifyRow({ nested: [1n] })).toBe('{"nested":["1"]}');
  });

  test('parsing reverses it, and an empty result is no rows', () => {
    expect(parseJsonEachRow('{"a":1,"t":"line\\nbreak"}\n{"a":2}\n')).toEqual([{ a: 1, t: 'line\nbreak' }, { a: 2 }]);
    expect(parseJsonEachRow('')).toEqual([]);
    expect(parseJsonEachRow('\n')).toEqual([]);
  });
});

describe('identifiers and statements', () => {
  test('only plain identifiers pass', () => {
    expect(assertIdentifier('posts_2026', 'table')).toBe('posts_2026');
    for (const bad of ['', '1posts', 'db.posts', 'posts;', 'po sts', 'posts`', 'pöst']) {
      let caught: unknown;
      try {
        assertIdentifier(bad, 'table');
      } catch (err) {
        caught = err;
      }
      expect(isStoreError(caught, 'STORE_INVALID_ARGUMENT')).toBe(true);
    }
  });

  test('trailing semicolons and whitespace are trimmed as the HTTP client does', () => {
    expect(trimStatement('  SELECT 1;; \n')).toBe('SELECT 1');
    expect(trimStatement("SELECT ';'")).toBe("SELECT ';'");
  });
});
