import type { TagInput } from '../taggers/tagger.js';
import { HASH_SEED, hashStep, WordTable } from '../text/words.js';
import type { QueryNode } from './ast.js';
import { MatchContext, foldText } from './context.js';
import type { Evaluator } from './matcher.js';
import { isWordCodePoint } from './runs.js';
import { triggersOf } from './triggers.js';
import type { Vocabulary } from './vocabulary.js';

export interface CompiledQuery {
  readonly id: string;
  readonly tenant: string;
  readonly ast: QueryNode;
  readonly evaluate: Evaluator;
}

/**
 * Queries indexed by trigger (triggers.ts): scanning a post's words yields the few queries it
 * could match; the rest are never evaluated. Trigger words, prefixes and the vocabulary go in a
 * small table of their own (text/words.ts), so a word of the post is hashed as it is scanned and
 * costs one probe of a table that stays in the processor's cache, with no string built; what a
 * word triggers is an array read by its id there. Buffers are reused: taggers run synchronously.
 */
export class TriggerIndex {
  private readonly prefixLengths: number[];
  private readonly always: number[] = [];
  /** The words the queries care about; the arrays below are indexed by their ids here. */
  private readonly words = new WordTable(256);
  /** The queries a whole word triggers, and what a prefix triggers. */
  private readonly byWord: (readonly number[] | undefined)[] = [];
  private readonly byPrefix: (readonly number[] | undefined)[] = [];
  /** The word's id in the queries' vocabulary, or -1. */
  private readonly vocabularyIds: number[] = [];
  /** Hash of the current run's first prefixLengths[k] code units, as far as the run reaches. */
  private readonly prefixHashes: Int32Array;
  private readonly seen: Uint32Array;
  private readonly candidates: Int32Array;
  private count = 0;
  private stamp = 0;

  constructor(
    private readonly compiled: readonly CompiledQuery[],
    private readonly vocabulary: Vocabulary,
  ) {
    this.seen = new Uint32Array(compiled.length);
    this.candidates = new Int32Array(compiled.length);
    const byWord = new Map<string, number[]>();
    const byPrefix = new Map<string, number[]>();
    compiled.forEach((q, i) => {
      const triggers = triggersOf(q.ast);
      if (triggers === null) return void this.always.push(i);
      for (const w of triggers.words) push(byWord, w, i);
      for (const p of triggers.prefixes) push(byPrefix, p, i);
    });
    this.prefixLengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
    this.prefixHashes = new Int32Array(this.prefixLengths.length);
    for (const [word, queries] of byWord) this.byWord[this.idOf(word)] = queries;
    for (const [prefix, queries] of byPrefix) this.byPrefix[this.idOf(prefix)] = queries;
    for (const [word, id] of vocabulary.entries()) this.vocabularyIds[this.idOf(word)] = id;
  }

  /** Registers a word here; every array stays as long as the table (dense, so reads stay fast). */
  private idOf(word: string): number {
    const id = this.words.add(word);
    while (this.byWord.length < this.words.size) {
      this.byWord.push(undefined);
      this.byPrefix.push(undefined);
      this.vocabularyIds.push(-1);
    }
    return id;
  }

  match(input: TagInput, language: string): string[] {
    const { post } = input;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    this.count = 0;
    for (const i of this.always) this.add(i);
    const scanned = this.vocabulary.begin();
    this.visitRuns(foldText(input.text.lower), true);
    for (const tag of post.hashtags) this.visitRuns(tag.toLowerCase(), false);
    for (const m of post.mentions) this.visitRuns(m.toLowerCase(), false);
    const ctx = new MatchContext(post, input.text, language, this.vocabulary, scanned);
    const matched: number[] = [];
    for (let k = 0; k < this.count; k++) {
      const i = this.candidates[k] ?? -1;
      const q = this.compiled[i];
      if (q === undefined || (post.tenant !== undefined && q.tenant !== post.tenant)) continue;
      if (q.evaluate(ctx)) matched.push(i);
    }
    return matched.sort((a, b) => a - b).map((i) => this.compiled[i]?.id ?? '');
  }

  /**
   * The runs of word characters in `s` (runs.ts has the same notion of a word), each hashed as it
   * is read, with the hashes of its first prefixLengths[k] code units on the way.
   */
  private visitRuns(s: string, inText: boolean): void {
    const lengths = this.prefixLengths;
    let start = -1;
    let h = 0;
    let k = 0;
    for (let i = 0; i < s.length;) {
      const c = s.charCodeAt(i);
      const cp = c < 0xd800 ? c : (s.codePointAt(i) ?? c);
      const width = cp > 0xffff ? 2 : 1;
      if (!isWordCodePoint(cp)) {
        if (start >= 0) this.visit(s, start, i, h, k, inText);
        start = -1;
        i += width;
        continue;
      }
      if (start < 0) {
        start = i;
        h = HASH_SEED;
        k = 0;
      }
      h = hashStep(h, c);
      if (width === 2) h = hashStep(h, s.charCodeAt(i + 1));
      i += width;
      // A prefix length inside a surrogate pair is passed over: no ASCII prefix ends there.
      for (; k < lengths.length && (lengths[k] as number) <= i - start; k++) this.prefixHashes[k] = lengths[k] === i - start ? h : 0;
    }
    if (start >= 0) this.visit(s, start, s.length, h, k, inText);
  }

  /** A word of the text (marked for the leaves) or of a hashtag/mention (a trigger only). */
  private visit(s: string, start: number, end: number, h: number, prefixes: number, inText: boolean): void {
    const id = this.words.findHashed(h, s, start, end, false);
    if (id >= 0) {
      const v = this.vocabularyIds[id] as number;
      if (inText && v >= 0) this.vocabulary.mark(v);
      this.addAll(this.byWord[id]);
    }
    for (let k = 0; k < prefixes; k++) {
      const len = this.prefixLengths[k] as number;
      const p = this.words.findHashed(this.prefixHashes[k] as number, s, start, start + len, false);
      if (p >= 0) this.addAll(this.byPrefix[p]);
    }
  }

  private addAll(queries: readonly number[] | undefined): void {
    if (queries !== undefined) for (const i of queries) this.add(i);
  }

  private add(i: number): void {
    if (this.seen[i] === this.stamp) return;
    this.seen[i] = this.stamp;
    this.candidates[this.count++] = i;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
