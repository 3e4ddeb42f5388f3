import { describe, expect, it } from 'vitest';
import { PLATFORMS, PostSchema, type Post } from '../../../core/contracts/post.js';
import { compileValidator, describeErrors } from '../../../core/contracts/validate.js';
import { SampleError, generatePosts, generateSamples, type Sample } from '../../../scripts/sample/index.js';
import { COUNCILS, PLACES } from '../../../scripts/sample/world/index.js';

const validate = compileValidator(PostSchema);
const N = 5000;
const samples: Sample[] = [...generateSamples({ count: N, seed: 42 })];
const posts = samples.map((s) => s.post);
const share = (pred: (p: Post) => boolean): number => posts.filter(pred).length / N;

describe('generatePosts', () => {
  it('produces exactly `count` posts that all validate against PostSchema', () => {
    expect(posts).toHaveLength(N);
    const invalid = posts.flatMap((p) => {
      const r = validate(p);
      return r.ok ? [] : [`${p.id}: ${describeErrors(r.errors)}`];
    });
    expect(invalid).toEqual([]);
  });

  it('gives every post a unique id prefixed by its platform', () => {
    expect(new Set(posts.map((p) => p.id)).size).toBe(N);
    for (const p of posts) expect(p.id.startsWith(`${p.platform}:`)).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    // The count shapes the timeline, so compare runs of the same count.
    const again = [...generatePosts({ count: N, seed: 42 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(posts));
    const other = [...generatePosts({ count: N, seed: 43 })];
    expect(other.map((p) => p.text)).not.toEqual(again.map((p) => p.text));
  });

  it('keeps texts varied: at least 80% distinct', () => {
    expect(new Set(posts.map((p) => p.text)).size / N).toBeGreaterThanOrEqual(0.8);
  });

  it('spreads created_at over the period in time order', () => {
    const start = Date.parse('2026-11-07T00:00:00Z');
    const end = start + 14 * 86_400_000;
    const times = posts.map((p) => Date.parse(p.created_at));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
    expect(times[0]).toBeGreaterThanOrEqual(start);
    expect(times[times.length - 1]).toBeLessThan(end);
    const days = new Set(posts.map((p) => p.created_at.slice(0, 10)));
    expect(days.size).toBe(14);
  });

  it('honours start and spanDays', () => {
    const start = new Date('2025-03-01T00:00:00Z');
    const got = [...generatePosts({ count: 200, seed: 1, start, spanDays: 2 })];
    for (const p of got) {
      const t = Date.parse(p.created_at);
      expect(t).toBeGreaterThanOrEqual(start.getTime());
      expect(t).toBeLessThan(start.getTime() + 2 * 86_400_000);
    }
  });

  it('rejects bad options with a typed error', () => {
    const codeOf = (opts: Parameters<typeof generatePosts>[0]): string | undefined => {
      try {
        generatePosts(opts).next();
      } catch (err) {
        return err instanceof SampleError ? err.code : 'other';
      }
      return undefined;
    };
    expect(codeOf({ count: -1 })).toBe('SAMPLE_INVALID_OPTIONS');
    expect(codeOf({ count: 1.5 })).toBe('SAMPLE_INVALID_OPTIONS');
    expect(codeOf({ count: 1, spanDays: 0 })).toBe('SAMPLE_INVALID_OPTIONS');
    expect(codeOf({ count: 1, start: new Date('nope') })).toBe('SAMPLE_INVALID_OPTIONS');
    expect([...generatePosts({ count: 0 })]).toEqual([]);
  });
});

describe('distribution', () => {
  it('covers every platform', () => {
    expect(new Set(posts.map((p) => p.platform))).toEqual(new Set(PLATFORMS));
  });

  it('names places of many councils, in Wales and England', () => {
    const councils = new Set(samples.map((s) => s.truth.council));
    expect(councils.size).toBeGreaterThanOrEqual(15);
    for (const place of ['Exeter', 'Exmouth', 'Plymouth', 'Bristol', 'Cardiff', 'Manchester', 'Leeds', 'Norwich']) {
      expect(posts.some((p) => p.text.includes(place))).toBe(true);
    }
  });

  it('has 5-12% outbound replies, each answering an earlier inbound post in the same thread', () => {
    const outShare = share((p) => p.direction === 'outbound');
    expect(outShare).toBeGreaterThanOrEqual(0.05);
    expect(outShare).toBeLessThanOrEqual(0.12);
    const seen = new Map<string, Post>();
    for (const p of posts) {
      if (p.direction === 'outbound') {
        const parent = seen.get(p.reply_to ?? '');
        expect(parent?.direction).toBe('inbound');
        expect(parent?.platform).toBe(p.platform);
        expect(p.thread_id).toBe(parent?.thread_id ?? parent?.id);
        expect(Date.parse(p.created_at)).toBeGreaterThanOrEqual(Date.parse(parent?.created_at ?? ''));
      }
      seen.set(p.id, p);
    }
  });

  it('writes outbound posts from council accounts', () => {
    const handles = new Set(COUNCILS.map((c) => c.handle));
    const outbound = posts.filter((p) => p.direction === 'outbound' && p.platform === 'x');
    expect(outbound.length).toBeGreaterThan(0);
    for (const p of outbound) expect(handles.has(p.author.handle)).toBe(true);
  });

  it('includes Welsh, off-topic, urgent, storm and news posts', () => {
    const kinds = new Set(samples.map((s) => s.truth.kind));
    for (const k of ['topic', 'storm', 'urgent', 'offtopic', 'news', 'reply', 'followup']) expect(kinds.has(k as never)).toBe(true);
    expect(samples.some((s) => s.truth.lang === 'cy' && s.post.lang === 'cy')).toBe(true);
    expect(samples.some((s) => s.truth.urgency === 'emergency')).toBe(true);
    expect(share((p) => p.lang === 'cy')).toBeLessThan(0.1);
  });

  it('packs the storm into a burst', () => {
    const storm = samples.filter((s) => s.truth.kind === 'storm').map((s) => Date.parse(s.post.created_at));
    expect(storm.length).toBeGreaterThan(N * 0.02);
    const spanH = (Math.max(...storm) - Math.min(...storm)) / 3_600_000;
    expect(spanH).toBeLessThan(48);
  });

  it('follows a daily rhythm: evenings busier than small hours', () => {
    const hour = (p: Post): number => new Date(p.created_at).getUTCHours();
    const evening = posts.filter((p) => hour(p) >= 18 && hour(p) < 21).length;
    const night = posts.filter((p) => hour(p) >= 2 && hour(p) < 5).length;
    expect(evening).toBeGreaterThan(night * 5);
  });
});

describe('post fields', () => {
  it('keeps mentions, hashtags and links consistent with the text', () => {
    for (const p of posts) {
      for (const m of p.mentions) expect(p.text).toContain(`@${m}`);
      for (const h of p.hashtags) expect(p.text).toContain(`#${h}`);
      for (const l of p.links) expect(p.text).toContain(l);
    }
    expect(share((p) => p.mentions.length > 0)).toBeGreaterThan(0.2);
    expect(share((p) => p.hashtags.length > 0)).toBeGreaterThan(0.1);
    expect(share((p) => p.links.length > 0)).toBeGreaterThan(0.01);
  });

  it('puts geotags inside the place the post is about', () => {
    const byName = new Map(PLACES.map((p) => [p.name, p]));
    const geotagged = samples.filter((s) => s.post.geo?.lat !== undefined);
    expect(geotagged.length).toBeGreaterThan(50);
    for (const { post, truth } of geotagged) {
      const place = byName.get(truth.place);
      expect(place).toBeDefined();
      const dLatKm = ((post.geo?.lat ?? 0) - (place?.lat ?? 0)) * 111.32;
      const dLonKm = ((post.geo?.lon ?? 0) - (place?.lon ?? 0)) * 111.32 * Math.cos(((place?.lat ?? 0) * Math.PI) / 180);
      expect(Math.hypot(dLatKm, dLonKm)).toBeLessThanOrEqual((place?.radiusKm ?? 0) + 0.01);
    }
  });

  it('shapes native ids like each platform', () => {
    const patterns: Record<string, RegExp> = {
      x: /^x:\d{18,19}$/,
      mastodon: /^mastodon:[a-z0-9.-]+\/\d{17,19}$/,
      bluesky: /^bluesky:did:plc:[a-z2-7]{24}\/[2-7a-z]{13}$/,
      reddit: /^reddit:t3_[0-9a-z]+$/,
      facebook: /^facebook:\d+_\d+$/,
      instagram: /^instagram:17\d{15}$/,
      webform: /^webform:[a-z-]+-\d{4}-\d{7}$/,
      rss: /^rss:[a-z-]+\/\d{4}-\d{2}-\d{2}-\d+$/,
    };
    for (const p of posts) expect(p.id).toMatch(patterns[p.platform] ?? /^$/);
  });

  it('encodes created_at in X and Mastodon snowflakes, so ids sort by time', () => {
    const xs = posts.filter((p) => p.platform === 'x');
    for (const p of xs) expect(Number((BigInt(p.id.slice(2)) >> 22n) + 1288834974657n)).toBe(Date.parse(p.created_at));
    for (let i = 1; i < xs.length; i++) expect(BigInt(xs[i]?.id.slice(2) ?? 0) > BigInt(xs[i - 1]?.id.slice(2) ?? 0)).toBe(true);
    for (const p of posts.filter((q) => q.platform === 'mastodon')) {
      expect(Number(BigInt(p.id.split('/')[1] ?? 0) >> 16n)).toBe(Date.parse(p.created_at));
    }
  });

  it('sets tenant only on feeds a tenant owns', () => {
    const tenants = new Set(COUNCILS.flatMap((c) => (c.tenant ? [c.tenant] : [])));
    const withTenant = posts.filter((p) => p.tenant !== undefined);
    expect(withTenant.length).toBeGreaterThan(N * 0.1);
    for (const p of withTenant) expect(tenants.has(p.tenant ?? '')).toBe(true);
    for (const p of posts.filter((q) => q.source.startsWith('reddit-') || q.source.startsWith('rss-'))) expect(p.tenant).toBeUndefined();
  });

  it('repeats regular authors', () => {
    const counts = new Map<string, number>();
    for (const p of posts) counts.set(p.author.id, (counts.get(p.author.id) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(5);
  });
});
