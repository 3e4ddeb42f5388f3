/**
 * Safety wording that raises urgency. Rules are phrase patterns; a rule's guards are ordinary patterns
 * of the same rule, looked at only when the rule has a hit. The patterns can share a phrase matcher
 * with other cue sets (see signals.ts) so a post is scanned once.
 */
import { PhraseMatcher } from '../../nlp/phrases.js';
import type { Token } from '../../text/tokens.js';
import type { RaisedLevel, UrgencyData } from './urgency-data.js';

export type UrgencyRole = 'hit' | 'unless' | 'veto';

export interface UrgencyEntry {
  readonly rule: number;
  readonly role: UrgencyRole;
}

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

/** Calls `add` for every pattern of every rule, with the entry its hits must be reported with. */
export function urgencyEntries(data: UrgencyData, add: (pattern: string, entry: UrgencyEntry) => void): void {
  data.rules.forEach((rule, index) => {
    for (const p of rule.patterns) add(p, { rule: index, role: 'hit' });
    for (const p of rule.unless ?? []) add(p, { rule: index, role: 'unless' });
    for (const p of rule.vetoes ?? []) add(p, { rule: index, role: 'veto' });
  });
}

/** Gathers the hits of one post; `finish` applies the guards and returns the highest level. */
export class UrgencyCollector {
  private found: Map<number, RuleSpans> | undefined;

  constructor(private readonly data: UrgencyData) {}

  reset(): void {
    this.found = undefined;
  }

  hit(entry: UrgencyEntry, start: number, end: number): void {
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
    if (this.found === undefined) return undefined;
    let level: RaisedLevel | undefined;
    let incident = false;
    const fired: string[] = [];
    for (const [index, spans] of this.found) {
      const rule = this.data.rules[index];
      if (rule === undefined || !survives(spans)) continue;
      fired.push(rule.id);
      incident ||= rule.intentHint === 'report';
      if (level === undefined || rule.level === 'emergency') level = rule.level;
    }
    return level === undefined ? undefined : { level, rules: fired, incident };
  }
}

function survives(spans: RuleSpans): boolean {
  if (spans.vetoed) return false;
  return spans.hits.some((h) => !spans.unless.some((u) => u.start < h.end && h.start < u.end));
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
