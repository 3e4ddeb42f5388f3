import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostSchema, type Post } from '../../../core/contracts/post.js';
import { compileValidator } from '../../../core/contracts/validate.js';
import { CSV_COLUMNS, SAMPLE_FILE_NAMES, badLines, csvField, sampleFiles } from '../../../scripts/sample/index.js';
import { parseCsv } from '../../../ingest/csv.js';

const DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'sample');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const validate = compileValidator(PostSchema);
const fresh = sampleFiles();

describe('committed sample files', () => {
  it.each(SAMPLE_FILE_NAMES)('%s equals a fresh generation (no drift)', (name) => {
    expect(read(name) === fresh[name]).toBe(true);
  });

  it('posts.ndjson holds 3,000 valid posts over the 14 days ending 2026-11-20', () => {
    const posts = read('posts.ndjson')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Post);
    expect(posts).toHaveLength(3000);
    for (const p of posts) expect(validate(p).ok).toBe(true);
    expect(posts[0]?.created_at.slice(0, 10)).toBe('2026-11-07');
    expect(posts[posts.length - 1]?.created_at.slice(0, 10)).toBe('2026-11-20');
  });

  it('posts.csv is a 200-row RFC 4180 rendition of the stream', () => {
    const rows = [...parseCsv(read('posts.csv'))].map((r) => r.fields);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(201);
    const byId = new Map(
      read('posts.ndjson')
        .trimEnd()
        .split('\n')
        .map((l) => {
          const p = JSON.parse(l) as Post;
          return [p.id, p] as const;
        }),
    );
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const post = byId.get(row[0] ?? '');
      expect(post?.text).toBe(row[7]);
      expect(post?.hashtags.join(' ')).toBe(row[13]);
    }
    expect(rows.some((r) => (r[7] ?? '').includes('\n') || (r[7] ?? '').includes(','))).toBe(true);
  });

  it('bad.ndjson has 20 lines and every one is rejected', () => {
    const lines = read('bad.ndjson').trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      expect(validate(parsed).ok).toBe(false);
    }
  });

  it('each bad post differs from a valid base post in exactly one field', () => {
    const base = JSON.parse(read('posts.ndjson').split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(validate(base).ok).toBe(true);
    const bad = badLines(base as Post);
    expect(new Set(bad.map((b) => b.defect))).toEqual(
      new Set(['malformed_json', 'wrong_type', 'unknown_field', 'missing_field', 'oversize', 'bad_date', 'bad_value']),
    );
    let objects = 0;
    for (const b of bad) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(b.line);
      } catch {
        expect(b.defect).toBe('malformed_json');
        continue;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
      objects++;
      const obj = parsed as Record<string, unknown>;
      // Each broken post has an id of its own; apart from that, one field differs from the base.
      expect(obj.id).not.toBe(base.id);
      expect(validate({ ...obj, id: base.id }).ok).toBe(b.note === 'id contains a space');
      const keys = new Set([...Object.keys(base), ...Object.keys(obj)].filter((k) => k !== 'id'));
      const changed = [...keys].filter((k) => JSON.stringify(obj[k]) !== JSON.stringify(base[k]));
      expect(changed).toHaveLength(b.note === 'id contains a space' ? 0 : 1);
      expect(validate(obj).ok).toBe(false);
    }
    expect(objects).toBe(16);
  });
});

describe('csvField', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
