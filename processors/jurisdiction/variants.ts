/**
 * Names the index misses as written: a possessive ("Bristol's") or a mutated Welsh name after a
 * Welsh preposition ("yng Nghaernarfon" -> Caernarfon, "ym Mangor" -> Bangor, Gwynedd).
 */
import type { Token } from '../text/tokens.js';
import type { Gazetteer, PlaceName } from './gazetteer.js';
import { judge, type PersonNames } from './judge.js';

/** Welsh mutations of a radical initial, longest first. */
const MUTATIONS: readonly (readonly [string, string])[] = [
  ['ngh', 'c'],
  ['mh', 'p'],
  ['nh', 't'],
  ['ng', 'g'],
  ['ch', 'c'],
  ['ph', 'p'],
  ['th', 't'],
  ['dd', 'd'],
  ['m', 'b'],
  ['n', 'd'],
  ['g', 'c'],
  ['b', 'p'],
  ['d', 't'],
  ['f', 'b'],
  ['f', 'm'],
  ['l', 'll'],
  ['r', 'rh'],
];
const WELSH_CUES = new Set(['yn', 'yng', 'ym', 'i', 'o', 'ger', 'am', 'dros', 'trwy', 'drwy', 'hyd', 'heb', 'gan', 'wrth', 'dan']);
const POSSESSIVE = /['’]s$/;

export interface VariantHit {
  readonly name: PlaceName;
  readonly quality: number;
}

export function createVariantFinder(gaz: Gazetteer, people: PersonNames) {
  const welshOnly = new Map<PlaceName, PlaceName | null>();
  const welshTargets = (name: PlaceName): PlaceName | null => {
    let w = welshOnly.get(name);
    if (w === undefined) {
      const targets = name.targets.filter((x) => x.code.startsWith('W'));
      w = targets.length === 0 ? null : { ...name, targets };
      welshOnly.set(name, w);
    }
    return w;
  };
  return (tokens: readonly Token[], i: number): VariantHit | null => {
    const t = tokens[i] as Token;
    if (t.text === t.norm) return null; // only capitalised words
    const lastChar = t.norm.charCodeAt(t.norm.length - 1);
    if (lastChar === 115 /* s */ && POSSESSIVE.test(t.norm)) {
      const name = singleWordName(gaz, t.norm.slice(0, -2));
      const quality = name ? judge(tokens, i, i + 1, name, people) : 0;
      return name && quality > 0 ? { name, quality } : null;
    }
    const prev = tokens[i - 1];
    if (prev === undefined || prev.norm.length > 5 || !WELSH_CUES.has(prev.norm)) return null;
    for (const [mutated, radical] of MUTATIONS) {
      if (!t.norm.startsWith(mutated)) continue;
      const name = singleWordName(gaz, radical + t.norm.slice(mutated.length));
      const welsh = name ? welshTargets(name) : null;
      if (welsh) return { name: welsh, quality: 0.9 };
    }
    return null;
  };
}

function singleWordName(gaz: Gazetteer, word: string): PlaceName | null {
  return gaz.byFirst.get(word)?.single ?? null;
}
