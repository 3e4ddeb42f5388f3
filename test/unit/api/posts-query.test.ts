import { describe, expect, it } from 'vitest';
import { countPostsSql, decodeCursor, encodeCursor, listPostsSql } from '../../../api/queries/posts.js';
import { HttpError } from '../../../api/errors.js';

describe('posts SQL', () => {
  it('never puts filter values in the SQL text', () => {
    const hostile = "x'); DROP TABLE posts; --";
    const { sql, params } = listPostsSql(
      { q: hostile, topic: 'potholes_roads', platform: 'x', from: '2026-11-01T00:00:00Z', needs_response: true },
      10,
      {
        createdAt: '2026-11-02T00:00:00.000Z',
        id: hostile,
      },
    );
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain('potholes_roads');
    expect(params).toMatchObject({
      q: hostile,
      topic: 'potholes_roads',
      platform: 'x',
      from: '2026-11-01 00:00:00.000',
      needs_response: true,
      cursor_id: hostile,
      limit: 10,
    });
    expect(sql).toMatch(/\{q:String\}/);
    expect(sql).toMatch(/ORDER BY created_at DESC, id DESC/);
  });

  it('counts with the same filters and no limit', () => {
    const { sql, params } = countPostsSql({ sentiment: 'negative' });
    expect(sql).toMatch(/^SELECT count\(\) AS count FROM posts FINAL WHERE sentiment_label = \{sentiment:String\}$/);
    expect(params).toEqual({ sentiment: 'negative' });
  });
});

describe('cursor', () => {
  it('round-trips', () => {
    const c = { createdAt: '2026-11-20T08:00:00.000Z', id: 'x:1' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it.each(['', 'not-base64!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["not a date","x"]').toString('base64url')])(
    'rejects %j with INVALID_CURSOR',
    (text) => {
      let error: unknown;
      try {
        decodeCursor(text);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).code).toBe('INVALID_CURSOR');
      expect((error as HttpError).statusCode).toBe(400);
    },
  );
});
