import type { TagInput } from '../taggers/tagger.js';
import { Stamps } from '../text/stamps.js';
import { HASH_SEED, hashStep, WordTable } from '../text/words.js';
import type { QueryNode } from './ast.js';
import { MatchContext, foldText } from './context.js';
import type { Evaluator } from './matcher.js';
import { forEachSpan } from './runs.js';
import { TokenRuns, walkTokens, type RunFacts, type RunSink } from './token-runs.js';
import { triggersOf } from './triggers.js';
import type { Vocabulary } from './vocabulary.js';

/** A distinct query: tenants often save the same one, and a post evaluates it once for all of them. */
export interface QueryForm {
  readonly ast: QueryNode;
  readonly evaluate: Evaluator;
}

/** A listening query whose query is `forms[form]`. */
export interface IndexedQuery {
  readonly id: string;
  readonly tenant: string;
  readonly form: number;
}

/** The queries a post may match (its tenant's) by form, in query order. */
type Scope = readonly (readonly number[] | undefined)[];

/**
 * Query forms indexed by trigger (triggers.ts): scanning a post's words yields the few forms it
 * could match; the rest are never evaluated, and a triggered form is evaluated once however many
 * of the post's queries share it. Trigger words, prefixes and the vocabulary go in a
 * small table of their own (text/words.ts): a run of word characters is hashed once and costs a
 * probe there per prefix length and one for the whole run, with no string built. The post's runs
 * come from its tokens, what each word brings worked out once per word (token-runs.ts); the
 * characters are scanned only when the tokens cannot tell. Buffers are reused: taggers run
 * synchronously.
 */
export class TriggerIndex {
  private readonly prefixLengths: number[];
  private readonly always: number[] = [];
  /** By tenant; a post of a tenant missing here can match none. */
  private readonly scopes = new Map<string, Scope>();
  /** The words the queries care about; the arrays below are indexed by their ids here. */
  private readonly words = new WordTable(256);
  /** The forms a whole word triggers, and what a prefix triggers. */
  private readonly byWord: (readonly number[] | undefined)[] = [];
  private readonly byPrefix: (readonly number[] | undefined)[] = [];
  /** The word's id in the queries' vocabulary, or -1. */
  private readonly vocabularyIds: number[] = [];
  /** The forms already among this post's candidates. */
  private readonly seen: Stamps;
  private readonly candidates: Int32Array;
  private count = 0;
  /** The post's matched queries, sorted before their ids are read. */
  private readonly matched: Int32Array;
  /** Reused for every post (context.ts). */
  private context: MatchContext | undefined;
  private readonly scratch: RunFacts = { flags: 0, marks: [], queries: [] };
  /** What each word of a post brings, by word id (token-runs.ts). */
  private readonly runs = new TokenRuns((s, start, end, into) => this.lookupRun(s, start, end, into));
  private readonly sink: RunSink = {
    facts: (facts) => {
      for (const v of facts.marks) this.vocabulary.mark(v);
      for (const i of facts.queries) this.add(i);
    },
    chars: (lowered) => this.visitRuns(lowered),
  };

  constructor(
    private readonly forms: readonly QueryForm[],
    private readonly queries: readonly IndexedQuery[],
    private readonly vocabulary: Vocabulary,
    /** The tenant of a post that names none. */
    private readonly defaultTenant: string,
  ) {
    this.seen = new Stamps(forms.length);
    this.candidates = new Int32Array(forms.length);
    this.matched = new Int32Array(queries.length);
    for (const tenant of new Set(queries.map((q) => q.tenant))) {
      this.scopes.set(tenant, scopeOf(queries, forms.length, tenant));
    }
    const byWord = new Map<string, number[]>();
    const byPrefix = new Map<string, number[]>();
    forms.forEach((q, i) => {
      const triggers = triggersOf(q.ast);
      if (triggers === null) return void this.always.push(i);
      for (const w of triggers.words) push(byWord, w, i);
      for (const p of triggers.prefixes) push(byPrefix, p, i);
    });
    this.prefixLengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
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
    const scope = this.scopes.get(post.tenant ?? this.defaultTenant);
    // A feed usually carries tenants whose queries live elsewhere: their posts skip the walk.
    if (scope === undefined) return [];
    this.seen.next();
    this.count = 0;
    for (const i of this.always) this.add(i);
    this.vocabulary.begin();
    if (!walkTokens(input.text, this.runs, this.sink)) this.visitRuns(foldText(input.text.lower));
    for (const tag of post.hashtags) for (const i of this.runs.ofListed(tag)) this.add(i);
    for (const m of post.mentions) for (const i of this.runs.ofListed(m)) this.add(i);
    const ctx = (this.context ??= new MatchContext(post, input.text, language, this.vocabulary));
    ctx.reset(post, input.text, language, true);
    const matched = this.matched;
    let found = 0;
    for (let k = 0; k < this.count; k++) {
      const form = this.candidates[k] as number;
      const queries = scope[form];
      if (queries === undefined || !(this.forms[form] as QueryForm).evaluate(ctx)) continue;
      for (const i of queries) matched[found++] = i;
    }
    if (found === 0) return [];
    sortAscending(matched, found);
    const ids: string[] = [];
    for (let k = 0; k < found; k++) ids.push((this.queries[matched[k] as number] as IndexedQuery).id);
    return ids;
  }

  /** The character scan of the post's folded lower-cased text (or a chunk of it, token-runs.ts). */
  private visitRuns(s: string): void {
    forEachSpan(s, (start, end) => {
      const facts = this.scratch;
      if (facts.marks.length > 0) facts.marks.length = 0;
      if (facts.queries.length > 0) facts.queries.length = 0;
      this.lookupRun(s, start, end, facts);
      this.sink.facts(facts);
    });
  }

  /**
   * What the run `s.slice(start, end)` brings: its vocabulary id and the queries it triggers as a
   * word, then by each of its first prefixLengths[k] code units, hashed on the way in one pass.
   */
  private lookupRun(s: string, start: number, end: number, into: RunFacts): void {
    const lengths = this.prefixLengths;
    let h = HASH_SEED;
    let k = 0;
    for (let i = start; i < end; i++) {
      h = hashStep(h, s.charCodeAt(i));
      if (lengths[k] === i + 1 - start) {
        const p = this.words.findHashed(h, s, start, i + 1, false);
        const queries = p >= 0 ? this.byPrefix[p] : undefined;
        if (queries !== undefined) into.queries.push(...queries);
        k++;
      }
    }
    const id = this.words.findHashed(h, s, start, end, false);
    if (id < 0) return;
    const v = this.vocabularyIds[id] as number;
    if (v >= 0) into.marks.push(v);
    const queries = this.byWord[id];
    if (queries !== undefined) into.queries.push(...queries);
  }

  private add(i: number): void {
    if (this.seen.add(i)) this.candidates[this.count++] = i;
  }
}

/** By form, the indices of the tenant's queries, in query order. */
function scopeOf(queries: readonly IndexedQuery[], forms: number, tenant: string): Scope {
  const scope: (number[] | undefined)[] = Array.from({ length: forms }, () => undefined);
  queries.forEach((q, i) => {
    if (q.tenant === tenant) (scope[q.form] ??= []).push(i);
  });
  return scope;
}

/** Insertion sort of `a[0..n)`: a post matches a few queries, written in query order. */
function sortAscending(a: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = a[i] as number;
    let j = i - 1;
    for (; j >= 0 && (a[j] as number) > v; j--) a[j + 1] = a[j] as number;
    a[j + 1] = v;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
