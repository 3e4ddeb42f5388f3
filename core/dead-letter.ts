/**
 * Dead letters: every message a stage cannot process goes to `dlq.<stage>` with why, and the
 * dead-letter recorder writes them to the `dead_letters` table. Nothing is dropped silently.
 */
import type { Bus, OutgoingMessage } from './bus/types.js';
import { HEADERS, subjects } from './bus/subjects.js';

export const DEAD_LETTER_CODES = ['MALFORMED_JSON', 'MALFORMED_CSV', 'INVALID_POST', 'TAGGER_FAILED', 'STORE_REJECTED'] as const;
export type DeadLetterCode = (typeof DEAD_LETTER_CODES)[number];

export interface DeadLetter {
  readonly stage: 'ingest' | 'processor';
  /** Subject (or file and line) the bad input came from. */
  readonly origin: string;
  readonly code: DeadLetterCode;
  readonly reason: string;
  /** The input as received, as text. */
  readonly payload: string;
  /** Stable key so a redelivered failure is recorded once. */
  readonly key: string;
}

const encoder = new TextEncoder();

export function deadLetterMessage(letter: DeadLetter): OutgoingMessage {
  return {
    subject: subjects.deadLetter(letter.stage),
    data: encoder.encode(letter.payload),
    msgId: `dlq:${letter.key}`,
    headers: {
      [HEADERS.code]: letter.code,
      [HEADERS.reason]: truncate(letter.reason.replace(/[\r\n]+/g, ' '), 1000),
      [HEADERS.stage]: letter.stage,
      [HEADERS.originalSubject]: letter.origin,
    },
  };
}

export async function publishDeadLetters(bus: Bus, letters: readonly DeadLetter[]): Promise<void> {
  if (letters.length > 0) await bus.publishMany(letters.map(deadLetterMessage));
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
