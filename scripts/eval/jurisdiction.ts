/**
 * Jurisdiction evaluation on test/data/jurisdiction/posts.labelled.ndjson (made-up posts labelled
 * with the responsible authority area). Reports split "test" (and "dev", the split used for tuning):
 * authority accuracy (a correct abstention counts as correct), tier accuracy, abstention rate,
 * accuracy when not abstaining, and a per-category breakdown.
 * Run: npx tsx scripts/eval/jurisdiction.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Post } from '../../core/contracts/post.js';
import {
  createJurisdictionResolver,
  loadRegister,
  readPartnershipFile,
  type AuthorityRegister,
  type JurisdictionResolver,
} from '../../processors/jurisdiction/index.js';
import { tokenize } from '../../processors/text/tokens.js';

export interface EvalSection {
  title: string;
  lines: string[];
  metrics: Record<string, number>;
}

export interface LabelledPost {
  id: string;
  text: string;
  platform: string;
  mentions: string[];
  geo?: { lat: number; lon: number };
  /** The tenant the post came in through (its settings are in data/sample/partnership.json). */
  tenant?: string;
  topic: string | null;
  expected: { code: string | null; name: string | null; tier: string | null; body_type: string | null };
  place: string | null;
  notes: string;
  split: 'dev' | 'test';
}

