import type { Platform } from '../../core/contracts/post.js';
import type { SampleAuthor } from './authors.js';
import type { Rng } from './prng.js';
import type { ReplyKind } from './templates/index.js';
import type { SampleTopic } from './types.js';
import type { Account, Council, Place, Region } from './world/index.js';

/** An inbound post a council account could answer. */
export interface Pending {
  readonly id: string;
  readonly threadId: string;
  readonly nativeId: string;
  readonly platform: Platform;
  readonly source: string;
  readonly tenant: string | undefined;
  readonly container: string;
  readonly council: Council;
  readonly other: Account | null;
  readonly region: Region;
  readonly place: Place;
  readonly author: SampleAuthor;
  readonly ms: number;
  readonly topic: SampleTopic | null;
  readonly replyKind: ReplyKind;
  readonly welsh: boolean;
}

/** A council reply a resident could answer back. */
export interface Answered {
  readonly reply: { readonly id: string; readonly nativeId: string; readonly ms: number };
  readonly original: Pending;
}

const MAX_PENDING = 5000;
const MAX_ANSWERED = 100;

/**
 * Posts awaiting a reply, ordered by when the reply is due (a binary min-heap), and a short list of
 * recent replies. Both are bounded, so memory stays flat however many posts are generated.
 */
export class ThreadBook {
  private readonly heap: { due: number; pending: Pending }[] = [];
  private answered: Answered[] = [];

  get answeredCount(): number {
    return this.answered.length;
  }

  /** Queues a post for a reply at `due` (ms); dropped when the queue is full, as some posts never get one. */
  addPending(pending: Pending, due: number): void {
    if (this.heap.length >= MAX_PENDING) return;
    this.heap.push({ due, pending });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.dueAt(parent) <= this.dueAt(i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The post whose reply is due soonest, if that is no later than `nowMs`. */
  takeDue(nowMs: number): Pending | undefined {
    const top = this.heap[0];
    if (top === undefined || top.due > nowMs) return undefined;
    const last = this.heap.pop();
    if (last !== undefined && this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top.pending;
  }

  addAnswered(a: Answered): void {
    this.answered.push(a);
    if (this.answered.length > MAX_ANSWERED) this.answered.shift();
  }

  takeAnswered(rng: Rng): Answered | undefined {
    if (this.answered.length === 0) return undefined;
    return this.answered.splice(rng.int(this.answered.length), 1)[0];
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < this.heap.length && this.dueAt(l) < this.dueAt(min)) min = l;
      if (r < this.heap.length && this.dueAt(r) < this.dueAt(min)) min = r;
      if (min === i) return;
      this.swap(i, min);
      i = min;
    }
  }

  private dueAt(i: number): number {
    return this.heap[i]?.due ?? Number.POSITIVE_INFINITY;
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i];
    const b = this.heap[j];
    if (a === undefined || b === undefined) return;
    this.heap[i] = b;
    this.heap[j] = a;
  }
}
