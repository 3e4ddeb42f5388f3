import type { TopicTag } from '../../../core/contracts/tags.js';
import { Stamps } from '../../text/stamps.js';
import { straightWordId, wordId, type Token } from '../../text/tokens.js';
import { matchFrom, type CompiledTaxonomy, type Resolved } from './compile.js';
import { STEM_KEY_LENGTH, stemKey } from './element-match.js';
import { Followers } from './followers.js';
import { HitBuffer } from './hits.js';
import { LOCATIVE_FACTOR, afterLocativeCue } from './locative.js';
import { LoneSingles } from './lone-singles.js';
import { StemPairs } from './stem-pairs.js';
import { WordPairs } from './word-pairs.js';
import { PatternTable } from './pattern-table.js';
import { CURLY, FIRST_OF_STEM, FIRST_OF_WORDS, SECOND, SINGLES, STEM, UNKEYED_STEM, WordRoles } from './word-roles.js';
import { MAX_REPEATS, REPEAT_SHARE, evidenceToScore } from './scoring.js';

/**
 * Finds term matches in a token list and turns them into scored topics. Holds reusable buffers,
 * so a post costs no allocation beyond its result; taggers run synchronously, so one scanner per
 * tagger is safe.
 */
export class TopicScanner {
  private readonly table: PatternTable;
  private readonly hits: HitBuffer;
  private readonly roles: WordRoles;
  private readonly pairs: WordPairs;
  private readonly stems: StemPairs;
  private readonly lone: LoneSingles;
  private readonly evidence: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** The terms already counted in this post, and how often each came back since. */
  private readonly termsSeen: Stamps;
  private readonly termRepeats: Uint8Array;

  constructor(
    private readonly compiled: CompiledTaxonomy,
    private readonly minEvidence: number,
  ) {
    this.table = new PatternTable(compiled.patterns);
    this.hits = new HitBuffer(this.table);
    this.pairs = new WordPairs();
    this.stems = new StemPairs();
    this.lone = new LoneSingles();
    this.roles = new WordRoles(compiled.resolver, new Followers(compiled.patterns), this.pairs, this.stems, this.lone);
    this.evidence = new Float64Array(compiled.ids.length);
    this.touched = new Int32Array(compiled.ids.length);
    this.termsSeen = new Stamps(compiled.termCount);
    this.termRepeats = new Uint8Array(compiled.termCount);
  }

  scan(tokens: readonly Token[]): TopicTag[] {
    this.collect(tokens);
    if (this.hits.count === 0) return [];
    this.termsSeen.next();
    for (let h = 0; h < this.hits.count; h++) this.count(h, tokens);
    return this.emit();
  }

