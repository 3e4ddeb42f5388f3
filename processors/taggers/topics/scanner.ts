import type { TopicTag } from '../../../core/contracts/tags.js';
import { straightWordId, type Token } from '../../text/tokens.js';
import { matchFrom, type CompiledTaxonomy } from './compile.js';
import { Followers } from './followers.js';
import { HitBuffer } from './hits.js';
import { LOCATIVE_FACTOR, afterLocativeCue } from './locative.js';
import { MAX_REPEATS, REPEAT_SHARE, evidenceToScore } from './scoring.js';

/**
 * Finds term matches in a token list and turns them into scored topics. Holds reusable buffers,
 * so a post costs no allocation beyond its result; taggers run synchronously, so one scanner per
 * tagger is safe.
 */
export class TopicScanner {
  private readonly hits: HitBuffer;
  private readonly followers: Followers;
  private readonly evidence: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly termStamp: Uint32Array;
  private readonly termRepeats: Uint8Array;
  private stamp = 0;

  constructor(
    private readonly compiled: CompiledTaxonomy,
    private readonly minEvidence: number,
  ) {
    this.hits = new HitBuffer(compiled.patterns);
    this.followers = new Followers(compiled.patterns);
    this.evidence = new Float64Array(compiled.ids.length);
    this.touched = new Int32Array(compiled.ids.length);
    this.termStamp = new Uint32Array(compiled.termCount);
    this.termRepeats = new Uint8Array(compiled.termCount);
  }

  scan(tokens: readonly Token[]): TopicTag[] {
    this.collect(tokens);
    if (this.hits.count === 0) return [];
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    for (let h = 0; h < this.hits.count; h++) this.count(h, tokens);
    return this.emit();
  }

  private collect(tokens: readonly Token[]): void {
    this.hits.reset();
    const { resolve } = this.compiled;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok === undefined || tok.kind === 'punct' || tok.kind === 'url' || tok.kind === 'email') continue;
      const r = resolve(tok);
      for (const p of r.singles) this.hits.add(p, i, i + 1);
      const following = tokens[i + 1];
      if (following === undefined) continue;
      if (r.next !== undefined) {
        const second = straightWordId(following);
        const byNext = this.followers.mayBe(second) ? r.next.get(second) : undefined;
        if (byNext !== undefined) this.tryPhrases(byNext, tokens, i);
      }
      if (r.nextPrefix.length > 0 && this.followers.mayStartStem(following)) this.tryPhrases(r.nextPrefix, tokens, i);
    }
  }

  private tryPhrases(candidates: readonly number[], tokens: readonly Token[], start: number): void {
    const { patterns } = this.compiled;
    for (const p of candidates) {
      const pattern = patterns[p];
      const end = pattern === undefined ? -1 : matchFrom(pattern, tokens, start);
      if (end >= 0) this.hits.add(p, start, end);
    }
  }

  private count(h: number, tokens: readonly Token[]): void {
    const p = this.hits.patternAt(h);
    if (p === undefined || p.exclusion) return;
    if (this.hits.vetoed(h, p.topic) || this.hits.subsumed(h, p.topic, p.weight)) return;
    let add = p.place && afterLocativeCue(tokens, this.hits.startAt(h)) ? p.weight * LOCATIVE_FACTOR : p.weight;
    if (this.termStamp[p.term] === this.stamp) {
      const repeats = this.termRepeats[p.term] ?? 0;
      if (repeats >= MAX_REPEATS) return;
      this.termRepeats[p.term] = repeats + 1;
      add *= REPEAT_SHARE;
    } else {
      this.termStamp[p.term] = this.stamp;
      this.termRepeats[p.term] = 0;
    }
    if (this.evidence[p.topic] === 0) this.touched[this.touchedCount++] = p.topic;
    this.evidence[p.topic] = (this.evidence[p.topic] ?? 0) + add;
  }

  private emit(): TopicTag[] {
    const out: TopicTag[] = [];
    for (let k = 0; k < this.touchedCount; k++) {
      const t = this.touched[k] ?? 0;
      const e = this.evidence[t] ?? 0;
      this.evidence[t] = 0;
      const id = this.compiled.ids[t];
      if (e >= this.minEvidence && id !== undefined) out.push({ id, score: evidenceToScore(e) });
    }
    this.touchedCount = 0;
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
}
