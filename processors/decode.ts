import { PostSchema, type Post } from '../core/contracts/post.js';
import { compileValidator, describeErrors } from '../core/contracts/validate.js';
import type { DeadLetterCode } from '../core/dead-letter.js';

export type Decoded = { ok: true; post: Post } | { ok: false; code: DeadLetterCode; reason: string };

const validatePost = compileValidator(PostSchema);
const decoder = new TextDecoder();

/** Bytes from the bus -> a valid Post, or the reason it is not one. Never throws. */
export function decodePost(data: Uint8Array): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch (err) {
    return { ok: false, code: 'MALFORMED_JSON', reason: (err as Error).message };
  }
  const result = validatePost(value);
  return result.ok ? { ok: true, post: result.value } : { ok: false, code: 'INVALID_POST', reason: describeErrors(result.errors) };
}
