/**
 * Everything the intent tagger reads from the words of a post, in one pass: the intent cue groups,
 * the urgency rules and negations share a single phrase trie; question shape, @mentions and the
 * learned urgency net's words come from the loop that reads the tokens' word ids and per-word codes
 * (word-codes.ts) for it. The reader keeps one Signals record and rewrites it for each post: read it
 * before the next call.
 */
import { Stamps } from '../../text/stamps.js';
import { wordId, type Token } from '../../text/tokens.js';
import { WordSet, WORDS } from '../../text/words.js';
import { CueCollector, zeroScores, type IntentScores } from './cues.js';
import type { CueGroup } from './intent-data.js';
import { ASKS, NOT_AN_END, PhraseTrie, PreparedTokens, sentenceEndOf } from './phrase-trie.js';
import { emptyQuestionShape, QuestionTracker, type QuestionShape } from './questions.js';
import type { UrgencyData } from './urgency-data.js';
import type { UrgencyNet } from './urgency-net.js';
import { WordCodes } from './word-codes.js';
import { UrgencyCollector, urgencyEntries, type UrgencyEntry, type UrgencyFinding } from './urgency.js';

const CUE = 0;
/** Lexicon terms: one term in the code's argument. */
const TERM = 1;
/** Lexicon terms: several, listed from the argument on (SignalTable.termStart). */
const TERMS = 2;
const MASK = 3;
const RULE = 4;
const NEGATION = 5;
const PERSON = 6;
const SOFT = 7;
/** A signal is one number: its kind in the low bits, its argument (group, term, mask, rule, list) above. */
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;

/**
 * What each trie value stands for, packed into the value itself (kind and argument), so a hit is
 * dispatched without reading any table: the hit reading scattered arrays cost more than the match.
 * Lexicon entries naming several terms keep their lists here; rules keep their entries.
 */
class SignalTable {
  private readonly termLists: (readonly number[])[] = [];
  readonly rules: UrgencyEntry[] = [];

  code(kind: number, arg = 0): number {
    return kind | (arg << KIND_BITS);
  }

  urgency(entry: UrgencyEntry): number {
    if (entry.kind === 'term') {
      const only = entry.terms.length === 1 ? entry.terms[0] : undefined;
      if (only !== undefined) return this.code(TERM, only);
      this.termLists.push(entry.terms);
      return this.code(TERMS, this.termLists.length - 1);
    }
    if (entry.kind === 'mask') return this.code(MASK, entry.mask);
    this.rules.push(entry);
    return this.code(RULE, this.rules.length - 1);
  }

  /** The term lists flat: list `i` is termIds[termStart[i]] up to termIds[termStart[i + 1]]. */
  freeze(): FrozenTerms {
    const termStart = new Int32Array(this.termLists.length + 1);
    const ids: number[] = [];
    this.termLists.forEach((list, i) => {
      termStart[i] = ids.length;
      ids.push(...list);
    });
    termStart[this.termLists.length] = ids.length;
    return { termStart, termIds: Int32Array.from(ids) };
  }
}

interface FrozenTerms {
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
  /** The learned urgency net, scored on the same walk over the tokens. */
  readonly net?: UrgencyNet | undefined;
}

export interface SignalReader {
  read(tokens: readonly Token[]): Signals;
  /** Whether the learned urgency net raises the post last read (false without a net). */
  netRaises(): boolean;
  /** Whether the net's emergency head lifts the post last read to emergency (false without one). */
  netEmergency(): boolean;
}

