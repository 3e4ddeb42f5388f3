import { readFileSync } from 'node:fs';

import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { QuerySyntaxError, compileMatcher, parseQuery, toSql, type QueryNode } from '../../../processors/queries/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { CORPUS, post } from './fixtures.js';
import { QUERY_TEXTS } from './queries.js';

// The real posts DDL, so the filter is tested against the columns it will meet in production.
const MIGRATION = new URL('../../../core/store/migrations/0001_posts.sql', import.meta.url);
const IDENTIFIERS = new Set([
  'match',
  'text',
  'author_handle',
  'platform',
  'language',
  'hashtags',
  'mentions',
  'arrayExists',
  'x',
  'AND',
  'OR',
  'NOT',
  'String',
]);

// chdb runs one engine per process: one Session for this file, closed afterwards.
let session: Session;
const rows = CORPUS.map((spec, i) => ({ spec, post: post(spec), id: `p${String(i).padStart(3, '0')}` }));

beforeAll(async () => {
  session = new Session();
  const ddl = readFileSync(MIGRATION, 'utf8');
  const createPosts = ddl.split(';').find((s) => /CREATE TABLE IF NOT EXISTS posts\b/.test(s));
  if (createPosts === undefined) throw new Error('posts DDL not found');
  await session.queryAsync(createPosts);
  const ndjson = rows
    .map(({ post: p, spec, id }) =>
      JSON.stringify({
        id,
        tenant: 't',
        platform: p.platform,
        text: p.text,
        author_handle: p.author.handle,
        language: spec.language ?? 'en',
        hashtags: p.hashtags,
        mentions: p.mentions,
        created_at: '2026-01-01 00:00:00.000',
      }),
    )
    .join('\n');
  await session.insert({ table: 'posts', values: Buffer.from(ndjson), format: 'JSONEachRow' });
});

afterAll(() => {
  session.close();
});

/** Ids each filter selects, evaluated as columns of one SELECT (one engine round trip per batch). */
async function sqlIds(asts: readonly QueryNode[]): Promise<string[][]> {
  const params: Record<string, string> = {};
  const columns = asts.map((ast, i) => {
    const filter = toSql(ast, `q${i}_`);
    Object.assign(params, filter.params);
    return `${filter.sql} AS f${i}`;
  });
  const result = await session.queryBindAsync(`SELECT id, ${columns.join(', ')} FROM posts ORDER BY id`, params, {
    format: 'JSONEachRow',
  });
  const out = asts.map((): string[] => []);
  for (const line of result.text().split('\n')) {
    if (line === '') continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    out.forEach((ids, i) => {
      if (Number(row[`f${i}`]) === 1) ids.push(String(row.id));
    });
  }
  return out;
}

async function expectAgreement(queries: readonly string[]): Promise<void> {
  for (let start = 0; start < queries.length; start += 50) {
    const batch = queries.slice(start, start + 50);
    const asts = batch.map((q) => parseQuery(q));
    const fromSql = await sqlIds(asts);
    asts.forEach((ast, i) => expect(fromSql[i], batch[i]).toEqual(jsIds(ast)));
  }
}

function jsIds(ast: QueryNode): string[] {
  const matcher = compileMatcher(ast);
  return rows.filter(({ post: p, spec }) => matcher(p, tokenize(p.text), spec.language ?? 'en')).map((r) => r.id);
}

