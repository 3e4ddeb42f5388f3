/**
 * The one way posts enter the bus: validate against the Post contract, then publish to
 * `posts.raw.<platform>` with the post id as the de-duplication key.
 */
import { PostSchema, type Post } from '../core/contracts/post.js';
import { compileValidator, type FieldError } from '../core/contracts/validate.js';
import type { Bus } from '../core/bus/types.js';
import { subjects } from '../core/bus/subjects.js';
import type { Metrics } from '../core/metrics.js';

export interface Rejection {
  /** 1-based line (or item) number in the submitted batch. */
  readonly line: number;
  readonly code: 'MALFORMED_JSON' | 'MALFORMED_CSV' | 'INVALID_POST';
  readonly message: string;
  readonly errors?: readonly FieldError[];
}

export type Checked = { ok: true; post: Post } | { ok: false; rejection: Rejection };

export interface PostPublisher {
  /** Validates without publishing. */
  check(value: unknown, line: number): Checked;
  /** Publishes valid posts; resolves when the bus has accepted every one. */
  publish(posts: readonly Post[]): Promise<void>;
}

const validatePost = compileValidator(PostSchema);
const encoder = new TextEncoder();

export function createPostPublisher(opts: { bus: Bus; metrics: Metrics }): PostPublisher {
  return {
    check(value, line) {
      const result = validatePost(value);
      if (result.ok) return { ok: true, post: result.value };
      return {
        ok: false,
        rejection: { line, code: 'INVALID_POST', message: 'post does not match the Post contract', errors: result.errors },
      };
    },
    async publish(posts) {
      if (posts.length === 0) return;
      await opts.bus.publishMany(
        posts.map((post) => ({ subject: subjects.raw(post.platform), data: encoder.encode(JSON.stringify(post)), msgId: post.id })),
      );
      for (const post of posts) opts.metrics.ingested.inc({ platform: post.platform });
    },
  };
}