export function createSignalReader(sources: SignalSources): SignalReader {
  const matcher = new PhraseTrie<number>();
  const table = new SignalTable();
  sources.groups.forEach((g, group) => {
    const cue = table.code(CUE, group);
    for (const p of g.patterns) matcher.add(p, cue);
  });
  urgencyEntries(sources.urgency, (p, entry) => matcher.add(p, table.urgency(entry)));
  const negation = table.code(NEGATION);
  const person = table.code(PERSON);
  for (const word of sources.negatives) matcher.add(word, negation);
  for (const word of sources.firstPerson) matcher.add(word, person);
  const softGroups = sources.urgency.soft?.groups ?? [];
  softGroups.forEach((g, group) => {
    const soft = table.code(SOFT, group);
    for (const p of g.patterns) matcher.add(p, soft);
  });
  const { termStart, termIds } = table.freeze();
  const rules = table.rules;
  const softWeights = Float64Array.from(softGroups.map((g) => g.weight));
  const question = new QuestionTracker(new WordSet([...sources.openers].map((w) => WORDS.add(w))));
  const prepared = new PreparedTokens();
  const net = sources.net;
  const netWords = new NetWords();
  const codes = new WordCodes(
    (id) => matcher.headCode(id),
    (id) => net?.entryOf(id) ?? 0,
  );
  // The soft groups already counted in this post (each counts once).
  const softSeen = new Stamps(softGroups.length);
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
  const onHit = (signal: number, start: number, end: number): void => {
    const k = signal & KIND_MASK;
    const arg = signal >> KIND_BITS;
    if (k === TERM) urgency.hitTerm(arg, start, end);
    else if (k === TERMS) {
      for (let t = termStart[arg] as number, e = termStart[arg + 1] as number; t < e; t++)
        urgency.hitTerm(termIds[t] as number, start, end);
    } else if (k === CUE) cues.hit(arg, out.cues);
    else if (k === NEGATION) out.negations++;
    else if (k === PERSON) out.personal = true;
    else if (k === MASK) urgency.hitMask(arg, start, end);
    else if (k === RULE) urgency.hitRule(rules[arg] as UrgencyEntry, start, end);
    else if (softSeen.add(arg)) out.danger += softWeights[arg] ?? 0;
  };
  return {
    read(tokens) {
      const cueScores = out.cues;
      for (let c = 0; c < cueScores.length; c++) cueScores[c] = 0;
      out.negations = 0;
      out.personal = false;
      out.danger = 0;
      softSeen.next();
      cues.reset();
      urgency.reset();
      question.reset();
      readTokens(tokens, codes, prepared, question, netWords);
      matcher.scanPrepared(prepared, onHit);
      out.urgency = urgency.finish();
      out.addressed = question.finish(out.question).mentions;
      return out;
    },
    netRaises: () => net?.raisesOf(netWords.entries, netWords.length) ?? false,
    netEmergency: () => net?.emergencyOf(netWords.entries, netWords.length) ?? false,
  };
}

/** Vocabulary entries of the tokens the urgency net reads (see netReads), in order. */
class NetWords {
  entries = new Uint16Array(256);
  length = 0;

  reset(n: number): void {
    if (n > this.entries.length) this.entries = new Uint16Array(n * 2);
    this.length = 0;
  }
}

/**
 * The one walk over a post's tokens: word ids, head codes and sentence ends for the trie, the
 * question shape, and the vocabulary entries the net reads, each token's kind compared once.
 */
function readTokens(tokens: readonly Token[], codes: WordCodes, prepared: PreparedTokens, question: QuestionTracker, net: NetWords): void {
  const n = tokens.length;
  prepared.reset(n);
  net.reset(n);
  const { ids, heads, stops } = prepared;
  const netEntries = net.entries;
  let netCount = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const id = wordId(t);
    const kind = t.kind;
    const slot = codes.slotOf(id);
    ids[i] = id;
    heads[i] = codes.headAt(slot);
    stops[i] = 0;
    if (kind === 'word') {
      question.word(id);
      netEntries[netCount++] = codes.entryAt(slot);
    } else if (kind === 'punct') {
      const end = sentenceEndOf(t, id);
      if (end !== NOT_AN_END) {
        stops[i] = 1;
        question.sentenceEnd(end === ASKS);
      }
    } else if (kind === 'mention') question.mention();
    else if (kind !== 'url' && kind !== 'email') netEntries[netCount++] = codes.entryAt(slot);
  }
  net.length = netCount;
}
