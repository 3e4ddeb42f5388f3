/**
 * Derives the jurisdiction data files (data/authorities, data/gazetteer, data/boundaries,
 * data/services) from the reference data in ../shared/data plus the hand-curated inputs under
 * data/<area>/curated/. Re-run with `npx tsx scripts/build-jurisdiction-data.ts [sharedDataDir]`.
 * The runtime and the tests read only the outputs.
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

import { parseCsv } from '../ingest/csv.js';
import { nlpLexicon } from '../processors/nlp/index.js';
import { STREET_WORDS } from '../processors/jurisdiction/street-words.js';
import { tokenize } from '../processors/text/tokens.js';
import type {
  AuthorityRecord,
  AuthorityType,
  BodyKind,
  BodyRecord,
  BoundaryFeature,
  Nation,
  ServiceRefinement,
  ServiceTopicEntry,
} from '../processors/jurisdiction/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.argv[2] ?? join(ROOT, '..', 'shared', 'data');
const OUT = join(ROOT, 'data');
const SCALE = 10_000;

// ---------- small utilities ----------

function readCsvObjects(path: string): Record<string, string>[] {
  const [header, ...rows] = [...parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))].map((r) => r.fields);
  if (header === undefined) throw new Error(`empty csv ${path}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function readJson<T>(path: string): T {
  const buf = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8')) as T;
}

const shared = (...p: string[]) => join(SHARED, ...p);
const out = (...p: string[]) => join(OUT, ...p);
const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;

function fail(msg: string): never {
  throw new Error(`build-jurisdiction-data: ${msg}`);
}

// ---------- 1. register of authorities ----------

const TYPE_MAP: Record<string, AuthorityType> = {
  NMD: 'district',
  UA: 'unitary',
  MD: 'metropolitan_district',
  LBO: 'london_borough',
  CC: 'city_corporation',
  SCO: 'scottish_council',
  WPA: 'welsh_council',
  NID: 'ni_district',
  CTY: 'county',
  COMB: 'combined_authority',
  SRA: 'strategic_authority',
};

type MsRow = Record<string, string>;

function loadMySociety() {
  const rows = readCsvObjects(shared('mysociety-uk-local-authorities', 'uk_local_authorities.csv')) as MsRow[];
  const byId = new Map(rows.map((r) => [r['local-authority-code'] ?? '', r]));
  const names = readCsvObjects(shared('mysociety-uk-local-authorities', 'lookup_name_to_registry.csv'));
  return { rows, byId, names };
}

function welshNames(): Map<string, string> {
  const topo = readJson<{ features: { properties: Record<string, string | null> }[] }>(
    shared('uk-lad-boundaries-martinjc', 'gb_lad2013.geojson.gz'),
  );
  const m = new Map<string, string>();
  for (const f of topo.features) {
    const w = f.properties['LAD13NMW'];
    const code = f.properties['LAD13CD'];
    if (w && code) m.set(code, w);
  }
  return m;
}

function fmsCounts(gssToCurrent: (gss: string) => string[]): Map<string, number> {
  const rows = readCsvObjects(shared('fixmystreet-report-counts-by-lad', 'lad_all_time_No_Categories.csv'));
  const m = new Map<string, number>();
  for (const r of rows) {
    const targets = gssToCurrent(r['lad'] ?? '');
    const n = Number(r['reports']);
    // A merged council inherits its predecessors' reports; a split one shares them out.
    for (const t of targets) m.set(t, (m.get(t) ?? 0) + n / targets.length);
  }
  return m;
}

function buildAuthorities() {
  const { rows, byId, names } = loadMySociety();
  const curated = readJson<{ aliases: Record<string, string[]> }>(out('authorities', 'curated', 'aliases.json')).aliases;
  const welsh = welshNames();
  const homepages = new Map(
    readCsvObjects(shared('govuk-local-services-tiers', 'govuk_local_authorities.csv')).map((r) => [r['gss'], r['homepage_url']]),
  );
  const gssOf = (id: string): string => byId.get(id)?.['gss-code'] || fail(`no GSS for ${id}`);

  // Follow replaced-by chains to the current authorities (Taunton Deane -> SWT -> Somerset).
  const currentOf = (id: string, depth = 0): string[] => {
    const r = byId.get(id) ?? fail(`unknown code ${id}`);
    if (r['current-authority'] === 'True') return [id];
    if (depth > 4) fail(`replaced-by loop at ${id}`);
    const next = (r['replaced-by'] ?? '').split(',').filter(Boolean);
    return [...new Set(next.flatMap((n) => currentOf(n, depth + 1)))];
  };
  const gssIndex = new Map<string, string>();
  for (const r of rows) {
    if (r['gss-code']) gssIndex.set(r['gss-code'], r['local-authority-code'] ?? '');
    for (const f of (r['former-gss-codes'] ?? '').split(',').filter(Boolean)) gssIndex.set(f, r['local-authority-code'] ?? '');
  }
  const gssToCurrent = (gss: string): string[] => {
    const id = gssIndex.get(gss);
    return id === undefined ? [] : currentOf(id).map(gssOf);
  };

  const aliasesById = new Map<string, Set<string>>();
  const addAlias = (id: string, name: string) => {
    if (name.includes('\uFFFD') || name.includes('ï¿½')) return; // mojibake rows (Sir Ynys Mon)
    const set = aliasesById.get(id) ?? new Set<string>();
    set.add(name.trim());
    aliasesById.set(id, set);
  };
  for (const n of names) addAlias(n['local-authority-code'] ?? '', n['la-name'] ?? '');
  for (const [id, list] of Object.entries(curated)) for (const a of list) addAlias(id, a);

  const fms = fmsCounts(gssToCurrent);
  const authorities: AuthorityRecord[] = [];
  for (const r of rows) {
    const gss = r['gss-code'];
    if (!gss) continue; // NI districts abolished in 2015 have no GSS code
    const id = r['local-authority-code'] ?? fail('row without code');
    const type = TYPE_MAP[r['local-authority-type'] ?? ''] ?? fail(`unknown type ${r['local-authority-type']}`);
    const current = r['current-authority'] === 'True';
    const aliases = new Set<string>();
    for (const a of [r['official-name'] ?? '', r['nice-name'] ?? '', ...(aliasesById.get(id) ?? [])]) if (a) aliases.add(a.trim());
    const w = welsh.get(gss) ?? null;
    if (w) aliases.add(w);
    authorities.push({
      code: gss,
      id,
      name: (r['official-name'] ?? '').trim(),
      short: (r['nice-name'] ?? '').trim(),
      welsh: curatedWelsh(curated[id]) ?? w,
      type,
      nation: r['nation'] as Nation,
      region: r['region'] ?? '',
      parent: r['county-la'] ? gssOf(r['county-la']) : null,
      combined: combinedOf(r['combined-authority'] ?? '', gssOf),
      current,
      endDate: r['end-date'] || null,
      replacedBy: current ? [] : currentOf(id).map(gssOf),
      formerCodes: (r['former-gss-codes'] ?? '').split(',').filter(Boolean),
      aliases: [...aliases],
      homepage: homepages.get(gss) ?? null,
      population: num(r['pop-2020']),
      lat: r['lat'] ? round(Number(r['lat']), 4) : null,
      lon: r['long'] ? round(Number(r['long']), 4) : null,
      fmsReports: current ? Math.round(fms.get(gss) ?? 0) : null,
    });
  }
  fixCountyRegions(authorities);
  authorities.sort((a, b) => a.code.localeCompare(b.code));
  return { authorities, byId, gssToCurrent, gssOf };
}

/**
 * The North of Tyne CA was folded into the North East CA in May 2024; mySociety's file still lists
 * its three members under NTCA.
 */
