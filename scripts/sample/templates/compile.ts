import { SampleError } from '../errors.js';
import type { SampleIntent, SampleTopic, SampleUrgency } from '../types.js';

/**
 * Slots a template may name as `{slot}`; `{a|b|}` is an inline choice (an empty option makes it
 * optional) whose options may themselves be slot names or contain `{...}`.
 */
export const SLOT_IDS = [
  'place',
  'area',
  'street',
  'road',
  'council',
  'council_name',
  'day',
  'days',
  'weeks',
  'months',
  'time',
  'bus',
  'busop',
  'trainop',
  'station',
  'num',
  'ref',
  'bin',
  'park',
  'school',
  'storm',
  'storm_tag',
  'amount',
  'pct',
  'first',
  'domain',
  'festive',
  'minutes',
  'hours',
  'name',
  'river',
  'place_tag',
  'police',
  'water',
  'other',
  'sign',
  'emo_angry',
  'emo_sad',
  'emo_happy',
  'emo_laugh',
  'emo_weather',
  'emo_q',
  'emo_warn',
] as const;
export type SlotId = (typeof SLOT_IDS)[number];

const SLOT_SET: ReadonlySet<string> = new Set(SLOT_IDS);

/** A compiled fragment: literal text, a slot (numeric index into SLOT_IDS), or a choice of sequences. */
export type TemplateNode = string | number | TemplateChoice;
export interface TemplateChoice {
  readonly options: readonly (readonly TemplateNode[])[];
}

export interface TemplateSpec {
  readonly topic: SampleTopic | null;
  readonly intent: SampleIntent;
  readonly urgency?: SampleUrgency;
  readonly text: string;
  /** Relative weight within its topic (default 1). */
  readonly weight?: number;
}

export interface Template extends TemplateSpec {
  readonly urgency: SampleUrgency;
  readonly nodes: readonly TemplateNode[];
}

export function compileTemplate(spec: TemplateSpec): Template {
  const [nodes, end] = parseSequence(spec.text, 0, false);
  if (end !== spec.text.length) fail(spec.text, `unexpected '${spec.text[end] ?? ''}' at ${end}`);
  return { ...spec, urgency: spec.urgency ?? 'normal', nodes };
}

export function compileAll(specs: readonly TemplateSpec[]): Template[] {
  return specs.map(compileTemplate);
}

/** Parses until end of text or, inside a group, until an unmatched `|` or `}`. */
function parseSequence(text: string, from: number, inGroup: boolean): [TemplateNode[], number] {
  const nodes: TemplateNode[] = [];
  let literal = '';
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (inGroup && (ch === '|' || ch === '}')) break;
    if (ch === '}') fail(text, `stray '}' at ${i}`);
    if (ch !== '{') {
      literal += ch;
      i++;
      continue;
    }
    if (literal) nodes.push(literal);
    literal = '';
    const [node, next] = parseGroup(text, i + 1);
    nodes.push(node);
    i = next;
  }
  if (literal) nodes.push(literal);
  return [nodes, i];
}

function parseGroup(text: string, from: number): [TemplateNode, number] {
  const options: TemplateNode[][] = [];
  let i = from;
  for (;;) {
    const [seq, end] = parseSequence(text, i, true);
    options.push(seq);
    if (end >= text.length) fail(text, `unclosed '{' at ${from - 1}`);
    i = end + 1;
    if (text[end] === '}') break;
  }
  const only = options.length === 1 ? options[0] : undefined;
  if (only !== undefined) return [slotIndex(text, only), i];
  // An option that is just a slot name is that slot: `{emo_happy|}` is an optional emoji.
  return [{ options: options.map((seq) => (isSlotName(seq) ? [slotIndex(text, seq)] : seq)) }, i];
}

function isSlotName(seq: readonly TemplateNode[]): boolean {
  return seq.length === 1 && typeof seq[0] === 'string' && SLOT_SET.has(seq[0]);
}

function slotIndex(text: string, seq: readonly TemplateNode[]): number {
  const name = seq.length === 1 ? seq[0] : undefined;
  if (typeof name !== 'string' || !SLOT_SET.has(name)) fail(text, `unknown slot {${typeof name === 'string' ? name : '…'}}`);
  return SLOT_IDS.indexOf(name as SlotId);
}

function fail(text: string, why: string): never {
  throw new SampleError('SAMPLE_TEMPLATE_INVALID', `template "${text.slice(0, 60)}": ${why}`);
}
