#!/usr/bin/env node
// Dev tool, not a test: verifies test/data/jurisdiction/posts.labelled.ndjson against the reference
// data in /work/shared/data (mySociety register, GeoNames gazetteer, 2013 LAD boundaries).
// Usage: node test/data/jurisdiction/check-codes.mjs [--verbose]
// Exit code 1 when any error is found; warnings do not fail.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = process.env.CIVIC_SHARED_DATA ?? '/work/shared/data';
const HERE = dirname(fileURLToPath(import.meta.url));
const VERBOSE = process.argv.includes('--verbose');

/** Handle table: must match the table in LABELLING.md. null code = not a council account. */
export const HANDLES = {
  '@DevonCC': 'E10000008', '@EastDevon': 'E07000040', '@ExeterCouncil': 'E07000041',
  '@PlymouthCC': 'E06000026', '@BristolCouncil': 'E06000023', '@KentCC': 'E10000016',
  '@MaidstoneBC': 'E07000110', '@LancashireCC': 'E10000017', '@PrestonCouncil': 'E07000123',
  '@SurreyCouncil': 'E10000030', '@GuildfordBC': 'E07000209', '@NorfolkCC': 'E10000020',
  '@NorwichCC': 'E07000148', '@EssexCC': 'E10000012', '@ChelmsfordCC': 'E07000070',
  '@HantsCC': 'E10000014', '@OxfordshireCC': 'E10000025', '@OxfordCity': 'E07000178',
  '@DerbyshireCC': 'E10000007', '@NottsCC': 'E10000024', '@MansfieldDC': 'E07000174',
  '@CornwallCouncil': 'E06000052', '@WiltsCouncil': 'E06000054', '@DorsetCouncil': 'E06000059',
  '@BucksCouncil': 'E06000060', '@NYorksCouncil': 'E06000065', '@SomersetCouncil': 'E06000066',
  '@CumberlandCNCL': 'E06000063', '@WestmorlandFC': 'E06000064', '@ManCityCouncil': 'E08000003',
  '@LeedsCC': 'E08000035', '@BhamCityCouncil': 'E08000025', '@SheffCouncil': 'E08000019',
  '@HackneyCouncil': 'E09000012', '@CamdenCouncil': 'E09000007', '@CardiffCouncil': 'W06000015',
  '@CyngorGwynedd': 'W06000002', '@GlasgowCC': 'S12000049', '@Edinburgh_CC': 'S12000036',
  '@HighlandCouncil': 'S12000017', '@BelfastCC': 'N09000003', '@IsleofWightCC': 'E06000046',
  '@NewportCouncil': 'W06000022',
  '@DC_Police': null, '@WYP_Police': null, '@metpoliceuk': null, '@SouthWestWater': null,
  '@ThamesWater': null, '@YorkshireWater': null, '@NationalHighways': null, '@NetworkRail': null,
  '@EnvAgency': null, '@DSFRS': null, '@NHSDevon': null,
};

const TYPE_TIER = { NMD: 'district', CTY: 'county', UA: 'unitary', MD: 'metropolitan', LBO: 'london_borough',
  CC: 'london_borough', SCO: 'scottish', WPA: 'welsh', NID: 'ni' };
const DISTRICT_TOPICS = new Set(('waste_collection fly_tipping street_cleaning parking council_tax benefits housing ' +
  'planning parks leisure noise_asb environmental_health events jobs democracy licensing cemeteries ' +
  'abandoned_vehicles animal_welfare').split(' '));
const COUNTY_TOPICS = new Set(('recycling_centres potholes_roads street_lighting gritting public_transport ' +
  'social_care schools libraries flooding_drainage severe_weather trees').split(' '));
const OTHER_TOPICS = { rail: 'rail', motorways: 'national_highways', water_sewerage: 'water',
  health_services: 'nhs', policing: 'police', fire: 'fire' };
const PLATFORMS = new Set(['x', 'facebook', 'instagram', 'mastodon', 'bluesky', 'reddit', 'webform']);
const BODY_TYPES = new Set(['council', 'police', 'fire', 'nhs', 'national_highways', 'rail', 'environment_agency', 'water']);
const TIERS = new Set([...Object.values(TYPE_TIER), 'other']);
// Welsh-language names (the gazetteer holds English forms only).
const WELSH_NAMES = { caerdydd: 'cardiff', abertawe: 'swansea', casnewydd: 'newport', caergybi: 'holyhead' };