  private collect(tokens: readonly Token[]): void {
    this.hits.reset();
    const { roles } = this;
    const first = tokens[0];
    let role = first === undefined ? 0 : roles.of(first);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const own = role;
      role = i + 1 < tokens.length ? roles.of(tokens[i + 1] as Token) : 0;
      if (!mayMatch(own, role) || tok.kind === 'punct' || tok.kind === 'url' || tok.kind === 'email') continue;
      const id = wordId(tok);
      if (id >= 0) this.fromKnown(tokens, i, id, own, role);
      else this.fromOutside(tokens, i, role);
    }
  }

  /**
   * A word in the table: its lone one-word pattern and its phrases by the next word are found in
   * dense tables, and the pair filter rules out most stem tries, before the word's Resolved object
   * (colder memory than its role byte) is read.
   */
  private fromKnown(tokens: readonly Token[], i: number, id: number, own: number, next: number): void {
    const following = tokens[i + 1];
    let words: readonly number[] | undefined;
    let stems = false;
    if (following !== undefined) {
      if ((own & FIRST_OF_WORDS) !== 0 && (next & SECOND) !== 0) {
        const second = secondId(following, next);
        if (second >= 0) words = this.pairs.get(id, second);
      }
      stems =
        (own & FIRST_OF_STEM) !== 0 && (next & STEM) !== 0 && ((own & UNKEYED_STEM) !== 0 || this.stems.mayPairStem(id, following.norm));
    }
    const lone = (own & SINGLES) === 0 ? NO_PATTERN : this.lone.of(id);
    if (lone >= 0) this.hits.add(lone, i, i + 1);
    else if (lone === SEVERAL) for (const p of this.compiled.resolver.known(id).singles) this.hits.add(p, i, i + 1);
    // The candidates are grouped by the second element's id, so it needs no check.
    if (words !== undefined) this.tryPhrases(words, tokens, i, 2);
    if (stems) this.tryStems(this.compiled.resolver.known(id), tokens, i);
  }

  /** A word outside the table has no role byte: every way it may start a match is looked at. */
  private fromOutside(tokens: readonly Token[], i: number, next: number): void {
    const r = this.compiled.resolver.resolve(tokens[i] as Token);
    for (const p of r.singles) this.hits.add(p, i, i + 1);
    const following = tokens[i + 1];
    if (following === undefined) return;
    if ((next & SECOND) !== 0) this.tryNext(r, secondId(following, next), tokens, i);
    if (r.nextPrefix.length > 0 && (next & STEM) !== 0) this.tryPhrases(r.nextPrefix, tokens, i, 1);
  }

  /**
   * A keyed word tries only the stems that share the follower's first characters (the ones that
   * can match, in their list order); an unkeyed one tries every stem.
   */
  private tryStems(r: Resolved, tokens: readonly Token[], i: number): void {
    if (r.byStem === undefined) return this.tryPhrases(r.nextPrefix, tokens, i, 1);
    const norm = (tokens[i + 1] as Token).norm;
    const candidates = norm.length >= STEM_KEY_LENGTH ? r.byStem.get(stemKey(norm)) : undefined;
    if (candidates !== undefined) this.tryPhrases(candidates, tokens, i, 1);
  }

  /** The candidates are grouped by their second element's id, so it needs no check. */
  private tryNext(r: Resolved, second: number, tokens: readonly Token[], i: number): void {
    const byNext = r.next?.get(second);
    if (byNext !== undefined) this.tryPhrases(byNext, tokens, i, 2);
  }

  private tryPhrases(candidates: readonly number[], tokens: readonly Token[], start: number, from: number): void {
    const { patterns } = this.compiled;
    for (const p of candidates) {
      const pattern = patterns[p];
      const end = pattern === undefined ? -1 : matchFrom(pattern, tokens, start, from);
      if (end >= 0) this.hits.add(p, start, end);
    }
  }

  private count(h: number, tokens: readonly Token[]): void {
    const { table } = this;
    const p = this.hits.patternAt(h);
    if (table.exclusion[p] === 1) return;
    const topic = table.topic[p] ?? 0;
    const weight = table.weight[p] ?? 0;
    const term = table.term[p] ?? 0;
    if (this.hits.vetoed(h, topic) || this.hits.subsumed(h, topic, weight)) return;
    let add = table.place[p] === 1 && afterLocativeCue(tokens, this.hits.startAt(h)) ? weight * LOCATIVE_FACTOR : weight;
    if (this.termsSeen.add(term)) this.termRepeats[term] = 0;
    else {
      const repeats = this.termRepeats[term] ?? 0;
      if (repeats >= MAX_REPEATS) return;
      this.termRepeats[term] = repeats + 1;
      add *= REPEAT_SHARE;
    }
    if (this.evidence[topic] === 0) this.touched[this.touchedCount++] = topic;
    this.evidence[topic] = (this.evidence[topic] ?? 0) + add;
  }

  /**
   * Kept topics, best first. A post keeps one or two: they are ranked by hand (the comparison is a
   * total order, ids being unique), and a lone one goes in an array of its exact size.
   */
  private emit(): TopicTag[] {
    let out: TopicTag[] | undefined;
    let only: TopicTag | undefined;
    for (let k = 0; k < this.touchedCount; k++) {
      const t = this.touched[k] ?? 0;
      const e = this.evidence[t] ?? 0;
      this.evidence[t] = 0;
      const id = this.compiled.ids[t];
      if (e < this.minEvidence || id === undefined) continue;
      const tag = { id, score: evidenceToScore(e) };
      if (only === undefined) only = tag;
      else insertRanked((out ??= [only]), tag);
    }
    this.touchedCount = 0;
    return out ?? (only === undefined ? [] : [only]);
  }
}

/** No one-word pattern to add (the word starts none, or is not looked at for them). */
const NO_PATTERN = -2;
/** LoneSingles.of: the word starts several one-word patterns (its Resolved lists them). */
const SEVERAL = -1;

/** The id a phrase's second element is keyed by for the token `t` with roles `roles`: straight apostrophes, as terms have. */
function secondId(t: Token, roles: number): number {
  return (roles & CURLY) === 0 ? wordId(t) : straightWordId(t);
}

/** Whether a token with roles `own`, followed by one with `next`, can start a match. */
function mayMatch(own: number, next: number): boolean {
  return (
    (own & SINGLES) !== 0 || ((own & FIRST_OF_WORDS) !== 0 && (next & SECOND) !== 0) || ((own & FIRST_OF_STEM) !== 0 && (next & STEM) !== 0)
  );
}

function insertRanked(out: TopicTag[], tag: TopicTag): void {
  let at = out.length;
  out.push(tag);
  for (; at > 0 && ranksBefore(tag, out[at - 1] as TopicTag); at--) out[at] = out[at - 1] as TopicTag;
  out[at] = tag;
}

function ranksBefore(a: TopicTag, b: TopicTag): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}
