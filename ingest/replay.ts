/**
 * Replays a file of posts (NDJSON, or CSV with the documented columns) onto the bus, optionally at
 * a fixed rate. Lines that are not valid posts are dead-lettered with their line number and reason.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Bus } from '../core/bus/types.js';
import { publishDeadLetters, type DeadLetter } from '../core/dead-letter.js';
import type { Post } from '../core/contracts/post.js';
import { describeErrors } from '../core/contracts/validate.js';
import { csvRecordToPost, parseCsv } from './csv.js';
import type { PostPublisher, Rejection } from './publisher.js';

export interface ReplayOptions {
  readonly file: string;
  readonly format?: 'ndjson' | 'csv';
  /** Posts per second; 0 or absent = as fast as the bus accepts them. */
  readonly rate?: number;
  readonly chunkSize?: number;
  readonly signal?: AbortSignal;
}

export interface ReplayReport {
  readonly read: number;
  readonly published: number;
  readonly deadLettered: number;
}

/** `raw` is the input as read, kept so a dead letter carries exactly what arrived. */
type Item = { line: number; raw: string } & ({ value: unknown } | { rejection: Rejection });

export async function replayFile(opts: ReplayOptions, deps: { publisher: PostPublisher; bus: Bus }): Promise<ReplayReport> {
  const format = opts.format ?? (opts.file.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  const chunkSize = Math.max(1, Math.min(opts.chunkSize ?? 500, opts.rate && opts.rate > 0 ? Math.ceil(opts.rate) : Infinity));
  const counts = { read: 0, published: 0, deadLettered: 0 };
  const started = Date.now();
  let posts: Post[] = [];
  let letters: DeadLetter[] = [];
  const flush = async (): Promise<void> => {
    await deps.publisher.publish(posts);
    await publishDeadLetters(deps.bus, letters);
    counts.published += posts.length;
    counts.deadLettered += letters.length;
    posts = [];
    letters = [];
    if (opts.rate && opts.rate > 0) await pace(started, counts.published + counts.deadLettered, opts.rate, opts.signal);
  };
  for await (const item of format === 'csv' ? csvItems(opts.file) : ndjsonItems(opts.file)) {
    if (opts.signal?.aborted) break;
    counts.read++;
    const checked = 'rejection' in item ? { ok: false as const, rejection: item.rejection } : deps.publisher.check(item.value, item.line);
    if (checked.ok) posts.push(checked.post);
    else letters.push(toLetter(opts.file, checked.rejection, item.raw));
    if (posts.length + letters.length >= chunkSize) await flush();
  }
  await flush();
  return counts;
}

async function* ndjsonItems(file: string): AsyncGenerator<Item> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, raw: text, value: JSON.parse(text) as unknown };
    } catch (err) {
      yield { line, raw: text, rejection: { line, code: 'MALFORMED_JSON', message: (err as Error).message } };
    }
  }
}

async function* csvItems(file: string): AsyncGenerator<Item> {
  let header: string[] | undefined;
  try {
    for (const record of parseCsv(await readFile(file, 'utf8'))) {
      if (header === undefined) {
        header = record.fields.map((h) => h.trim());
        continue;
      }
      const raw = record.fields.join(',');
      if (record.fields.length !== header.length) {
        yield {
          line: record.line,
          raw,
          rejection: {
            line: record.line,
            code: 'MALFORMED_CSV',
            message: `expected ${header.length} fields, found ${record.fields.length}`,
          },
        };
      } else yield { line: record.line, raw, value: csvRecordToPost(header, record.fields) };
    }
  } catch (err) {
    const line = 0;
    yield { line, raw: '', rejection: { line, code: 'MALFORMED_CSV', message: (err as Error).message } };
  }
}

function toLetter(file: string, r: Rejection, raw: string): DeadLetter {
  const reason = r.errors ? `${r.message}: ${describeErrors(r.errors)}` : r.message;
  return {
    stage: 'ingest',
    origin: `${file}:${r.line}`,
    code: r.code,
    reason: `line ${r.line}: ${reason}`,
    payload: raw,
    key: `ingest:${file}:${r.line}`,
  };
}

async function pace(started: number, sent: number, rate: number, signal?: AbortSignal): Promise<void> {
  const due = started + (sent / rate) * 1000;
  const wait = due - Date.now();
  if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined);
}