function parseCsv(text) {
  const rows = []; let row = []; let field = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') q = false; else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

function loadRegister() {
  const rows = parseCsv(readFileSync(join(SHARED, 'mysociety-uk-local-authorities/uk_local_authorities.csv'), 'utf8'));
  const byCode = new Map(); const byReg = new Map();
  for (const r of rows) {
    byReg.set(r['local-authority-code'], r);
    if (r['current-authority'] === 'True') byCode.set(r['gss-code'], r);
  }
  return { byCode, byReg };
}

function loadGazetteer() {
  const text = gunzipSync(readFileSync(join(SHARED, 'geonames-gb-postal-places/gb_postal_places_with_lad.tsv.gz'))).toString('utf8');
  const [head, ...lines] = text.split('\n');
  const cols = head.split('\t');
  const ix = (n) => cols.indexOf(n);
  const [iName, iLad13, iCur] = [ix('place_name'), ix('lad13_gss'), ix('current_la_gss')];
  const places = new Map(); const lad13 = new Map();
  for (const line of lines) {
    if (!line) continue;
    const f = line.split('\t');
    const cur = f[iCur];
    if (!cur) continue;
    const key = f[iName].toLowerCase();
    if (!places.has(key)) places.set(key, new Set());
    places.get(key).add(cur);
    if (f[iLad13]) lad13.set(f[iLad13], cur);
  }
  // Curated streets and landmarks (data/gazetteer/curated/landmarks.tsv) count as gazetteer places.
  const curated = readFileSync(join(HERE, '../../../data/gazetteer/curated/landmarks.tsv'), 'utf8');
  for (const line of curated.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, , code, aliases = ''] = line.split('\t');
    for (const n of [name, ...aliases.split(';').map((a) => a.trim()).filter(Boolean)]) {
      const key = n.toLowerCase();
      if (!places.has(key)) places.set(key, new Set());
      places.get(key).add(code);
    }
  }
  return { places, lad13 };
}

function loadBoundaries(lad13ToCurrent) {
  const feats = [];
  for (const [file, codeKey] of [['gb_lad2013.geojson.gz', 'LAD13CD'], ['ni_lgd2015.geojson.gz', 'LGDCode']]) {
    const gj = JSON.parse(gunzipSync(readFileSync(join(SHARED, 'uk-lad-boundaries-martinjc', file))).toString('utf8'));
    for (const f of gj.features) {
      const code = f.properties[codeKey];
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      feats.push({ code, current: lad13ToCurrent.get(code) ?? code, polys });
    }
  }
  return feats;
}

function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]; const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointIn(feats, lat, lon) {
  for (const f of feats) {
    for (const poly of f.polys) {
      if (inRing(poly[0], lon, lat) && !poly.slice(1).some((h) => inRing(h, lon, lat))) return f;
    }
  }
  return null;
}

function demutate(word) {
  const w = word.toLowerCase();
  const rules = [['ngh', 'c'], ['mh', 'p'], ['nh', 't'], ['ng', 'g'], ['m', 'b'], ['n', 'd']];
  const out = [w];
  for (const [from, to] of rules) if (w.startsWith(from)) out.push(to + w.slice(from.length));
  return out;
}

