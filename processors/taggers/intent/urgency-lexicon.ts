/**
 * data/nlp/urgency-lexicon.json: the compositional side of urgency. Instead of whole phrases, posts
 * are read as hits of small vocabularies (terms): hazards (gas, smell, water, flooded, fire, wire...),
 * context (home, person, child, vulnerable, road, immediacy) and guards. A frame raises urgency when
 * hits of all its terms fall within a few tokens of each other ("water" + "pouring" + "kitchen"), so
 * wordings never seen before still combine. Masks drop term hits inside figures of speech ("flood of
 * emails", "fire the lot of them").
 *
 * Reserved terms with a fixed meaning in urgency-frames.ts:
 *   boundary   sentence ends (generated here: . ! ? and runs of them)
 *   clause     commas and conjunctions: a negation's reach stops there
 *   negation   masks the term hits that start within NEGATION_REACH tokens after it ("not into the house")
 *   past       a past event ("last year", "weeks ago"): hits near it in its sentence are stale...
 *   past_near  ...as are the hits right next to a date ("flooded in February")...
 *   current    ...unless the sentence also says now/again/today
 *   resolved   "all sorted now", "put out": every hit before it is stale
 */
import { Type, type Static } from 'typebox';

import { StringEnum } from '../../../core/contracts/schema.js';
import { NlpError } from '../../nlp/index.js';
import { RAISED_LEVELS, type RaisedLevel } from './urgency-levels.js';

const Patterns = Type.Array(Type.String({ minLength: 1 }));
const TermNames = Type.Array(Type.String({ minLength: 1 }));

const FrameSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  level: StringEnum(RAISED_LEVELS),
  /** An incident or hazard (a post about one reads as a report); false for disclosures and hardship. */
  incident: Type.Boolean(),
  /** Self-harm and abuse: past and resolved wording does not cancel them. */
  timeless: Type.Optional(Type.Boolean()),
  /** Terms that must all hit; the first is the anchor, the others within `window` tokens of it. */
  all: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  /** At least one of these within `window` of the anchor. */
  any: Type.Optional(TermNames),
  /** None of these within `window` of the anchor. */
  none: Type.Optional(TermNames),
  window: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  /** Terms may also hit anywhere in the anchor's sentence (long noun phrases: "the scaffolding on the side of the flats [...] is swaying"). */
  sentence: Type.Optional(Type.Boolean()),
});

const MaskSchema = Type.Object({
  note: Type.Optional(Type.String()),
  /** Term hits these spans overlap are dropped; "*" drops every non-reserved term. */
  terms: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  patterns: Patterns,
});

export const UrgencyLexiconSchema = Type.Object({
  note: Type.Optional(Type.String()),
  terms: Type.Record(Type.String(), Patterns),
  masks: Type.Array(MaskSchema),
  frames: Type.Array(FrameSchema, { minItems: 1 }),
});

export type UrgencyLexicon = Static<typeof UrgencyLexiconSchema>;
export type UrgencyFrame = Static<typeof FrameSchema>;

export const RESERVED_TERMS = ['boundary', 'clause', 'negation', 'past', 'past_near', 'current', 'resolved'] as const;
export type ReservedTerm = (typeof RESERVED_TERMS)[number];

export const DEFAULT_WINDOW = 6;

export interface CompiledFrame {
  readonly id: string;
  readonly level: RaisedLevel;
  readonly incident: boolean;
  readonly timeless: boolean;
  readonly all: readonly number[];
  readonly any: readonly number[];
  readonly none: readonly number[];
  readonly window: number;
  readonly sentence: boolean;
}

export interface CompiledLexicon {
  /** Term names by id; reserved terms first, in RESERVED_TERMS order. */
  readonly names: readonly string[];
  readonly reserved: Readonly<Record<ReservedTerm, number>>;
  /** Frames by the id of their anchor term. */
  readonly byAnchor: readonly (readonly CompiledFrame[])[];
  /** For each mask, 1 at the ids of the terms it drops. */
  readonly masks: readonly Uint8Array[];
  /** 1 at every term a negation can mask (all but the reserved ones). */
  readonly negatable: Uint8Array;
  /**
   * Patterns to register, each with every term it stands for: a word listed by several terms
   * ("house": home, building) is matched once and reported for all of them.
   */
  readonly termPatterns: readonly (readonly [string, readonly number[]])[];
  readonly maskPatterns: readonly (readonly [string, number])[];
}

