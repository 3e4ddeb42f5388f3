/**
 * Safety wording that raises urgency, from two sources that share one phrase matcher (and can share
 * it with other cue sets, see signals.ts, so a post is scanned once):
 * - frames (urgency-lexicon.json, urgency-frames.ts): hazard, context and guard terms combined by
 *   proximity, so that wordings no phrase list foresaw still combine ("eggy smell" + "downstairs");
 *   the shipped phrase knowledge lives there too, as 'phrase_*' terms;
 * - phrase rules (the urgency.json format): whole phrases with their guards, for replacement data.
 * Past events ("last year") and resolved ones ("all sorted now") cancel incident rules and frames,
 * never disclosures (self-harm, abuse).
 */
import { PhraseMatcher } from '../../nlp/phrases.js';
import type { Token } from '../../text/tokens.js';
import type { RaisedLevel, UrgencyData } from './urgency-data.js';
import { TermHits } from './urgency-frames.js';
import { compileLexicon, type CompiledLexicon } from './urgency-lexicon.js';

export type UrgencyRole = 'hit' | 'unless' | 'veto';

/**
 * What a pattern's hit stands for: a rule's hit or guard, lexicon terms, or a mask. One shape for all
 * three (unused fields are -1 or empty) keeps the per-hit dispatch monomorphic.
 */
export interface UrgencyEntry {
  readonly kind: 'rule' | 'term' | 'mask';
  readonly rule: number;
  readonly role: UrgencyRole;
  readonly terms: readonly number[];
  readonly mask: number;
}

const NO_TERMS: readonly number[] = [];
const ruleEntry = (rule: number, role: UrgencyRole): UrgencyEntry => ({ kind: 'rule', rule, role, terms: NO_TERMS, mask: -1 });
const termEntry = (terms: readonly number[]): UrgencyEntry => ({ kind: 'term', rule: -1, role: 'hit', terms, mask: -1 });
const maskEntry = (mask: number): UrgencyEntry => ({ kind: 'mask', rule: -1, role: 'hit', terms: NO_TERMS, mask });

export interface UrgencyFinding {
  readonly level: RaisedLevel;
  /** Ids of the rules that fired, for explanations and tests. */
  readonly rules: readonly string[];
  /** Some rule that fired is an incident or hazard (not a disclosure such as self-harm). */
  readonly incident: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface RuleSpans {
  readonly hits: Span[];
  readonly unless: Span[];
  vetoed: boolean;
}

/** Calls `add` for every pattern of every rule and lexicon term, with the entry its hits must be reported with. */
export function urgencyEntries(data: UrgencyData, add: (pattern: string, entry: UrgencyEntry) => void): void {
  data.rules.forEach((rule, index) => {
    for (const p of rule.patterns) add(p, ruleEntry(index, 'hit'));
    for (const p of rule.unless ?? []) add(p, ruleEntry(index, 'unless'));
    for (const p of rule.vetoes ?? []) add(p, ruleEntry(index, 'veto'));
  });
  if (data.lexicon === undefined) return;
  const lex = compileLexicon(data.lexicon);
  const masks = lex.masks.map((_, mask) => maskEntry(mask));
  for (const [p, terms] of lex.termPatterns) add(p, termEntry(terms));
  for (const [p, mask] of lex.maskPatterns) {
    const entry = masks[mask];
    if (entry !== undefined) add(p, entry);
  }
}

/** Gathers the hits of one post; `finish` applies the guards and returns the highest level. */
export class UrgencyCollector {
  private found: Map<number, RuleSpans> | undefined;
  private readonly terms: TermHits | undefined;

  constructor(private readonly data: UrgencyData) {
    const lex: CompiledLexicon | undefined = data.lexicon === undefined ? undefined : compileLexicon(data.lexicon);
    this.terms = lex === undefined ? undefined : new TermHits(lex);
  }

  reset(): void {
    this.found = undefined;
    this.terms?.reset();
  }

  hit(entry: UrgencyEntry, start: number, end: number): void {
    if (entry.kind === 'term') {
      const ids = entry.terms;
      for (let k = 0; k < ids.length; k++) this.hitTerm(ids[k] ?? 0, start, end);
    } else if (entry.kind === 'mask') this.hitMask(entry.mask, start, end);
    else this.hitRule(entry, start, end);
  }

  /** A hit of one lexicon term (what a 'term' entry stands for, one call per term). */
  hitTerm(term: number, start: number, end: number): void {
    this.terms?.add(term, start, end);
  }

  hitMask(mask: number, start: number, end: number): void {
    this.terms?.addMask(mask, start, end);
  }

  /** A hit, guard or veto of a phrase rule. */
  hitRule(entry: UrgencyEntry, start: number, end: number): void {
    this.found ??= new Map();
    let spans = this.found.get(entry.rule);
    if (spans === undefined) {
      spans = { hits: [], unless: [], vetoed: false };
      this.found.set(entry.rule, spans);
    }
    if (entry.role === 'hit') spans.hits.push({ start, end });
    else if (entry.role === 'unless') spans.unless.push({ start, end });
    else spans.vetoed = true;
  }

  finish(): UrgencyFinding | undefined {
    const terms = this.terms;
    const framing = terms !== undefined && !terms.idle && terms.mayFire();
    if (this.found === undefined && !framing) return undefined;
    terms?.settle();
    let level: RaisedLevel | undefined;
    let incident = false;
    const fired: string[] = [];
    for (const [index, spans] of this.found ?? []) {
      const rule = this.data.rules[index];
      if (rule === undefined) continue;
      const stale = rule.intentHint === 'report' && terms !== undefined ? (h: Span) => terms.stale(h.start) : undefined;
      if (!survives(spans, stale)) continue;
      fired.push(rule.id);
      incident ||= rule.intentHint === 'report';
      if (level === undefined || rule.level === 'emergency') level = rule.level;
    }
    const framed = framing ? terms.evaluate() : undefined;
    if (framed !== undefined) {
      for (const id of framed.ids) if (!fired.includes(id)) fired.push(id);
      incident ||= framed.incident;
      if (level === undefined || framed.level === 'emergency') level = framed.level;
    }
    return level === undefined ? undefined : { level, rules: fired, incident };
  }
}

function survives(spans: RuleSpans, stale: ((h: Span) => boolean) | undefined): boolean {
  if (spans.vetoed) return false;
  return spans.hits.some((h) => !spans.unless.some((u) => u.start < h.end && h.start < u.end) && !(stale?.(h) ?? false));
}

export interface UrgencyScorer {
  /** The highest level any rule raises the post to, or undefined when none fires. */
  score(tokens: readonly Token[]): UrgencyFinding | undefined;
}

/** A stand-alone scorer with its own matcher (the intent tagger shares one instead). */
export function createUrgencyScorer(data: UrgencyData): UrgencyScorer {
  const matcher = new PhraseMatcher<UrgencyEntry>();
  urgencyEntries(data, (p, e) => matcher.add(p, e));
  const collector = new UrgencyCollector(data);
  const onHit = (entry: UrgencyEntry, start: number, end: number) => collector.hit(entry, start, end);
  return {
    score(tokens) {
      collector.reset();
      matcher.scan(tokens, onHit);
      return collector.finish();
    },
  };
}