function main() {
  const { byCode, byReg } = loadRegister();
  const { places, lad13 } = loadGazetteer();
  const feats = loadBoundaries(lad13);
  const parentOf = (code) => {
    const r = byCode.get(code);
    const p = r && r['county-la'] ? byReg.get(r['county-la']) : undefined;
    return p ? p['gss-code'] : null;
  };
  const lines = readFileSync(join(HERE, 'posts.labelled.ndjson'), 'utf8').split('\n').filter(Boolean);
  const errors = []; const warnings = []; const seen = new Set();
  let geoChecked = 0; let placeChecked = 0;
  for (const [n, line] of lines.entries()) {
    const p = JSON.parse(line);
    const err = (m) => errors.push(`${p.id ?? `line ${n + 1}`}: ${m}`);
    const warn = (m) => warnings.push(`${p.id}: ${m}`);
    if (!/^j\d{4}$/.test(p.id) || seen.has(p.id)) err('bad or duplicate id');
    seen.add(p.id);
    if (!PLATFORMS.has(p.platform)) err(`platform ${p.platform}`);
    if (!['dev', 'test'].includes(p.split)) err('split');
    if (typeof p.text !== 'string' || !p.text) err('text');
    const e = p.expected;
    if (!e || !('code' in e) || !('name' in e) || !('tier' in e) || !('body_type' in e)) { err('expected shape'); continue; }
    if (e.body_type !== null && !BODY_TYPES.has(e.body_type)) err(`body_type ${e.body_type}`);
    // mentions
    const found = p.text.match(/@[A-Za-z0-9_]+/g) ?? [];
    if (JSON.stringify(found) !== JSON.stringify(p.mentions)) err(`mentions ${JSON.stringify(p.mentions)} != text ${JSON.stringify(found)}`);
    for (const m of p.mentions) if (!(m in HANDLES)) err(`handle ${m} not in handle table`);
    // code, name, tier
    if (e.code === null) {
      if (e.name !== null || e.tier !== null) err('abstain must have null name and tier');
    } else {
      const r = byCode.get(e.code);
      if (!r) { err(`code ${e.code} is not a current authority`); continue; }
      if (e.name !== r['nice-name'].trim()) err(`name ${e.name} != register ${r['nice-name']}`);
      const tier = e.body_type === 'council' ? TYPE_TIER[r['local-authority-type']] : 'other';
      if (e.tier !== tier) err(`tier ${e.tier} != ${tier}`);
      if (!TIERS.has(e.tier)) err(`tier value ${e.tier}`);
      if (e.body_type !== 'council' && r['local-authority-type'] === 'CTY') err('non-council body must carry the lower-tier/unitary code');
      if (e.body_type === 'council' && p.topic) {
        const t = r['local-authority-type'];
        if (DISTRICT_TOPICS.has(p.topic) && t === 'CTY') err(`district topic ${p.topic} routed to a county`);
        if (COUNTY_TOPICS.has(p.topic) && t === 'NMD') err(`county topic ${p.topic} routed to a district`);
      }
    }
    if (p.topic in OTHER_TOPICS && e.body_type !== OTHER_TOPICS[p.topic]) err(`topic ${p.topic} should go to ${OTHER_TOPICS[p.topic]}`);
    // place
    if (p.place !== null) {
      if (!p.text.toLowerCase().includes(p.place.toLowerCase())) err(`place "${p.place}" not in text`);
      if (e.code) {
        const keys = demutate(p.place).flatMap((k) => [k, WELSH_NAMES[k]]).filter(Boolean);
        const cands = new Set(keys.flatMap((k) => [...(places.get(k) ?? [])]));
        placeChecked++;
        const ok = [...cands].some((c) => c === e.code || (e.body_type === 'council' && parentOf(c) === e.code));
        if (cands.size === 0) warn(`place "${p.place}" not in the gazetteer (checked by hand)`);
        else if (!ok) warn(`place "${p.place}" gazetteer candidates ${[...cands].join(',')} do not include ${e.code} (context decides; see notes)`);
      }
    }
    // geotag
    if (p.geo) {
      geoChecked++;
      const hit = pointIn(feats, p.geo.lat, p.geo.lon);
      if (!hit) err(`geo ${p.geo.lat},${p.geo.lon} falls in no boundary polygon`);
      else if (e.code && hit.current !== e.code && parentOf(hit.current) !== e.code) {
        err(`geo falls in ${hit.current} (${hit.code}), expected ${e.code}`);
      }
    }
  }
  console.log(`posts ${lines.length}; places checked ${placeChecked}; geotags checked ${geoChecked}`);
  console.log(`errors ${errors.length}; warnings ${warnings.length}`);
  for (const m of errors) console.log('ERROR', m);
  if (VERBOSE || errors.length) for (const m of warnings) console.log('warn ', m);
  else if (warnings.length) console.log('(run with --verbose to list warnings)');
  process.exitCode = errors.length ? 1 : 0;
}

main();