export interface SplitMetrics {
  n: number;
  authority: number;
  tier: number;
  abstention: number;
  precision: number;
  byCategory: Map<string, { n: number; correct: number }>;
  errors: { post: LabelledPost; code: string | null; reason: string }[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'data', 'jurisdiction');

export function loadLabelled(dir = DIR): LabelledPost[] {
  return readFileSync(join(dir, 'posts.labelled.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledPost);
}

/**
 * The handle table of LABELLING.md as resolver `accounts`: council rows carry their GSS code in
 * parentheses; body rows are matched to the register's bodies by name or alias.
 */
export function labelledAccounts(register: AuthorityRegister, dir = DIR): Record<string, string> {
  const md = readFileSync(join(dir, 'LABELLING.md'), 'utf8');
  const accounts: Record<string, string> = {};
  for (const m of md.matchAll(/^\| `(@[A-Za-z0-9_]+)` \| ([^|]+)\|/gm)) {
    const handle = m[1] as string;
    const cell = (m[2] as string).trim();
    const gss = /\(([ENSW]\d{8})\)/.exec(cell)?.[1];
    if (gss !== undefined) {
      accounts[handle] = gss;
      continue;
    }
    const name = cell
      .replace(/\s*\(not a council.*$/, '')
      .trim()
      .toLowerCase();
    const body = register.bodies.find((b) => b.name.toLowerCase() === name || b.aliases.some((a) => a.toLowerCase() === name));
    if (body) accounts[handle] = body.id;
  }
  return accounts;
}

export function toPost(p: LabelledPost): Post {
  return {
    id: `x:${p.id}`,
    platform: 'x',
    source: 'eval',
    direction: 'inbound',
    author: { id: 'eval', handle: 'resident', name: 'Resident' },
    text: p.text,
    created_at: '2024-01-01T00:00:00Z',
    mentions: p.mentions,
    hashtags: [],
    links: [],
    ...(p.geo ? { geo: { lat: p.geo.lat, lon: p.geo.lon } } : {}),
    ...(p.tenant === undefined ? {} : { tenant: p.tenant }),
  };
}

/** Names in the curated streets and landmarks list (and their aliases). */
const LANDMARKS: ReadonlySet<string> = new Set(
  readFileSync(join(DIR, '..', '..', '..', 'data', 'gazetteer', 'curated', 'landmarks.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .flatMap((l) => {
      const [name = '', , , aliases = ''] = l.split('\t');
      return [name, ...aliases.split(';')].map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
    }),
);

/** The names LABELLING.md lists under "Ambiguous names covered" (the file has no category field). */
const AMBIGUOUS = new Set([
  'Newport',
  'Richmond',
  'Ashford',
  'Boston',
  'Gillingham',
  'Bradford',
  'Washington',
  'Barton',
  'Bangor',
  'Stratford',
  'Sutton',
  'Kingston',
  'Preston',
  'Bury',
  'Wellington',
  'Whitchurch',
  'Rochester',
  'Perth',
  'Hamilton',
  'Ely',
  'Tiverton',
  'Brixton',
  'Romford',
  'Wymondham',
  'Casnewydd',
  'Nghasnewydd',
  'Mangor',
]);

/** The evaluation categories, derived from the labels. */
export function categoryOf(p: LabelledPost): string {
  if (p.geo) return 'geotagged';
  if (p.tenant !== undefined) return 'tenant settings';
  if (p.place !== null && LANDMARKS.has(p.place.toLowerCase())) return 'street or landmark';
  if (p.mentions.length > 0) return '@handle';
  if (p.place !== null && AMBIGUOUS.has(p.place)) return p.expected.code === null ? 'ambiguous: abstain' : 'ambiguous: context decides';
  if (p.expected.code === null) return 'no place: abstain';
  if (p.expected.body_type !== 'council') return 'non-council body';
  const t = p.expected.tier;
  if (t === 'district' || t === 'county') return 'two-tier England';
  return t ?? 'other';
}

export function evaluate(resolver: JurisdictionResolver, posts: readonly LabelledPost[]): SplitMetrics {
  let authority = 0;
  let tier = 0;
  let abstained = 0;
  let decidedCorrect = 0;
  const byCategory = new Map<string, { n: number; correct: number }>();
  const errors: SplitMetrics['errors'] = [];
  for (const p of posts) {
    const topics = p.topic === null ? [] : [{ id: p.topic, score: 1 }];
    const j = resolver.resolve(toPost(p), tokenize(p.text), topics).jurisdiction;
    const ok = j.code === p.expected.code;
    authority += ok ? 1 : 0;
    tier += j.tier === p.expected.tier ? 1 : 0;
    if (j.code === null) abstained++;
    else if (ok) decidedCorrect++;
    const cat = categoryOf(p);
    const c = byCategory.get(cat) ?? { n: 0, correct: 0 };
    byCategory.set(cat, { n: c.n + 1, correct: c.correct + (ok ? 1 : 0) });
    if (!ok) errors.push({ post: p, code: j.code, reason: j.reason });
  }
  const n = posts.length;
  const decided = n - abstained;
  return {
    n,
    authority: authority / n,
    tier: tier / n,
    abstention: abstained / n,
    precision: decided === 0 ? 0 : decidedCorrect / decided,
    byCategory,
    errors,
  };
}

/** The Devon sample's partnership file: the tenants' areas and accounts the tenant posts rely on. */
const PARTNERSHIP = join(DIR, '..', '..', '..', 'data', 'sample', 'partnership.json');

/** Handle-table accounts for every tenant, plus the sample partnership's tenants. */
export function createEvalResolver(): JurisdictionResolver {
  const register = loadRegister();
  const sample = readPartnershipFile(PARTNERSHIP);
  if (sample === undefined) throw new Error(`no partnership file at ${PARTNERSHIP}`);
  const partnership = { ...sample, accounts: { ...sample.accounts, ...labelledAccounts(register) } };
  return createJurisdictionResolver({ partnership, defaultTenant: 'default' });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function run(): Promise<EvalSection> {
  const resolver = createEvalResolver();
  const posts = loadLabelled();
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  for (const split of ['test', 'dev'] as const) {
    const m = evaluate(
      resolver,
      posts.filter((p) => p.split === split),
    );
    lines.push(
      `${split} (n=${m.n}): authority ${pct(m.authority)}, tier ${pct(m.tier)}, abstention ${pct(m.abstention)}, accuracy when deciding ${pct(m.precision)}`,
    );
    for (const [cat, c] of [...m.byCategory.entries()].sort((a, b) => b[1].n - a[1].n)) {
      lines.push(`  ${cat.padEnd(26)} ${String(c.correct).padStart(3)}/${String(c.n).padEnd(3)} ${pct(c.correct / c.n)}`);
    }
    Object.assign(metrics, {
      [`${split}_authority_accuracy`]: m.authority,
      [`${split}_tier_accuracy`]: m.tier,
      [`${split}_abstention_rate`]: m.abstention,
      [`${split}_accuracy_when_deciding`]: m.precision,
    });
  }
  return { title: 'Jurisdiction (labelled posts; topic given)', lines, metrics };
}

async function main(): Promise<void> {
  const section = await run();
  console.log(`# ${section.title}`);
  for (const l of section.lines) console.log(l);
  if (process.argv.includes('--errors')) {
    // Errors of the dev split only: that is the split to look at while tuning.
    const m = evaluate(
      createEvalResolver(),
      loadLabelled().filter((p) => p.split === 'dev'),
    );
    for (const e of m.errors) {
      console.log(`${e.post.id} expected ${e.post.expected.code} got ${e.code} | ${e.post.text.slice(0, 90)}\n    ${e.reason}`);
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) void main();
