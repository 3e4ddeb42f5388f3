import { describe, expect, it } from 'vitest';
import { Rng } from '../../../scripts/sample/prng.js';
import { render, resolveMarks, type RenderContext } from '../../../scripts/sample/render.js';
import { compileTemplate } from '../../../scripts/sample/templates/index.js';
import { SampleError } from '../../../scripts/sample/errors.js';
import { COUNCILS, PLACES, REGIONS } from '../../../scripts/sample/world/index.js';
import type { Platform } from '../../../core/contracts/post.js';

function ctx(platform: Platform, seed = 1): RenderContext {
  const place = PLACES[0];
  const region = REGIONS[0];
  const council = COUNCILS[0];
  if (!place || !region || !council) throw new Error('world data missing');
  return {
    rng: new Rng(seed),
    platform,
    place,
    region,
    council,
    addressed: council,
    other: null,
    welsh: false,
    storm: 'Storm Nell',
    first: 'Sam',
    marks: [],
  };
}

const errorCode = (text: string): string | undefined => {
  try {
    compileTemplate({ topic: null, intent: 'other', text });
  } catch (err) {
    return err instanceof SampleError ? err.code : 'other';
  }
  return undefined;
};

describe('templates', () => {
  it('rejects unknown slots and unbalanced braces', () => {
    expect(errorCode('Hello {nope}')).toBe('SAMPLE_TEMPLATE_INVALID');
    expect(errorCode('Hello {place')).toBe('SAMPLE_TEMPLATE_INVALID');
    expect(errorCode('Hello place}')).toBe('SAMPLE_TEMPLATE_INVALID');
    expect(errorCode('Hello {place}, {a|b|{street}}')).toBeUndefined();
  });

  it('tidies the gaps optional groups leave', () => {
    const tpl = compileTemplate({ topic: null, intent: 'other', text: '{|Hi} bins {|again}. Missed {|twice} ' });
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add(render(tpl.nodes, ctx('facebook', seed)));
    expect(seen).toContain('bins. Missed');
    expect(seen).toContain('Hi bins again. Missed twice');
    for (const s of seen) expect(s).not.toMatch(/ {2}|^ | $| \./);
  });

  it('renders {council} as a platform mention, or as a name where there are none', () => {
    const tpl = compileTemplate({ topic: null, intent: 'other', text: '{council} bins' });
    const onX = ctx('x');
    expect(resolveMarks(render(tpl.nodes, onX), onX.marks)).toBe('@DevonCC bins');
    const onMastodon = ctx('mastodon');
    expect(resolveMarks(render(tpl.nodes, onMastodon), onMastodon.marks)).toBe('@DevonCC@mastodon.social bins');
    const onBluesky = ctx('bluesky');
    expect(resolveMarks(render(tpl.nodes, onBluesky), onBluesky.marks)).toBe('@devon.gov.uk bins');
    expect(render(tpl.nodes, ctx('facebook'))).toBe('Devon County Council bins');
  });

  it('treats a slot name inside a choice as the slot', () => {
    const tpl = compileTemplate({ topic: null, intent: 'other', text: 'in {place|place}' });
    expect(render(tpl.nodes, ctx('x'))).toBe(`in ${PLACES[0]?.name ?? ''}`);
  });
});
