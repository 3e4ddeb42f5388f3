/**
 * The gazetteer: place names (GeoNames postal places, council names and aliases, former council
 * names) and postcode districts, each pointing at the councils they fall in. Indexed by first token
 * so matching a post costs one Map lookup per word.
 */
import { tokenize } from '../text/tokens.js';
import { readDataText } from './data-files.js';
import { JurisdictionError } from './errors.js';

export interface PlaceTarget {
  /** GSS code of a current council (lower-tier/unitary, or a county for county names). */
  readonly code: string;
  /** Postcode districts the name appears in within that council. */
  readonly n: number;
  /** Estimated residents of the named place within that council (the population prior; 0: unknown). */
  readonly pop: number;
  /** The name is one of this council's own names. */
  readonly alias: boolean;
  /** The name is a former council's, now part of this one. */
  readonly former: boolean;
  /** The name is a curated street or landmark in this council (curated/landmarks.tsv). */
  readonly landmark: boolean;
}

export interface PlaceName {
  readonly display: string;
  /** Every word is an everyday English word ("Bath", "Street", "Reading"): needs capitals and a cue. */
  readonly common: boolean;
  /** Ends in Park/Green/End...: often a park or estate name in any town. */
  readonly weak: boolean;
  /** A small place whose name is also a person's name ("Paul", "Kelly"). */
  readonly person: boolean;
  /** A small place named after a place abroad ("Dallas", "New York"). */
  readonly abroad: boolean;
  readonly wordCount: number;
  readonly targets: readonly PlaceTarget[];
  /** For a curated landmark: what it is ("street", "hospital"...), said in the reason. */
  readonly kind: string | null;
}

export interface IndexedName {
  /** Normalised words after the first two (multi-word names) . */
  readonly rest: readonly string[];
  readonly name: PlaceName;
}

/** Everything starting with one word: the one-word name, and longer names keyed by their second word. */
export interface FirstWordEntry {
  readonly single: PlaceName | undefined;
  /** Second word → names of 2+ words, longest first; `rest` holds their words after the second. */
  readonly byNext: ReadonlyMap<string, readonly IndexedName[]> | undefined;
  /** Some name starting here may be written in lower case (is not an everyday word, person or place abroad). */
  readonly lowerOk: boolean;
}

export interface OutcodeTarget {
  readonly code: string;
  readonly n: number;
}

export interface Gazetteer {
  /** First word → the names starting with it. */
  readonly byFirst: ReadonlyMap<string, FirstWordEntry>;
  /** Words run together ("eastdevon", "stokeontrent"), for hashtags. */
  readonly bySquashed: ReadonlyMap<string, PlaceName>;
  readonly outcodes: ReadonlyMap<string, readonly OutcodeTarget[]>;
  readonly nameCount: number;
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readDataText('gazetteer/places.tsv.gz'), readDataText('gazetteer/outcodes.tsv.gz'));
  return cached;
}

export function buildGazetteer(placesTsv: string, outcodesTsv: string): Gazetteer {
  const variants = new Map<string, PlaceName>();
  const bySquashed = new Map<string, PlaceName>();
  let nameCount = 0;
  for (const line of placesTsv.split('\n')) {
    if (line === '') continue;
    const name = parsePlaceLine(line);
    nameCount++;
    const words = wordsOf(name.display);
    for (const v of wordVariants(words)) mergeInto(variants, v.join(' '), name);
    const squashed = squash(words);
    if (squashed.length >= 4) mergeInto(bySquashed, squashed, name);
  }
  return { byFirst: indexByFirst(variants), bySquashed, outcodes: parseOutcodes(outcodesTsv), nameCount };
}

function parsePlaceLine(line: string): PlaceName {
  const [display, flags, targetsText, kind] = line.split('\t');
  if (display === undefined || flags === undefined || targetsText === undefined) {
    throw new JurisdictionError('JURISDICTION_DATA_INVALID', `gazetteer line is malformed: ${line.slice(0, 80)}`);
  }
  const targets = targetsText.split(',').map((t): PlaceTarget => {
    const [code = '', n = '0', pop = '0', mark = ''] = t.split(':');
    return { code, n: Number(n), pop: Number(pop), alias: mark === 'a', former: mark === 'f', landmark: mark === 'l' };
  });
  return {
    display,
    common: flags.includes('c'),
    weak: flags.includes('w'),
    person: flags.includes('p'),
    abroad: flags.includes('x'),
    wordCount: wordsOf(display).length,
    targets,
    kind: kind === undefined || kind === '' ? null : kind,
  };
}