function combinedOf(code: string, gssOf: (id: string) => string): string | null {
  if (code === '') return null;
  return gssOf(code === 'NTCA' ? 'NECA' : code);
}

/** A Welsh name from the curated list, when it carries diacritics the ONS file drops. */
function curatedWelsh(list: string[] | undefined): string | null {
  return list?.find((a) => /[âêîôûŵŷ]/i.test(a)) ?? null;
}

/** mySociety's region column is unreliable for counties (Lincolnshire shows its CA's region): use the districts'. */
function fixCountyRegions(list: AuthorityRecord[]): void {
  for (const [i, a] of list.entries()) {
    if (a.type !== 'county') continue;
    const counts = new Map<string, number>();
    for (const d of list) if (d.parent === a.code && d.current) counts.set(d.region, (counts.get(d.region) ?? 0) + 1);
    const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
    if (best) list[i] = { ...a, region: best[0] };
  }
}

// ---------- 2. other bodies ----------

interface CuratedBody {
  id: string;
  kind: BodyKind;
  name: string;
  aliases?: string[];
  members: string[];
  approx?: boolean;
  national?: boolean;
}

function buildBodies(authorities: readonly AuthorityRecord[], gssOf: (id: string) => string): BodyRecord[] {
  const curated = readJson<{ kinds: Record<string, { complete: boolean }>; bodies: CuratedBody[] }>(
    out('authorities', 'curated', 'bodies.json'),
  );
  const areas = authorities.filter((a) => a.current && isArea(a));
  const expand = (m: string): string[] => {
    if (m.startsWith('nation:')) return areas.filter((a) => a.nation === m.slice(7)).map((a) => a.code);
    if (m.startsWith('region:')) return areas.filter((a) => a.region === m.slice(7)).map((a) => a.code);
    if (m.startsWith('type:')) return areas.filter((a) => a.type === TYPE_MAP[m.slice(5)]).map((a) => a.code);
    const gss = gssOf(m);
    const self = authorities.find((a) => a.code === gss) ?? fail(`unknown member ${m}`);
    if (!self.current) fail(`member ${m} is not a current authority`);
    return self.type === 'county' ? areas.filter((a) => a.parent === gss).map((a) => a.code) : [gss];
  };
  const bodies = curated.bodies.map((b): BodyRecord => ({
    id: b.id,
    kind: b.kind,
    name: b.name,
    aliases: b.aliases ?? [],
    areas: [...new Set(b.members.flatMap(expand))].sort(),
    approx: b.approx ?? false,
  }));
  for (const [kind, meta] of Object.entries(curated.kinds)) {
    if (!meta.complete) continue;
    for (const a of areas) {
      const n = bodies.filter((b) => b.kind === kind && b.areas.includes(a.code)).length;
      if (n !== 1) fail(`${a.short} (${a.code}) is covered by ${n} ${kind} bodies`);
    }
  }
  const police = bodies.filter((b) => b.kind === 'police' && b.areas.some((c) => c.startsWith('E') || c.startsWith('W')));
  if (police.length !== 43) fail(`expected 43 territorial police forces in England and Wales, got ${police.length}`);
  return bodies;
}