describe('toSql', () => {
  it('keeps every user value out of the SQL text', () => {
    const query = String.raw`"it's" O'Brien "c:\temp" {q0:String} "') OR 1=1 --" author:bob lang:cy platform:x`;
    const { sql, params } = toSql(parseQuery(query), 'p');
    expect(sql).not.toMatch(/['"\\]/);
    for (const word of sql.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
      expect(IDENTIFIERS.has(word) || /^p\d+$/.test(word), word).toBe(true);
    }
    expect(Object.values(params)).toContain('cy');
    expect(Object.keys(params).every((k) => k.startsWith('p'))).toBe(true);
  });

  it('reuses one parameter for a repeated value and prefixes names', () => {
    const { sql, params } = toSql(parseQuery('bins OR bins'), 'flt_');
    expect(Object.keys(params)).toEqual(['flt_0']);
    expect(sql).toBe('(match(text, {flt_0:String}) OR match(text, {flt_0:String}))');
  });

  it('rejects a prefix that is not an identifier', () => {
    expect(() => toSql(parseQuery('bins'), 'a}b')).toThrow(RangeError);
  });
});

describe('SQL filter and stream matcher agree (chdb)', () => {
  it('select the same posts for hand-written queries', async () => {
    await expectAgreement(QUERY_TEXTS);
  });

  it('filter rows in a WHERE clause', async () => {
    const { sql, params } = toSql(parseQuery('(bin OR bins OR "refuse collection") AND NOT laden'), 'w');
    const result = await session.queryBindAsync(`SELECT count() AS n FROM posts WHERE ${sql}`, params, { format: 'JSONEachRow' });
    const expected = jsIds(parseQuery('(bin OR bins OR "refuse collection") AND NOT laden')).length;
    expect(expected).toBeGreaterThan(2);
    expect(Number((JSON.parse(result.text()) as { n: string | number }).n)).toBe(expected);
  });

  it('match at least one post and miss at least one for most hand-written queries', async () => {
    // Guards the agreement test against passing vacuously (everything or nothing matching).
    let informative = 0;
    for (const query of QUERY_TEXTS) {
      const n = jsIds(parseQuery(query)).length;
      if (n > 0 && n < rows.length) informative++;
    }
    expect(informative).toBeGreaterThan(QUERY_TEXTS.length * 0.8);
  });

  it('select the same posts for 300 random queries', async () => {
    const random = randomQueries(300, 20260101);
    expect(random.length).toBeGreaterThan(250);
    await expectAgreement(random);
  });
});

/** Seeded generator of queries over the corpus vocabulary (mulberry32). */
function randomQueries(count: number, seed: number): string[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const texts = CORPUS.map((c) => c.text).filter((t) => t !== '');
  const words = [...new Set(texts.flatMap((t) => t.split(/[^\p{L}\p{N}&£_'-]+/u)).filter((w) => w.length > 1))];
  const atom = (): string => {
    const r = rand();
    if (r < 0.45) return pick(words);
    if (r < 0.55) {
      const w = pick(words);
      return `${w.slice(0, 2 + Math.floor(rand() * Math.max(1, w.length - 2)))}*`;
    }
    if (r < 0.7) {
      const ws = pick(texts).split(/\s+/u);
      const i = Math.floor(rand() * Math.max(1, ws.length - 1));
      return `"${ws
        .slice(i, i + 2)
        .join(' ')
        .replaceAll('"', '')}"`;
    }
    if (r < 0.8) return pick(['#potholes', '#binday', '#fly*', '#flytipping', '#stormÉowyn', '#nothing']);
    if (r < 0.88) return pick(['@leedscc', '@envteam', '@leeds*', '@nobody']);
    return pick(['platform:x', 'platform:facebook', 'lang:cy', 'lang:en', 'author:resident', 'author:cafe*', 'author:highwaysteam']);
  };
  const expr = (depth: number): string => {
    if (depth === 0 || rand() < 0.35) return rand() < 0.15 ? `-${atom()}` : atom();
    const parts = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => expr(depth - 1));
    const op = pick([' AND ', ' OR ', ' ', ' AND NOT ']);
    return `(${parts.join(op)})`;
  };
  const out: string[] = [];
  for (let i = 0; out.length < count && i < count * 3; i++) {
    const q = expr(3);
    try {
      parseQuery(q);
      out.push(q);
    } catch (err) {
      if (!(err instanceof QuerySyntaxError)) throw err;
    }
  }
  return out;
}
