import { CivicPulseError } from '../errors.js';

export const BUS_ERROR_CODES = [
  /** Could not connect to the server (bad address, credentials, unreachable). */
  'BUS_CONNECT',
  /** A publish was not accepted (no stream for the subject, timeout, server error). */
  'BUS_PUBLISH',
  /** The subject belongs to no stream. */
  'BUS_NO_STREAM',
  /** Creating or updating a stream failed. */
  'BUS_STREAM',
  /** Creating, updating or reading a consumer failed. */
  'BUS_CONSUMER',
  /** The bus was drained or closed. */
  'BUS_CLOSED',
  /** Invalid options passed to the bus. */
  'BUS_OPTIONS',
] as const;
export type BusErrorCode = (typeof BUS_ERROR_CODES)[number];

export class BusError extends CivicPulseError<BusErrorCode> {
  override readonly name = 'BusError';
  constructor(code: BusErrorCode, message: string, options?: { cause?: unknown; details?: Readonly<Record<string, unknown>> }) {
    super(code, message, options);
    this.details = options?.details ?? {};
  }
  /** Machine-readable context (e.g. how many messages of a batch were published). */
  readonly details: Readonly<Record<string, unknown>>;
}

export function isBusError(err: unknown, code?: BusErrorCode): err is BusError {
  return err instanceof BusError && (code === undefined || err.code === code);
}
