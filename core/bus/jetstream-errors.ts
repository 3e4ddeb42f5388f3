import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import { errors } from '@nats-io/transport-node';
import { BusError, type BusErrorCode } from './errors.js';

export function isNotFound(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError && (err.code === JetStreamApiCodes.ConsumerNotFound || err.code === JetStreamApiCodes.StreamNotFound)
  );
}

export function isClosedError(err: unknown): boolean {
  return err instanceof errors.ClosedConnectionError || err instanceof errors.DrainingConnectionError;
}

/** The request found no subscriber: for a publish, no stream listens on the subject. */
export function isNoResponders(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof errors.NoRespondersError) return true;
    if (e instanceof errors.RequestError && e.isNoResponders()) return true;
  }
  return false;
}

/** Maps a client error from a publish to the bus's stable codes. */
export function publishError(err: unknown, subject: string): BusError {
  let code: BusErrorCode = 'BUS_PUBLISH';
  let message = `publish to ${subject} failed`;
  if (isClosedError(err)) {
    code = 'BUS_CLOSED';
    message = `publish to ${subject}: the connection is closed`;
  } else if (isNoResponders(err)) {
    code = 'BUS_NO_STREAM';
    message = `no stream holds subject ${subject} (or JetStream is disabled)`;
  }
  return new BusError(code, message, { cause: err });
}