/** Lower-tier or unitary: the councils whose areas tile the UK. */
function isArea(a: AuthorityRecord): boolean {
  return a.type !== 'county' && a.type !== 'combined_authority' && a.type !== 'strategic_authority';
}

// ---------- 3. boundaries ----------

type Ring = [number, number][];
interface Geo {
  features: { properties: Record<string, string | number | null>; geometry: { type: string; coordinates: unknown } }[];
}

function ringsOf(geometry: { type: string; coordinates: unknown }): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  return fail(`unexpected geometry ${geometry.type}`);
}

function simplify(ring: Ring, tol: number): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = ring[a] as [number, number];
    const [bx, by] = ring[b] as [number, number];
    let maxD = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segDist(ring[i] as [number, number], ax, ay, bx, by);
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (maxD > tol && idx > 0) {
      keep[idx] = 1;
      stack.push([a, idx], [idx, b]);
    }
  }
  const res = ring.filter((_, i) => keep[i] === 1);
  return res.length >= 4 ? res : ring;
}

function segDist([px, py]: [number, number], ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function encodeRing(ring: Ring): number[] {
  const outArr: number[] = [];
  let px = 0;
  let py = 0;
  for (const [i, [x, y]] of ring.entries()) {
    const qx = Math.round(x * SCALE);
    const qy = Math.round(y * SCALE);
    if (i > 0 && qx === px && qy === py) continue;
    outArr.push(i === 0 ? qx : qx - px, i === 0 ? qy : qy - py);
    px = qx;
    py = qy;
  }
  return outArr;
}

function buildBoundaries(gssToCurrent: (gss: string) => string[], tol: number): BoundaryFeature[] {
  const gb = readJson<Geo>(shared('uk-lad-boundaries-martinjc', 'gb_lad2013.geojson.gz'));
  const ni = readJson<Geo>(shared('uk-lad-boundaries-martinjc', 'ni_lgd2015.geojson.gz'));
  const features: BoundaryFeature[] = [];
  const add = (lad: string, geometry: Geo['features'][number]['geometry']) => {
    const targets = gssToCurrent(lad);
    if (targets.length !== 1) fail(`2013 district ${lad} maps to ${targets.length} current councils`);
    const rings = ringsOf(geometry)
      .map((r) => simplify(r, tol))
      .map(encodeRing)
      .filter((r) => r.length >= 8);
    features.push({ code: targets[0] as string, lad, bbox: bboxOf(rings), rings });
  };
  for (const f of gb.features) add(String(f.properties['LAD13CD']), f.geometry);
  for (const f of ni.features) add(String(f.properties['LGDCode']), f.geometry);
  return features;
}

function bboxOf(rings: number[][]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) {
    let x = 0;
    let y = 0;
    for (let i = 0; i < r.length; i += 2) {
      x += r[i] as number;
      y += r[i + 1] as number;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Point-in-polygon over the encoded features; nearest polygon (within ~10 km) when none contains it. */
function locate(features: readonly BoundaryFeature[], lat: number, lon: number): string | null {
  const x = Math.round(lon * SCALE);
  const y = Math.round(lat * SCALE);
  let best: string | null = null;
  let bestD = 0.1 * SCALE;
  for (const f of features) {
    const [a, b, c, d] = f.bbox;
    if (x >= a && x <= c && y >= b && y <= d && inside(f.rings, x, y)) return f.code;
    if (x < a - bestD || x > c + bestD || y < b - bestD || y > d + bestD) continue;
    const dist = nearest(f.rings, x, y);
    if (dist < bestD) {
      bestD = dist;
      best = f.code;
    }
  }
  return best;
}

function decode(r: readonly number[]): number[] {
  const res: number[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < r.length; i += 2) {
    x += r[i] as number;
    y += r[i + 1] as number;
    res.push(x, y);
  }
  return res;
}

function inside(rings: readonly (readonly number[])[], x: number, y: number): boolean {
  let c = false;
  for (const enc of rings) {
    const r = decode(enc);
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const yi = r[i + 1] as number;
      const yj = r[j + 1] as number;
      const xi = r[i] as number;
      const xj = r[j] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

function nearest(rings: readonly (readonly number[])[], x: number, y: number): number {
  let best = Infinity;
  for (const enc of rings) {
    const r = decode(enc);
    for (let i = 2; i < r.length; i += 2) {
      best = Math.min(best, segDist([x, y], r[i - 2] as number, r[i - 1] as number, r[i] as number, r[i + 1] as number));
    }
  }
  return best;
}

// ---------- 4. gazetteer ----------

const STREET_SUFFIX: ReadonlySet<string> = new Set(STREET_WORDS);
const WEAK_SUFFIX = new Set(['park', 'green', 'end', 'common', 'estate', 'village']);

/** Words seen lower-case in ordinary English text (the VADER corpora: tweets, reviews, NYT editorials). */
function corpusCommonWords(): Set<string> {
  const files = ['tweets', 'movieReviewSnippets', 'nytEditorialSnippets', 'amazonReviewSnippets'];
  const counts = new Map<string, number>();
  for (const f of files) {
    const text = readFileSync(shared('vader', `${f}_GroundTruth.txt`), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      const body = line.split('\t')[2] ?? '';
      for (const t of tokenize(body).tokens) {
        if (t.kind === 'word' && t.text === t.norm) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
      }
    }
  }
  const curated = readFileSync(out('gazetteer', 'curated', 'common-words.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#'));
  const common = new Set(curated);
  for (const [w, n] of counts) if (n >= 2) common.add(w);
  return common;
}

interface TargetAcc {
  n: number;
  /** Estimated people living in the named place within this council (see placePopulations). */
  pop: number;
  alias: boolean;
  former: boolean;
  landmark: boolean;
}

interface PlaceAcc {
  display: string;
  targets: Map<string, TargetAcc>;
  /** What a curated landmark is ("street", "hospital"...). */
  kind?: string;
}

type TargetPatch = Partial<Omit<TargetAcc, 'n' | 'pop'>> & { n?: number; pop?: number };

function nameWords(name: string): string[] {
  return tokenize(name)
    .tokens.filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.norm);
}

/**
 * c: every word is an everyday word; w: ends in Park/Green/End...; p: a person's name (compromise's
 * first/last names) that is only a small place; x: a small place named after a place abroad (Dallas,
 * New York: curated/abroad.txt). "Town-like" = a council's own name or in 2+ postcode districts.
 */
function placeFlags(acc: PlaceAcc, common: Set<string>, abroad: Set<string>): string {
  const words = nameWords(acc.display);
  const last = words[words.length - 1] ?? '';
  const key = words.join(' ');
  const lex = nlpLexicon();
  const townLike = acc.kind !== undefined || [...acc.targets.values()].some((t) => t.alias || t.former || t.n >= 2);
  let flags = '';
  // Everyday words: seen lower-case in the corpora, or (for small places only) known to compromise as
  // ordinary words ("greet", "cam").
  if (words.every((w) => common.has(w) || (!townLike && lex.commonWords.has(w)))) flags += 'c';
  if (words.length > 1 && WEAK_SUFFIX.has(last)) flags += 'w';
  if (!townLike && words.length === 1 && (lex.firstNames.has(key) || lex.lastNames.has(key))) flags += 'p';
  if (!townLike && abroad.has(key)) flags += 'x';
  return flags;
}

function buildGazetteer(authorities: readonly AuthorityRecord[], boundaries: readonly BoundaryFeature[], gssOf: (id: string) => string) {
  const common = corpusCommonWords();
  const rivers = riverNames();
  const abroad = new Set(
    readFileSync(out('gazetteer', 'curated', 'abroad.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => nameWords(l).join(' ')),
  );
  const text = gunzipSync(readFileSync(shared('geonames-gb-postal-places', 'gb_postal_places_with_lad.tsv.gz'))).toString('utf8');
  const [, ...lines] = text.split('\n').filter(Boolean);
  const places = new Map<string, PlaceAcc>();
  const outcodes = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  let relocated = 0;
  const add = (name: string, code: string, patch: TargetPatch): PlaceAcc | undefined => {
    const key = nameWords(name).join(' ');
    if (!key) return undefined;
    const acc = places.get(key) ?? { display: name, targets: new Map() };
    const t = acc.targets.get(code) ?? { n: 0, pop: 0, alias: false, former: false, landmark: false };
    acc.targets.set(code, {
      n: t.n + (patch.n ?? 0),
      pop: t.pop + (patch.pop ?? 0),
      alias: t.alias || !!patch.alias,
      former: t.former || !!patch.former,
      landmark: t.landmark || !!patch.landmark,
    });
    if (/^[A-Z]/.test(name) && !/^[A-Z]/.test(acc.display)) acc.display = name;
    places.set(key, acc);
    return acc;
  };
  const rows = lines.map((line) => line.split('\t'));
  const population = placePopulations(rows, boundaries, gssOf);
  for (const c of rows) {
    const [outcode, rawName, nation] = [c[1] ?? '', c[2] ?? '', c[3] ?? ''];
    if (!nation) continue; // Jersey, Guernsey, Isle of Man: not UK local authorities
    const name = rawName.replace(/\s*\(.*\)\s*$/, ''); // "Bristol (PO Boxes)", "Harrow (N, W and S)"
    const isOrganisation = /\bAgency\b/.test(name);
    const code = councilOfRow(c, boundaries);
    if (!code) continue;
    if (!c[14]) relocated++;
    const oc = outcodes.get(outcode) ?? new Map<string, number>();
    oc.set(code, (oc.get(code) ?? 0) + 1);
    outcodes.set(outcode, oc);
    const words = nameWords(name);
    if (isOrganisation) continue;
    if (words.length === 1 && rivers.has(words[0] ?? '')) continue; // "Avon", "Wye": the river far more often than the hamlet
    if (words.length > 1 && STREET_SUFFIX.has(words[words.length - 1] ?? '')) continue; // "Bridge Street": a street in every town
    const k = `${name}\u0000${outcode}\u0000${code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    add(name, code, { n: 1, pop: population.get(k) ?? 0 });
  }
  addWelshNames(places, add);
  const landmarks = addLandmarks(places, add, new Set(authorities.filter((a) => a.current && isArea(a)).map((a) => a.code)));
  spreadOverMembers(places, authorities, add);
  const byCode = new Map(authorities.map((a) => [a.code, a]));
  for (const a of authorities) {
    if (a.type === 'combined_authority' || a.type === 'strategic_authority') continue;
    const targets = a.current ? [a.code] : a.replacedBy;
    for (const alias of a.aliases) {
      if (/[,]/.test(alias)) continue; // "Kingston upon Hull, City of" style sort keys
      for (const t of targets) {
        if (!byCode.get(t)) fail(`alias target ${t} missing`);
        add(alias, t, a.current ? { alias: true } : { former: true });
      }
    }
  }
  const placeLines: string[] = [];
  for (const [, acc] of [...places.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const targets = [...acc.targets.entries()].map(([code, t]) => `${code}:${t.n}:${roundPop(t.pop)}${targetMark(t)}`).join(',');
    placeLines.push(`${acc.display}\t${placeFlags(acc, common, abroad)}\t${targets}${acc.kind === undefined ? '' : `\t${acc.kind}`}`);
  }
  const outcodeLines = [...outcodes.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(
      ([oc, m]) =>
        `${oc}\t${[...m.entries()]
          .sort((x, y) => y[1] - x[1])
          .map(([c, n]) => `${c}:${n}`)
          .join(',')}`,
    );
  return { placeLines, outcodeLines, relocated, landmarks, commonCount: common.size };
}

function targetMark(t: TargetAcc): string {
  return t.landmark ? ':l' : t.alias ? ':a' : t.former ? ':f' : '';
}

/** Two significant figures: the estimate is rough, and the file compresses better. */
function roundPop(pop: number): number {
  if (pop < 10) return Math.round(pop);
  const unit = 10 ** (Math.floor(Math.log10(pop)) - 1);
  return Math.round(pop / unit) * unit;
}

/** The current council of a GeoNames row: the shared copy's column, else the nearest polygon. */
function councilOfRow(c: readonly string[], boundaries: readonly BoundaryFeature[]): string {
  return c[14] || (locate(boundaries, Number(c[7]), Number(c[8])) ?? '');
}

/**
 * Average residents of one LSOA (England and Wales), data zone (Scotland) or super output area
 * (Northern Ireland): the nation's mid-2020 population (ONS, NRS, NISRA) over its zones in
 * mySociety's lookup (32,844 / 1,909 / 6,976 / 890).
 */
const PEOPLE_PER_ZONE: Readonly<Record<string, number>> = { E: 1720, W: 1660, S: 784, N: 2130 };

/**
 * A rough population for each GeoNames row (name, outcode, council): the council's population
 * (its statistical zones × people per zone) shared equally among its postcode districts, and each
 * district's share equally among the places GeoNames lists in it. Crude (a market town and a hamlet
 * in one rural district get the same share), but it separates a city's districts from a hamlet's,
 * which is what ambiguous names need. Keyed like the rows: `name \0 outcode \0 council`.
 */
function placePopulations(
  rows: readonly string[][],
  boundaries: readonly BoundaryFeature[],
  gssOf: (id: string) => string,
): Map<string, number> {
  const zones = new Map<string, number>();
  const lsoa = gunzipSync(readFileSync(shared('mysociety-uk-local-authorities', 'lookup_lsoa_to_registry.csv.gz'))).toString('utf8');
  for (const line of lsoa.split('\n').slice(1)) {
    const id = line.split(',')[1]?.trim();
    if (id) zones.set(gssOf(id), (zones.get(gssOf(id)) ?? 0) + 1);
  }
  const perOutcode = new Map<string, number>();
  const pairs = new Map<string, number>();
  const placed = rows.map((c) => ({
    name: (c[2] ?? '').replace(/\s*\(.*\)\s*$/, ''),
    outcode: c[1] ?? '',
    code: c[3] ? councilOfRow(c, boundaries) : '',
  }));
  for (const r of placed) {
    if (!r.code) continue;
    perOutcode.set(r.outcode, (perOutcode.get(r.outcode) ?? 0) + 1);
    pairs.set(`${r.outcode}\u0000${r.code}`, (pairs.get(`${r.outcode}\u0000${r.code}`) ?? 0) + 1);
  }
  // Postcode districts per council, a district shared by two councils counted by its rows in each.
  const districts = new Map<string, number>();
  for (const [key, n] of pairs) {
    const [outcode = '', code = ''] = key.split('\u0000');
    districts.set(code, (districts.get(code) ?? 0) + n / (perOutcode.get(outcode) ?? 1));
  }
  const out = new Map<string, number>();
  for (const r of placed) {
    if (!r.code) continue;
    const people = (zones.get(r.code) ?? 0) * (PEOPLE_PER_ZONE[r.code[0] ?? ''] ?? 0);
    const share = people / (districts.get(r.code) ?? 1) / (perOutcode.get(r.outcode) ?? 1);
    const key = `${r.name}\u0000${r.outcode}\u0000${r.code}`;
    out.set(key, (out.get(key) ?? 0) + share);
  }
  return out;
}

/**
 * The curated landmarks (curated/landmarks.tsv): each name and alias points at its council, marked
 * as a landmark (the resolver gives it a town's weight) and carrying its kind for the reason.
 */
function addLandmarks(
  places: ReadonlyMap<string, PlaceAcc>,
  add: (name: string, code: string, patch: TargetPatch) => PlaceAcc | undefined,
  areas: ReadonlySet<string>,
): number {
  let count = 0;
  for (const line of readFileSync(out('gazetteer', 'curated', 'landmarks.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name = '', kind = '', code = '', aliases = ''] = line.split('\t');
    if (!name || !kind) fail(`landmarks.tsv: malformed line ${line}`);
    if (!areas.has(code)) fail(`landmarks.tsv: ${name} has ${code}, not a current lower-tier or unitary council`);
    for (const n of [name, ...aliases.split(';').map((a) => a.trim())].filter(Boolean)) {
      // An alias that is also a place ("Derriford" for the hospital) stays a place in the reason.
      const place = n !== name && places.has(nameWords(n).join(' '));
      const acc = add(n, code, { n: 1, landmark: true });
      if (acc && !place) acc.kind = kind;
    }
    count++;
  }
  return count;
}

/** Single-word river names from the service refinements (the flooding cues). */
function riverNames(): Set<string> {
  const curated = readJson<{ refinements: { names?: string[] }[] }>(out('services', 'curated', 'topics.json'));
  return new Set(curated.refinements.flatMap((r) => r.names ?? []).map((n) => n.toLowerCase()));
}

/** Welsh names of Welsh towns take the English name's Welsh councils (never an English namesake's). */
function addWelshNames(places: Map<string, PlaceAcc>, add: (name: string, code: string, patch: TargetPatch) => void): void {
  const lines = readFileSync(out('gazetteer', 'curated', 'welsh-places.tsv'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line || line.startsWith('#')) continue;
    const [welsh = '', english = ''] = line.split('\t');
    const acc = places.get(nameWords(english).join(' '));
    const codes = [...(acc?.targets.entries() ?? [])].filter(([code]) => code.startsWith('W'));
    if (codes.length === 0) {
      console.warn(`welsh-places: ${english} (${welsh}) has no Welsh council in the gazetteer; skipped`);
      continue;
    }
    if (welsh === english) {
      // Same spelling in both languages: only the Welsh namesake is meant when the text is Welsh; nothing to add.
      continue;
    }
    for (const [code, t] of codes) add(welsh, code, { n: Math.max(1, t.n), pop: t.pop });
  }
}

/**
 * Names that cover many councils evenly: "London" (GeoNames files most central outcodes under
 * Westminster), the metropolitan counties and combined authority areas ("West Yorkshire"), and the
 * nations. They place a post in a region, not in one council, so each member gets the same weight.
 */
function spreadOverMembers(
  places: Map<string, PlaceAcc>,
  authorities: readonly AuthorityRecord[],
  add: (name: string, code: string, patch: TargetPatch) => void,
): void {
  const members = (pred: (a: AuthorityRecord) => boolean) => authorities.filter((a) => a.current && isArea(a) && pred(a));
  const inCa = (ca: string) => members((a) => a.combined === ca);
  const groups: [string, AuthorityRecord[]][] = [
    ['London', members((a) => a.region === 'London')],
    ['Greater London', members((a) => a.region === 'London')],
    ['Greater Manchester', inCa('E47000001')],
    ['West Midlands', inCa('E47000007')],
    ['West Yorkshire', inCa('E47000003')],
    ['South Yorkshire', inCa('E47000002')],
    ['Merseyside', inCa('E47000004').filter((a) => a.code !== 'E06000006')],
    ['Tyne and Wear', members((a) => a.type === 'metropolitan_district' && a.region === 'North East')],
    ['Tees Valley', inCa('E47000006')],
    ['West of England', inCa('E47000009')],
    ['Yorkshire', members((a) => a.region === 'Yorkshire and The Humber')],
    ['Wales', members((a) => a.nation === 'Wales')],
    ['Scotland', members((a) => a.nation === 'Scotland')],
    ['Northern Ireland', members((a) => a.nation === 'Northern Ireland')],
  ];
  for (const [name, list] of groups) if (list.length < 2) fail(`region name ${name} has ${list.length} members`);
  for (const [name, list] of groups) {
    places.delete(nameWords(name).join(' '));
    for (const a of list) add(name, a.code, { n: 1 });
  }
}

// ---------- 5. service matrix ----------

function buildServices() {
  const curated = readJson<{
    topics: Record<string, { label: string; rule: string; lgsl: number[]; note?: string }>;
    nations: Record<string, Record<string, string>>;
    regions: Record<string, Record<string, string>>;
    refinements: ServiceRefinement[];
  }>(out('services', 'curated', 'topics.json'));
  const lgslRows = [
    ...readCsvObjects(shared('govuk-local-services-tiers', 'local_services_current.csv')),
    ...readCsvObjects(shared('govuk-local-services-tiers', 'local_services_2015-03-20.csv')),
  ];
  const lgsl = new Map<number, { description: string; tier: string }>();
  for (const r of lgslRows) {
    const id = Number(r['LGSL']);
    if (!lgsl.has(id)) lgsl.set(id, { description: r['Description'] ?? '', tier: r['Providing Tier'] ?? '' });
  }
  const topics: Record<string, ServiceTopicEntry> = {};
  const warnings: string[] = [];
  for (const [topic, t] of Object.entries(curated.topics)) {
    const evidence = t.lgsl.map((id) => {
      const row = lgsl.get(id) ?? fail(`LGSL ${id} (topic ${topic}) not in the GOV.UK list`);
      return { id, description: row.description, tier: row.tier };
    });
    // The rule must agree with the first (defining) LGSL service unless GOV.UK says "all".
    const first = evidence[0];
    const expected = first?.tier === 'county/unitary' ? 'county' : first?.tier === 'district/unitary' ? 'district' : null;
    const ruleTier = t.rule === 'combined' ? 'county' : t.rule;
    if (expected !== null && (ruleTier === 'county' || ruleTier === 'district') && expected !== ruleTier) {
      warnings.push(`${topic}: rule ${t.rule} but LGSL ${first?.id} is ${first?.tier}`);
    }
    topics[topic] = { label: t.label, rule: t.rule, ...(t.note ? { note: t.note } : {}), lgsl: evidence };
  }
  for (const r of curated.refinements) if (!topics[r.topic]) fail(`refinement for unknown topic ${r.topic}`);
  return { topics, nations: curated.nations, regions: curated.regions, refinements: curated.refinements, warnings };
}

// ---------- main ----------

function writeGz(path: string, content: string) {
  writeFileSync(path, gzipSync(Buffer.from(content, 'utf8'), { level: 9 }));
}

function copyLicence(from: string[], to: string[]) {
  const src = shared(...from);
  if (!existsSync(src)) return;
  const dest = out(...to);
  if (existsSync(dest)) chmodSync(dest, 0o644);
  copyFileSync(src, dest);
  chmodSync(dest, 0o644); // the shared copies are read-only
}

function main() {
  const from =
    'shared/data (mySociety uk_local_authority_names_and_codes, GOV.UK, GeoNames, martinjc/UK-GeoJSON, FixMyStreet) + data/*/curated';
  const { authorities, gssToCurrent, gssOf } = buildAuthorities();
  writeFileSync(out('authorities', 'authorities.json'), JSON.stringify({ generated_from: from, authorities }) + '\n');
  const bodies = buildBodies(authorities, gssOf);
  writeFileSync(out('authorities', 'bodies.json'), JSON.stringify({ generated_from: from, bodies }, null, 0) + '\n');

  const tol = 0.0004;
  const features = buildBoundaries(gssToCurrent, tol);
  writeGz(out('boundaries', 'lad.json.gz'), JSON.stringify({ generated_from: from, scale: SCALE, features }));

  const gaz = buildGazetteer(authorities, features, gssOf);
  writeGz(out('gazetteer', 'places.tsv.gz'), gaz.placeLines.join('\n') + '\n');
  writeGz(out('gazetteer', 'outcodes.tsv.gz'), gaz.outcodeLines.join('\n') + '\n');

  const services = buildServices();
  const { warnings, ...matrix } = services;
  writeFileSync(out('services', 'matrix.json'), JSON.stringify({ generated_from: from, ...matrix }, null, 1) + '\n');

  copyLicence(['mysociety-uk-local-authorities', 'LICENSE'], ['authorities', 'LICENSE-mysociety.txt']);
  copyLicence(['govuk-local-services-tiers', 'LICENCE-local-links-manager'], ['authorities', 'LICENCE-govuk-local-links-manager.txt']);
  copyLicence(['fixmystreet-report-counts-by-lad', 'licence.txt'], ['authorities', 'LICENCE-fixmystreet-odc-by.txt']);
  copyLicence(['uk-lad-boundaries-martinjc', 'licence.txt'], ['boundaries', 'licence.txt']);
  copyLicence(['uk-lad-boundaries-martinjc', 'licence.ons.md'], ['boundaries', 'licence.ons.md']);
  copyLicence(['mysociety-uk-local-authorities', 'LICENSE'], ['gazetteer', 'LICENSE-mysociety.txt']);
  copyLicence(['vader', 'LICENSE.txt'], ['gazetteer', 'LICENSE-vader.txt']);
  copyLicence(['govuk-local-services-tiers', 'LICENCE'], ['services', 'LICENCE-govuk-publisher.txt']);

  const current = authorities.filter((a) => a.current);
  console.log(`authorities: ${authorities.length} (${current.length} current); bodies: ${bodies.length}`);
  console.log(
    `boundaries: ${features.length} polygons, ${features.reduce((n, f) => n + f.rings.reduce((m, r) => m + r.length / 2, 0), 0)} points`,
  );
  console.log(
    `gazetteer: ${gaz.placeLines.length} names (${gaz.landmarks} curated landmarks), ${gaz.outcodeLines.length} outcodes, ${gaz.relocated} rows placed by nearest polygon, ${gaz.commonCount} common words`,
  );
  for (const w of warnings) console.log(`services warning: ${w}`);
}

main();
