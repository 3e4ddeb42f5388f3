import type { TagInput } from '../taggers/tagger.js';
import type { QueryNode } from './ast.js';
import { MatchContext, foldText } from './context.js';
import type { Evaluator } from './matcher.js';
import { forEachRun } from './runs.js';
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
 * could match; the rest are never evaluated. Each distinct word is resolved once (its vocabulary
 * id and the queries it triggers) and cached. Buffers are reused: taggers run synchronously.
 */
export class TriggerIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private readonly prefixLengths: number[];
  private readonly always: number[] = [];
  private readonly resolved = new Map<string, Resolved>();
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
    const lengths = new Set<number>();
    compiled.forEach((q, i) => {
      const triggers = triggersOf(q.ast);
      if (triggers === null) return void this.always.push(i);
      for (const w of triggers.words) push(this.byWord, w, i);
      for (const p of triggers.prefixes) {
        push(this.byPrefix, p, i);
        lengths.add(p.length);
      }
    });
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  match(input: TagInput, language: string): string[] {
    const { post } = input;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    this.count = 0;
    for (const i of this.always) this.add(i);
    const scanned = this.vocabulary.begin();
    forEachRun(foldText(input.text.lower), (run) => this.visit(run, true));
    for (const tag of post.hashtags) forEachRun(tag.toLowerCase(), (run) => this.visit(run, false));
    for (const m of post.mentions) forEachRun(m.toLowerCase(), (run) => this.visit(run, false));
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

  /** A word of the text (marked for the leaves) or of a hashtag/mention (a trigger only). */
  private visit(run: string, inText: boolean): void {
    let r = this.resolved.get(run);
    if (r === undefined) {
      if (this.resolved.size >= RESOLVED_LIMIT) this.resolved.clear();
      r = this.resolve(run);
      this.resolved.set(run, r);
    }
    if (inText && r.id !== undefined) this.vocabulary.mark(r.id);
    for (const i of r.queries) this.add(i);
  }

  private resolve(run: string): Resolved {
    const queries = [...(this.byWord.get(run) ?? [])];
    for (const len of this.prefixLengths) {
      if (len > run.length) break;
      queries.push(...(this.byPrefix.get(run.slice(0, len)) ?? []));
    }
    return { id: this.vocabulary.idOf(run), queries };
  }

  private add(i: number): void {
    if (this.seen[i] === this.stamp) return;
    this.seen[i] = this.stamp;
    this.candidates[this.count++] = i;
  }
}

interface Resolved {
  readonly id: number | undefined;
  readonly queries: readonly number[];
}

/** Distinct words are Zipfian: a modest cache holds nearly all; cleared, not evicted, when full. */
const RESOLVED_LIMIT = 100_000;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
