/**
 * Everything the intent tagger reads from the words of a post, in one pass: the intent cue groups,
 * the urgency rules and negations share a single phrase trie; question shape and @mentions come
 * from one more loop over the tokens. The reader keeps one Signals record and rewrites it for each
 * post: read it before the next call.
 */
import { wordId, type Token } from '../../text/tokens.js';
import { WordSet, WORDS } from '../../text/words.js';
import { CueCollector, zeroScores, type IntentScores } from './cues.js';
import type { CueGroup } from './intent-data.js';
import { PhraseTrie, PreparedTokens } from './phrase-trie.js';
import { emptyQuestionShape, QuestionTracker, type QuestionShape } from './questions.js';
import type { UrgencyData } from './urgency-data.js';
import { UrgencyCollector, urgencyEntries, type UrgencyEntry, type UrgencyFinding } from './urgency.js';

const CUE = 0;
const TERMS = 1;
const MASK = 2;
const RULE = 3;
const NEGATION = 4;
const PERSON = 5;
const SOFT = 6;

/**
 * What each trie value stands for, in flat arrays indexed by the value (a signal number): its kind,
 * its argument (cue or soft group, mask, rule entry) and, for lexicon terms, the term ids. Reading
 * typed arrays keeps the per-hit dispatch off scattered objects.
 */
class SignalTable {
  private readonly kinds: number[] = [];
  private readonly args: number[] = [];
  private readonly termLists: (readonly number[])[] = [];
  readonly rules: UrgencyEntry[] = [];

  add(kind: number, arg = -1, terms: readonly number[] = []): number {
    this.kinds.push(kind);
    this.args.push(arg);
    this.termLists.push(terms);
    return this.kinds.length - 1;
  }

  urgency(entry: UrgencyEntry): number {
    if (entry.kind === 'term') return this.add(TERMS, -1, entry.terms);
    if (entry.kind === 'mask') return this.add(MASK, entry.mask);
    this.rules.push(entry);
    return this.add(RULE, this.rules.length - 1);
  }

  freeze(): FrozenSignals {
    const termStart = new Int32Array(this.termLists.length + 1);
    const ids: number[] = [];
    this.termLists.forEach((list, i) => {
      termStart[i] = ids.length;
      ids.push(...list);
    });
    termStart[this.termLists.length] = ids.length;
    return { kind: Uint8Array.from(this.kinds), arg: Int32Array.from(this.args), termStart, termIds: Int32Array.from(ids) };
  }
}

interface FrozenSignals {
  readonly kind: Uint8Array;
  readonly arg: Int32Array;
  readonly termStart: Int32Array;
  readonly termIds: Int32Array;
}

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

interface MutableSignals {
  cues: IntentScores;
  urgency: UrgencyFinding | undefined;
  negations: number;
  personal: boolean;
  danger: number;
  question: QuestionShape;
  addressed: boolean;
}

export interface SignalSources {
  readonly groups: readonly CueGroup[];
  readonly urgency: UrgencyData;
  readonly negatives: Iterable<string>;
  readonly firstPerson: Iterable<string>;
  readonly openers: Iterable<string>;
}

export interface SignalReader {
  read(tokens: readonly Token[]): Signals;
}

export function createSignalReader(sources: SignalSources): SignalReader {
  const matcher = new PhraseTrie<number>();
  const table = new SignalTable();
  sources.groups.forEach((g, group) => {
    const cue = table.add(CUE, group);
    for (const p of g.patterns) matcher.add(p, cue);
  });
  urgencyEntries(sources.urgency, (p, entry) => matcher.add(p, table.urgency(entry)));
  const negation = table.add(NEGATION);
  const person = table.add(PERSON);
  for (const word of sources.negatives) matcher.add(word, negation);
  for (const word of sources.firstPerson) matcher.add(word, person);
  const softGroups = sources.urgency.soft?.groups ?? [];
  softGroups.forEach((g, group) => {
    const soft = table.add(SOFT, group);
    for (const p of g.patterns) matcher.add(p, soft);
  });
  const { kind, arg, termStart, termIds } = table.freeze();
  const rules = table.rules;
  const softWeights = Float64Array.from(softGroups.map((g) => g.weight));
  const question = new QuestionTracker(new WordSet([...sources.openers].map((w) => WORDS.add(w))));
  const prepared = new PreparedTokens();
  const softSeen = new Uint8Array(softGroups.length);
  const cues = new CueCollector(sources.groups);
  const urgency = new UrgencyCollector(sources.urgency);
  const out: MutableSignals = {
    cues: zeroScores(),
    urgency: undefined,
    negations: 0,
    personal: false,
    danger: 0,
    question: emptyQuestionShape(),
    addressed: false,
  };
  // Created once, not per post.
  const onHit = (s: number, start: number, end: number): void => {
    const k = kind[s];
    if (k === TERMS) {
      for (let t = termStart[s] as number, e = termStart[s + 1] as number; t < e; t++) urgency.hitTerm(termIds[t] as number, start, end);
    } else if (k === CUE) cues.hit(arg[s] as number, out.cues);
    else if (k === NEGATION) out.negations++;
    else if (k === PERSON) out.personal = true;
    else if (k === MASK) urgency.hitMask(arg[s] as number, start, end);
    else if (k === RULE) urgency.hitRule(rules[arg[s] as number] as UrgencyEntry, start, end);
    else {
      const group = arg[s] as number;
      if (softSeen[group] === 0) {
        softSeen[group] = 1;
        out.danger += softWeights[group] ?? 0;
      }
    }
  };
  return {
    read(tokens) {
      out.cues.fill(0);
      out.negations = 0;
      out.personal = false;
      out.danger = 0;
      if (softSeen.length > 0) softSeen.fill(0);
      cues.reset();
      urgency.reset();
      // One pass over the tokens for the trie and the question shape.
      question.reset();
      prepared.reset(tokens.length);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        const id = wordId(t);
        prepared.set(i, t, id);
        question.token(t, id);
      }
      matcher.scanPrepared(prepared, onHit);
      out.urgency = urgency.finish();
      out.addressed = question.finish(out.question).mentions;
      return out;
    },
  };
}
