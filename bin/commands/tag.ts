/**
 * `civicpulse tag`: NDJSON posts on stdin -> one tagged post (or one error) per line on stdout, in
 * order. Only `text` is required; the rest gets defaults. Output has exactly the fields the
 * processors store, as the API returns them.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { fromRow, toRow } from '../../core/contracts/row.js';
import { PostSchema } from '../../core/contracts/post.js';
import { compileValidator, describeErrors } from '../../core/contracts/validate.js';
import type { TaggerChain } from '../../processors/chain.js';

export interface TagReport {
  readonly tagged: number;
  readonly errors: number;
}

const validatePost = compileValidator(PostSchema);

export async function tagStream(chain: TaggerChain, input: Readable, output: Writable): Promise<TagReport> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let tagged = 0;
  let errors = 0;
  let buffer = '';
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const result = tagLine(chain, text, line);
    if ('error' in result) errors++;
    else tagged++;
    buffer += `${JSON.stringify(result)}\n`;
    if (buffer.length > 64_000) {
      if (!output.write(buffer)) await once(output, 'drain');
      buffer = '';
    }
  }
  if (buffer !== '' && !output.write(buffer)) await once(output, 'drain');
  return { tagged, errors };
}

type LineError = { line: number; error: { code: string; message: string } };

export function tagLine(chain: TaggerChain, text: string, line: number): ReturnType<typeof fromRow> | LineError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line, error: { code: 'MALFORMED_JSON', message: (err as Error).message } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: { code: 'INVALID_POST', message: 'each line must be a JSON object with at least "text"' } };
  }
  const checked = validatePost(withDefaults(value as Record<string, unknown>, line));
  if (!checked.ok) return { line, error: { code: 'INVALID_POST', message: describeErrors(checked.errors) } };
  try {
    return fromRow(toRow(chain.tag(checked.value)));
  } catch (err) {
    return { line, error: { code: 'TAGGER_FAILED', message: (err as Error).message } };
  }
}

function withDefaults(v: Record<string, unknown>, line: number): Record<string, unknown> {
  return {
    id: `cli:${line}`,
    platform: 'webform',
    source: 'cli',
    direction: 'inbound',
    author: { id: 'anonymous', handle: '', name: '' },
    created_at: new Date().toISOString(),
    mentions: [],
    hashtags: [],
    links: [],
    ...v,
  };
}
