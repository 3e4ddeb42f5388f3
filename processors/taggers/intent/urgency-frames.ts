/**
 * The lexicon term hits of one post and the frames they satisfy. Hits arrive in token order from the
 * shared phrase matcher; the tables are allocated once per tagger and reset per post, so a post
 * allocates nothing unless a frame fires.
 *
 * How hits combine (see urgency-lexicon.ts for the data):
 * - a frame's terms form a chain: each one must hit within `window` tokens of a hit already taken
 *   (the anchor first), or anywhere in the anchor's sentence for `sentence` frames;
 * - masks drop the hits their spans overlap; a negation drops the term hits that start up to
 *   NEGATION_REACH tokens after it, within its clause, unless the negation opens a term itself
 *   ("not breathing", "no one has come");
 * - a past cue ("last year", "weeks ago") makes the hits near it in its sentence stale, unless a
 *   now/again/today is as near them; "resolved" ("all sorted now") makes every earlier hit stale;
 *   stale hits count only for `timeless` frames.
 */
import type { CompiledFrame, CompiledLexicon } from './urgency-lexicon.js';
import type { RaisedLevel } from './urgency-levels.js';

/** More hits than this in one post are ignored (a long post has a hundred or so). */
const CAPACITY = 512;
const MAX_MASKS = 64;
const MAX_SENTENCES = 256;
const MAX_CHAIN = 16;
/** A negation reaches the terms that start this many tokens after it at most ("not [into the] house"). */
export const NEGATION_REACH = 3;
/** A past cue reaches this far in its sentence ("the flood [...] last year"). */
export const PAST_REACH = 10;
/** "in February" dates only the words right next to it. */
export const PAST_NEAR_REACH = 2;

export interface FrameFinding {
  readonly level: RaisedLevel;
  readonly ids: string[];
  readonly incident: boolean;
}

const at = (a: Int32Array | Int16Array | Uint16Array | Uint8Array, i: number): number => a[i] ?? 0;

export class TermHits {
  private readonly term = new Int16Array(CAPACITY);
  private readonly start = new Int32Array(CAPACITY);
  private readonly end = new Int32Array(CAPACITY);
  private readonly sentence = new Uint16Array(CAPACITY);
  private readonly live = new Uint8Array(CAPACITY);
  private readonly fresh = new Uint8Array(CAPACITY);
  private readonly maskId = new Int16Array(MAX_MASKS);
  private readonly maskStart = new Int32Array(MAX_MASKS);
  private readonly maskEnd = new Int32Array(MAX_MASKS);
  private readonly currentIn = new Uint8Array(MAX_SENTENCES);
  private readonly chain = new Int32Array(MAX_CHAIN);
  /** Hits of one term as a list: `first` by term, `next` by hit; -1 ends it. */
  private readonly next = new Int32Array(CAPACITY);
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** Terms hit in this post, to reset `first` cheaply. */
  private readonly touched: Int16Array;
  private touchedCount = 0;
  /** Terms that anchor some frame, in the order first seen. */
  private readonly anchors: Int16Array;
  private anchorCount = 0;
  private readonly isAnchor: Uint8Array;
  private n = 0;
  private masks = 0;
  private sentences = 0;
  private resolvedAt = -1;

  constructor(private readonly lex: CompiledLexicon) {
    this.first = new Int32Array(lex.names.length).fill(-1);
    this.last = new Int32Array(lex.names.length).fill(-1);
    this.isAnchor = new Uint8Array(lex.names.length);
    this.touched = new Int16Array(lex.names.length);
    this.anchors = new Int16Array(lex.names.length);
    lex.byAnchor.forEach((frames, term) => {
      if (frames.length > 0) this.isAnchor[term] = 1;
    });
  }

  reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const t = at(this.touched, k);
      this.first[t] = -1;
      this.last[t] = -1;
    }
    this.touchedCount = 0;
    this.anchorCount = 0;
    this.n = 0;
    this.masks = 0;
    this.sentences = 0;
    this.resolvedAt = -1;
  }

  /** Nothing in the post can anchor a frame. */
  get idle(): boolean {
    return this.anchorCount === 0;
  }

  add(term: number, start: number, end: number): void {
    const i = this.n;
    if (i >= CAPACITY) return;
    this.term[i] = term;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = this.sentences < MAX_SENTENCES ? this.sentences : MAX_SENTENCES - 1;
    this.next[i] = -1;
    this.n = i + 1;
    const tail = at(this.last, term);
    if (tail < 0) {
      this.first[term] = i;
      this.touched[this.touchedCount++] = term;
      if (this.isAnchor[term] === 1) this.anchors[this.anchorCount++] = term;
    } else this.next[tail] = i;
    this.last[term] = i;
    if (term === this.lex.reserved.boundary) this.sentences++;
  }

  addMask(mask: number, start: number, end: number): void {
    if (this.masks >= MAX_MASKS) return;
    this.maskId[this.masks] = mask;
    this.maskStart[this.masks] = start;
    this.maskEnd[this.masks] = end;
    this.masks++;
  }

  /** Applies masks, negations, past and resolved wording; call once per post, before `evaluate`. */
  settle(): void {
    // Loops, not `fill`: a post has a dozen hits or so, fewer than a built-in call is worth.
    for (let i = 0; i < this.n; i++) this.live[i] = 1;
    if (this.masks > 0) this.applyMasks();
    const { reserved } = this.lex;
    for (let i = at(this.first, reserved.negation); i >= 0; i = at(this.next, i)) if (at(this.live, i) === 1) this.negate(i);
    for (let s = Math.min(this.sentences, MAX_SENTENCES - 1); s >= 0; s--) this.currentIn[s] = 0;
    for (let i = 0; i < this.n; i++) this.fresh[i] = 1;
    for (let i = at(this.first, reserved.current); i >= 0; i = at(this.next, i))
      if (at(this.live, i) === 1) this.currentIn[at(this.sentence, i)] = 1;
    for (let i = at(this.first, reserved.resolved); i >= 0; i = at(this.next, i)) {
      if (at(this.live, i) === 1) this.resolvedAt = Math.max(this.resolvedAt, at(this.start, i));
    }
    for (let i = at(this.first, reserved.past); i >= 0; i = at(this.next, i)) if (at(this.live, i) === 1) this.date(i, PAST_REACH);
    for (let i = at(this.first, reserved.past_near); i >= 0; i = at(this.next, i))
      if (at(this.live, i) === 1) this.date(i, PAST_NEAR_REACH);
    if (this.resolvedAt >= 0) for (let i = 0; i < this.n; i++) if (at(this.start, i) < this.resolvedAt) this.fresh[i] = 0;
  }

  /** Whether a phrase rule's hit at this token is stale (rules keep no hits here). Call after `settle`. */
  stale(token: number): boolean {
    if (token < this.resolvedAt) return true;
    const { reserved } = this.lex;
    let s = 0;
    for (let i = 0; i < this.n && at(this.start, i) < token; i++) if (at(this.term, i) === reserved.boundary && s < MAX_SENTENCES - 1) s++;
    for (let i = 0; i < this.n; i++) {
      const t = at(this.term, i);
      if (at(this.live, i) === 0 || at(this.sentence, i) !== s || (t !== reserved.past && t !== reserved.past_near)) continue;
      const gap = Math.max(at(this.start, i) - token - 1, token - at(this.end, i), 0);
      if (gap <= (t === reserved.past ? PAST_REACH : PAST_NEAR_REACH)) return true;
    }
    return false;
  }

  private applyMasks(): void {
    const { masks } = this.lex;
    for (let m = 0; m < this.masks; m++) {
      const targets = masks[at(this.maskId, m)];
      if (targets === undefined) continue;
      const from = at(this.maskStart, m);
      const to = at(this.maskEnd, m);
      for (let i = 0; i < this.n; i++) {
        if (targets[at(this.term, i)] === 1 && at(this.start, i) < to && from < at(this.end, i)) this.live[i] = 0;
      }
    }
  }

  /**
   * A negation that opens a term itself ("not breathing", "no one has come") belongs to that term;
   * otherwise it masks the terms that start within reach, up to a comma, "but" or a sentence end.
   */
  private negate(g: number): void {
    const { reserved, negatable } = this.lex;
    const from = at(this.start, g);
    const to = at(this.end, g);
    for (let i = 0; i < this.n; i++) {
      if (i !== g && negatable[at(this.term, i)] === 1 && at(this.start, i) <= from && at(this.end, i) > from) return;
    }
    let stop = to + NEGATION_REACH;
    for (let i = g + 1; i < this.n; i++) {
      const s = at(this.start, i);
      if (s >= stop) break;
      const t = at(this.term, i);
      if (t === reserved.clause || t === reserved.boundary) stop = Math.min(stop, s);
      else if (s >= to && negatable[t] === 1) this.live[i] = 0;
    }
  }

  /** Hits near a past cue in its sentence are stale, unless they are as near a "now". */
  private date(p: number, reach: number): void {
    const s = at(this.sentence, p);
    for (let i = 0; i < this.n; i++) {
      if (at(this.sentence, i) === s && this.distance(p, i) <= reach && !this.nowNear(i, s)) this.fresh[i] = 0;
    }
  }

  private nowNear(i: number, s: number): boolean {
    if (this.currentIn[s] === 0) return false;
    for (let c = at(this.first, this.lex.reserved.current); c >= 0; c = at(this.next, c)) {
      if (at(this.live, c) === 1 && at(this.sentence, c) === s && this.distance(c, i) <= PAST_REACH) return true;
    }
    return false;
  }

  /**
   * Some frame anchored in this post has a hit of every term it needs (whether usable or not):
   * without one, `evaluate` finds nothing and `settle` need not run for it.
   */
  mayFire(): boolean {
    const byAnchor = this.lex.byAnchor;
    for (let k = 0; k < this.anchorCount; k++) {
      const frames = byAnchor[at(this.anchors, k)] ?? [];
      for (const frame of frames) if (this.allHit(frame)) return true;
    }
    return false;
  }

  private allHit(frame: CompiledFrame): boolean {
    for (let k = 1; k < frame.all.length; k++) if (at(this.first, frame.all[k] ?? 0) < 0) return false;
    return true;
  }

  /** The highest frame level reached, with the ids of every frame that fired. */
  evaluate(): FrameFinding | undefined {
    let level: RaisedLevel | undefined;
    let ids: string[] | undefined;
    let incident = false;
    const byAnchor = this.lex.byAnchor;
    for (let k = 0; k < this.anchorCount; k++) {
      const frames = byAnchor[at(this.anchors, k)];
      if (frames === undefined) continue;
      for (let f = 0; f < frames.length; f++) {
        const frame = frames[f];
        if (frame === undefined || !this.fires(frame)) continue;
        ids ??= [];
        if (!ids.includes(frame.id)) ids.push(frame.id);
        incident ||= frame.incident;
        if (level === undefined || frame.level === 'emergency') level = frame.level;
      }
    }
    return level === undefined || ids === undefined ? undefined : { level, ids, incident };
  }

  private usable(i: number, frame: CompiledFrame): boolean {
    return at(this.live, i) === 1 && (frame.timeless || at(this.fresh, i) === 1);
  }

  private fires(frame: CompiledFrame): boolean {
    if (!this.allHit(frame)) return false;
    for (let a = at(this.first, frame.all[0] ?? 0); a >= 0; a = at(this.next, a)) {
      if (this.usable(a, frame) && this.around(a, frame)) return true;
    }
    return false;
  }

  private around(a: number, frame: CompiledFrame): boolean {
    this.chain[0] = a;
    let taken = 1;
    for (let k = 1; k < frame.all.length; k++) {
      const hit = this.reach(a, taken, frame.all[k] ?? -1, frame);
      if (hit < 0) return false;
      if (taken < MAX_CHAIN) this.chain[taken++] = hit;
    }
    if (frame.any.length > 0) {
      let found = false;
      for (let k = 0; k < frame.any.length && !found; k++) found = this.reach(a, taken, frame.any[k] ?? -1, frame) >= 0;
      if (!found) return false;
    }
    for (let k = 0; k < frame.none.length; k++) if (this.blocked(a, frame.none[k] ?? -1, frame)) return false;
    return true;
  }

  /** A usable hit of `term` near a hit already in the chain (or in the anchor's sentence), or -1. */
  private reach(a: number, taken: number, term: number, frame: CompiledFrame): number {
    const sentence = at(this.sentence, a);
    for (let i = at(this.first, term); i >= 0; i = at(this.next, i)) {
      if (!this.usable(i, frame)) continue;
      if (frame.sentence && at(this.sentence, i) === sentence && i !== a) return i;
      for (let c = 0; c < taken; c++) {
        const j = at(this.chain, c);
        if (i !== j && this.distance(j, i) <= frame.window) return i;
      }
    }
    return -1;
  }

  /** A live hit of `term` near the anchor, or in its sentence for `sentence` frames. */
  private blocked(a: number, term: number, frame: CompiledFrame): boolean {
    const sentence = at(this.sentence, a);
    for (let i = at(this.first, term); i >= 0; i = at(this.next, i)) {
      if (at(this.live, i) === 0) continue;
      if (this.distance(a, i) <= frame.window || (frame.sentence && at(this.sentence, i) === sentence)) return true;
    }
    return false;
  }

  /** Tokens between two hits; 0 when they touch or overlap. */
  private distance(a: number, b: number): number {
    const gap = Math.max(at(this.start, b) - at(this.end, a), at(this.start, a) - at(this.end, b));
    return gap > 0 ? gap : 0;
  }
}