/** ". ! ?" and the runs posts use ("!!!", "?!", "..."). */
function boundaryPatterns(): string[] {
  const out = ['.', '..', '...', '....', '…'];
  let runs = [''];
  for (let len = 1; len <= 4; len++) {
    runs = runs.flatMap((r) => [`${r}!`, `${r}?`]);
    out.push(...runs);
  }
  return out;
}

/** A one-slot list of words ("house|home|flat") is the same as one pattern per word, which can be shared. */
function patternUnits(pattern: string): string[] {
  const p = withPossessives(pattern.trim().toLowerCase());
  if (/\s/.test(p) || p.includes('[') || p.includes('*')) return [p];
  return p.split('|').filter((w) => w !== '');
}

const PLAIN_WORD = /^\p{L}+$/u;

/**
 * The pattern with "'s" added to each plain word of its last slot: posts fuse "is", "has" and the
 * possessive onto the word before ("the sewer's come up", "grass fire's jumped the road", "driver's
 * trapped"), and the tokenizer keeps that as one token. The phrase matcher adds the curly and the
 * dropped spellings.
 */
export function withPossessives(pattern: string): string {
  const cut = pattern.lastIndexOf(' ') + 1;
  const last = pattern.slice(cut);
  if (last.startsWith('[') || last.startsWith('*')) return pattern;
  const words = last.split('|');
  const extra = words.filter((w) => PLAIN_WORD.test(w) && !words.includes(`${w}'s`)).map((w) => `${w}'s`);
  return extra.length === 0 ? pattern : `${pattern.slice(0, cut)}${[...words, ...extra].join('|')}`;
}

const cache = new WeakMap<UrgencyLexicon, CompiledLexicon>();

/** Ids, frames by anchor and masks; throws NlpError NLP_DATA_INVALID when a frame or mask names an unknown term. */
export function compileLexicon(lex: UrgencyLexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit !== undefined) return hit;
  const names: string[] = [...RESERVED_TERMS];
  for (const name of Object.keys(lex.terms)) if (!names.includes(name)) names.push(name);
  const idOf = (name: string, where: string): number => {
    const id = names.indexOf(name);
    if (id < 0) throw new NlpError('NLP_DATA_INVALID', `urgency-lexicon.json: ${where} names unknown term "${name}"`);
    return id;
  };
  const reserved = Object.fromEntries(RESERVED_TERMS.map((t, i) => [t, i])) as Record<ReservedTerm, number>;
  const byAnchor: CompiledFrame[][] = names.map(() => []);
  for (const f of lex.frames) {
    const all = f.all.map((t) => idOf(t, `frame ${f.id}`));
    const frame: CompiledFrame = {
      id: f.id,
      level: f.level,
      incident: f.incident,
      timeless: f.timeless ?? false,
      all,
      any: (f.any ?? []).map((t) => idOf(t, `frame ${f.id}`)),
      none: (f.none ?? []).map((t) => idOf(t, `frame ${f.id}`)),
      window: f.window ?? DEFAULT_WINDOW,
      sentence: f.sentence ?? false,
    };
    byAnchor[all[0] ?? 0]?.push(frame);
  }
  const masks = lex.masks.map((m, i) => {
    const targets = new Uint8Array(names.length);
    for (const t of m.terms) {
      if (t === '*') targets.fill(1, RESERVED_TERMS.length);
      else targets[idOf(t, `mask ${i}`)] = 1;
    }
    return targets;
  });
  const negatable = new Uint8Array(names.length).fill(1, RESERVED_TERMS.length);
  const byPattern = new Map<string, number[]>();
  const put = (pattern: string, id: number) => {
    const ids = byPattern.get(pattern);
    if (ids === undefined) byPattern.set(pattern, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const p of boundaryPatterns()) put(p, reserved.boundary);
  for (const [name, patterns] of Object.entries(lex.terms)) {
    const id = idOf(name, 'terms');
    for (const p of patterns) for (const unit of patternUnits(p)) put(unit, id);
  }
  const termPatterns = [...byPattern];
  const maskPatterns: [string, number][] = [];
  lex.masks.forEach((m, i) => {
    for (const p of m.patterns) maskPatterns.push([p, i]);
  });
  const compiled: CompiledLexicon = { names, reserved, byAnchor, masks, negatable, termPatterns, maskPatterns };
  cache.set(lex, compiled);
  return compiled;
}
