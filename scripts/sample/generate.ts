import type { Post } from '../../core/contracts/post.js';
import { Clock } from './clock.js';
import { makeInbound } from './inbound.js';
import { resolveOptions } from './options.js';
import { makeFollowUp, makeReply } from './outbound.js';
import { replyDue } from './response.js';
import { startRun, type Run } from './run.js';
import type { GenerateOptions, Sample } from './types.js';

const FOLLOW_UP_RATE = 0.012;

/** Pull-based core shared by both generators: one sample per call until the count is reached. */
class SampleStream {
  private readonly run: Run;
  private readonly clock: Clock;
  private readonly count: number;
  private seq = 0;

  constructor(opts: GenerateOptions) {
    const resolved = resolveOptions(opts);
    this.run = startRun(resolved);
    this.count = resolved.count;
    this.clock = new Clock(resolved.startMs, resolved.spanMs, resolved.count, this.run.storm);
  }

  next(): Sample | undefined {
    if (this.seq >= this.count) return undefined;
    const seq = this.seq++;
    return next(this.run, seq, this.clock.at(seq, this.run.rng));
  }
}

/**
 * Streams made-up posts with what each was generated as. Deterministic for a given seed, constant
 * memory, strictly time-ordered; outbound replies always follow the inbound post they answer.
 */
export function* generateSamples(opts: GenerateOptions): Generator<Sample> {
  const stream = new SampleStream(opts);
  for (let s = stream.next(); s !== undefined; s = stream.next()) yield s;
}

/** Streams made-up public-sector posts that validate against PostSchema. */
export function* generatePosts(opts: GenerateOptions): Generator<Post> {
  const stream = new SampleStream(opts);
  for (let s = stream.next(); s !== undefined; s = stream.next()) yield s.post;
}

function next(run: Run, seq: number, ms: number): Sample {
  const { rng, threads } = run;
  const due = threads.takeDue(ms);
  if (due) return makeReply(run, due, seq, ms);
  if (threads.answeredCount > 0 && rng.chance(FOLLOW_UP_RATE)) {
    const answered = threads.takeAnswered(rng);
    if (answered) return makeFollowUp(run, answered, seq, ms);
  }
  const inbound = makeInbound(run, seq, ms);
  if (inbound.pending) threads.addPending(inbound.pending, replyDue(ms, inbound.sample.truth.urgency, rng));
  return inbound.sample;
}
