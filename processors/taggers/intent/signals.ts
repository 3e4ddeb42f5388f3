/**
 * Everything the intent tagger reads from the words of a post, in one pass: the intent cue groups,
 * the urgency rules and negations share a single phrase matcher; question shape and @mentions come
 * from one more loop over the tokens.
 */
import { PhraseTrie } from './phrase-trie.js';
import type { Token } from '../../text/tokens.js';
import { CueCollector, zeroScores, type IntentScores } from './cues.js';
import type { CueGroup } from './intent-data.js';
import { questionShape, type QuestionShape } from './questions.js';
import type { UrgencyData } from './urgency-data.js';
import { UrgencyCollector, urgencyEntries, type UrgencyEntry, type UrgencyFinding } from './urgency.js';

type Signal =
  | { readonly kind: 'cue'; readonly group: number }
  | { readonly kind: 'urgency'; readonly entry: UrgencyEntry }
  | { readonly kind: 'negation' }
  | { readonly kind: 'person' }
  | { readonly kind: 'soft'; readonly group: number };

export interface Signals {
  /** Cue-group scores only; the classifier adds the rest. */
  readonly cues: IntentScores;
  readonly urgency: UrgencyFinding | undefined;
  readonly negations: number;
  /** The author speaks of themselves ("I", "my", "we"). */
  readonly personal: boolean;
  /** Sum of the soft urgency groups that matched (each once). */
  readonly danger: number;
  readonly question: QuestionShape;
  /** The post @mentions an account (usually the body it is addressed to). */
  readonly addressed: boolean;
}

export interface SignalSources {
  readonly groups: readonly CueGroup[];
  readonly urgency: UrgencyData;
  readonly negatives: Iterable<string>;
  readonly firstPerson: Iterable<string>;
  readonly openers: ReadonlySet<string>;
}

export interface SignalReader {
  read(tokens: readonly Token[]): Signals;
}

const NEGATION: Signal = { kind: 'negation' };
const PERSON: Signal = { kind: 'person' };

export function createSignalReader(sources: SignalSources): SignalReader {
  const matcher = new PhraseTrie<Signal>();
  sources.groups.forEach((g, group) => {
    const signal: Signal = { kind: 'cue', group };
    for (const p of g.patterns) matcher.add(p, signal);
  });
  urgencyEntries(sources.urgency, (p, entry) => matcher.add(p, { kind: 'urgency', entry }));
  for (const word of sources.negatives) matcher.add(word, NEGATION);
  for (const word of sources.firstPerson) matcher.add(word, PERSON);
  const softGroups = sources.urgency.soft?.groups ?? [];
  softGroups.forEach((g, group) => {
    const signal: Signal = { kind: 'soft', group };
    for (const p of g.patterns) matcher.add(p, signal);
  });
  const softSeen = new Uint8Array(softGroups.length);
  const cues = new CueCollector(sources.groups);
  const urgency = new UrgencyCollector(sources.urgency);
  // Per-post state lives here so the hit callback is created once, not per post.
  const state = { scores: zeroScores(), negations: 0, personal: false, danger: 0 };
  const onHit = (s: Signal, start: number, end: number): void => {
    if (s.kind === 'cue') cues.hit(s.group, state.scores);
    else if (s.kind === 'urgency') urgency.hit(s.entry, start, end);
    else if (s.kind === 'negation') state.negations++;
    else if (s.kind === 'person') state.personal = true;
    else if (softSeen[s.group] === 0) {
      softSeen[s.group] = 1;
      state.danger += softGroups[s.group]?.weight ?? 0;
    }
  };
  return {
    read(tokens) {
      state.scores = zeroScores();
      state.negations = 0;
      state.personal = false;
      state.danger = 0;
      softSeen.fill(0);
      cues.reset();
      urgency.reset();
      matcher.scan(tokens, onHit);
      const shape = questionShape(tokens, sources.openers);
      return {
        cues: state.scores,
        urgency: urgency.finish(),
        negations: state.negations,
        personal: state.personal,
        danger: state.danger,
        question: shape,
        addressed: shape.mentions,
      };
    },
  };
}