function parseOutcodes(tsv: string): Map<string, OutcodeTarget[]> {
  const m = new Map<string, OutcodeTarget[]>();
  for (const line of tsv.split('\n')) {
    const [oc, list] = line.split('\t');
    if (!oc || !list) continue;
    m.set(
      oc,
      list.split(',').map((t) => {
        const [code = '', n = '0'] = t.split(':');
        return { code, n: Number(n) };
      }),
    );
  }
  return m;
}

/** Normalised words of a name, as the shared tokenizer sees them (punctuation dropped). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text).tokens) if (t.kind === 'word' || t.kind === 'number') out.push(t.norm);
  return out;
}

/** Spelling variants a post may use: hyphens or spaces, with or without apostrophes, St/Saint. */
function wordVariants(words: readonly string[]): string[][] {
  const out = new Map<string, string[]>();
  const add = (w: string[]) => w.length > 0 && out.set(w.join(' '), w);
  const bases = [words.slice(), words.flatMap((w) => w.split('-'))];
  for (const base of bases) {
    add(base);
    add(base.map((w) => w.replace(/['’]/g, '')));
    add(base.map((w) => w.replace(/'/g, '’')));
    if (base[0] === 'st') add(['saint', ...base.slice(1)]);
    if (base.length > 1 && base.length <= 5) add([base.join('-')]);
  }
  return [...out.values()];
}

function squash(words: readonly string[]): string {
  return words.join('').replace(/[-'’]/g, '');
}

function mergeInto(map: Map<string, PlaceName>, key: string, name: PlaceName): void {
  const prev = map.get(key);
  if (prev === undefined || prev === name) {
    map.set(key, name);
    return;
  }
  // Two spellings of one name ("Kings Lynn", "King's Lynn"): keep the strongest evidence per council.
  const targets = new Map(prev.targets.map((t) => [t.code, t]));
  for (const t of name.targets) {
    const p = targets.get(t.code);
    targets.set(
      t.code,
      p
        ? {
            code: t.code,
            n: Math.max(p.n, t.n),
            pop: Math.max(p.pop, t.pop),
            alias: p.alias || t.alias,
            former: p.former && t.former,
            landmark: p.landmark || t.landmark,
          }
        : t,
    );
  }
  map.set(key, {
    display: prev.display,
    common: prev.common && name.common,
    weak: prev.weak && name.weak,
    person: prev.person && name.person,
    abroad: prev.abroad && name.abroad,
    wordCount: prev.wordCount,
    targets: [...targets.values()],
    kind: prev.kind ?? name.kind,
  });
}

function indexByFirst(variants: ReadonlyMap<string, PlaceName>): Map<string, FirstWordEntry> {
  const singles = new Map<string, PlaceName>();
  const multi = new Map<string, Map<string, IndexedName[]>>();
  for (const [key, name] of variants) {
    const [first = '', second, ...rest] = key.split(' ');
    if (second === undefined) {
      singles.set(first, name);
      continue;
    }
    const byNext = multi.get(first) ?? new Map<string, IndexedName[]>();
    byNext.set(second, [...(byNext.get(second) ?? []), { rest, name }]);
    multi.set(first, byNext);
  }
  const out = new Map<string, FirstWordEntry>();
  for (const first of new Set([...singles.keys(), ...multi.keys()])) {
    const byNext = multi.get(first);
    if (byNext) for (const list of byNext.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    const single = singles.get(first);
    out.set(first, {
      single,
      byNext,
      lowerOk: first !== 'the' && (plain(single) || [...(byNext?.values() ?? [])].some((l) => l.some((e) => !e.name.common))),
    });
  }
  return out;
}

function plain(name: PlaceName | undefined): boolean {
  return name !== undefined && !name.common && !name.person && !name.abroad;
}
