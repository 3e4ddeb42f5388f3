import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { emptyTags } from '../../../core/contracts/tags.js';
import { ConfigError } from '../../../core/errors.js';
import { checkPartnership, createJurisdictionResolver, readPartnershipFile } from '../../../processors/jurisdiction/index.js';
import { createJurisdictionTagger } from '../../../processors/taggers/jurisdiction/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { makePost, resolveText } from './helpers.js';

const EXAMPLE = fileURLToPath(new URL('../../../data/sample/partnership.json', import.meta.url));
const partnership = readPartnershipFile(EXAMPLE);
const resolver = createJurisdictionResolver({ partnership, defaultTenant: 'default' });

function problemsOf(f: () => unknown): readonly string[] {
  try {
    f();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('partnership file', () => {
  it('reads the Devon sample example', () => {
    expect(partnership?.tenants['plymouth']?.area).toBe('E06000026');
    expect(readPartnershipFile(undefined)).toBeUndefined();
  });

  it('rejects a bad file with every problem listed', () => {
    const bad = {
      accounts: { '@Somewhere': 'E99999999' },
      tenants: {
        devon: { area: 'E47000001', services: { topics: { parking: 'parish' }, areas: { E10000008: { no_such_topic: 'county' } } } },
        exeter: { area: 'E07000041', colour: 'red' },
      },
    };
    const shape = problemsOf(() => checkPartnership(bad, 'p.json'));
    expect(shape).toEqual([expect.stringMatching(/^p\.json: \/tenants\/exeter\/colour unknown field/)]);
    const { exeter: _, ...tenants } = bad.tenants;
    const meaning = problemsOf(() => checkPartnership({ ...bad, tenants }, 'p.json'));
    expect(meaning).toEqual([
      expect.stringMatching(/\/accounts\/@Somewhere: E99999999 is neither/),
      expect.stringMatching(/\/tenants\/devon\/area: E47000001 .* is not a council with an area/),
      expect.stringMatching(/\/tenants\/devon\/services\/topics\/parking: invalid rule 'parish'/),
      expect.stringMatching(/\/tenants\/devon\/services\/areas\/E10000008\/no_such_topic: unknown topic/),
    ]);
  });

  it('reports a file that is missing or not JSON as configuration errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-partnership-'));
    const path = join(dir, 'p.json');
    writeFileSync(path, '{ "tenants": ');
    expect(problemsOf(() => readPartnershipFile(path))).toEqual([expect.stringContaining(`CP_PARTNERSHIP_FILE=${path}`)]);
    expect(problemsOf(() => readPartnershipFile(join(dir, 'missing.json')))).toHaveLength(1);
  });
});

describe("a post is resolved with its tenant's settings", () => {
  it("falls back to the tenant's own area when no place is named", () => {
    const text = 'Bins not collected again this week';
    const plymouth = resolveText(resolver, text, 'waste_collection', { tenant: 'plymouth' }).jurisdiction;
    expect(plymouth).toMatchObject({ code: 'E06000026', method: 'tenant' });
    expect(resolveText(resolver, text, 'waste_collection', { tenant: 'bristol' }).jurisdiction.code).toBe('E06000023');
    // A tenant the file does not name (and the default tenant) gets no area.
    expect(resolveText(resolver, text, 'waste_collection', { tenant: 'leeds' }).jurisdiction.code).toBeNull();
    expect(resolveText(resolver, text, 'waste_collection').jurisdiction.code).toBeNull();
  });

  it("uses the tenant's area to separate ambiguous names", () => {
    const r = resolveText(resolver, 'Bins missed in Newport again', 'waste_collection', { tenant: 'north-devon' }).jurisdiction;
    expect(r.code).toBe('E07000043');
  });

  it("knows the partners' accounts, shared and per tenant", () => {
    const shared = resolveText(resolver, '@TorridgeDC bins not collected', 'waste_collection', { tenant: 'leeds' }).jurisdiction;
    expect(shared).toMatchObject({ code: 'E07000046', method: 'account', confidence: 0.8 });
    const own = resolveText(resolver, '@cardiffcouncil_cy biniau heb eu casglu', 'waste_collection', { tenant: 'cardiff' }).jurisdiction;
    expect(own).toMatchObject({ code: 'W06000015', method: 'account' });
    const elsewhere = resolveText(resolver, '@cardiffcouncil_cy biniau heb eu casglu', 'waste_collection', {
      tenant: 'bristol',
    }).jurisdiction;
    expect(elsewhere.method).not.toBe('account');
  });

  it("applies the tenant's service overrides only to its posts", () => {
    const text = 'Parking permits in Exmouth are a mess';
    const devon = resolveText(resolver, text, 'parking', { tenant: 'devon' }).jurisdiction;
    expect(devon.code).toBe('E10000008');
    expect(devon.reason).toMatch(/partnership override/);
    expect(resolveText(resolver, text, 'parking', { tenant: 'east-devon' }).jurisdiction.code).toBe('E07000040');
  });

  it("never answers one tenant's post with a decision remembered for another", () => {
    // Same post, same places: the decision is remembered per tenant, so the order must not matter.
    const text = 'Parking permits in Exmouth are a mess';
    const fresh = createJurisdictionResolver({ partnership, defaultTenant: 'default' });
    const order = ['devon', 'east-devon', 'devon', 'leeds', 'east-devon', 'devon'];
    const codes = order.map((tenant) => resolveText(fresh, text, 'parking', { tenant }).jurisdiction.code);
    expect(codes).toEqual(['E10000008', 'E07000040', 'E10000008', 'E07000040', 'E07000040', 'E10000008']);
    const tenantArea = (tenant: string) => resolveText(fresh, 'Bins not collected again', 'waste_collection', { tenant }).jurisdiction;
    expect([tenantArea('plymouth').code, tenantArea('bristol').code, tenantArea('plymouth').code]).toEqual([
      'E06000026',
      'E06000023',
      'E06000026',
    ]);
  });

  it('shares a remembered decision between posts only frozen', () => {
    const fresh = createJurisdictionResolver({ partnership, defaultTenant: 'default' });
    const first = resolveText(fresh, 'Bins missed in Exmouth', 'waste_collection', { tenant: 'exeter' }).jurisdiction;
    const again = resolveText(fresh, 'Bins missed in Exmouth again', 'waste_collection', { tenant: 'exeter' }).jurisdiction;
    expect(again).toEqual(first);
    expect(Object.isFrozen(again) && Object.isFrozen(again.candidates)).toBe(true);
    expect(again.candidates.every((c) => Object.isFrozen(c))).toBe(true);
  });

  it('reaches the chain: the tagger picks the settings by the post tenant or the default tenant', () => {
    const tagger = createJurisdictionTagger({ partnership, defaultTenant: 'torbay' });
    const tag = (extra: Parameters<typeof makePost>[1]) => {
      const post = makePost('Street light out by the school', extra);
      const tags = emptyTags();
      tags.topics = [{ id: 'street_lighting', score: 1 }];
      tagger.tag({ post, text: tokenize(post.text) }, tags);
      return tags.jurisdiction.code;
    };
    expect(tag({})).toBe('E06000027');
    expect(tag({ tenant: 'exeter' })).toBe('E10000008');
  });
});
