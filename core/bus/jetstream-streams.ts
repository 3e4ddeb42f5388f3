import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { BusError } from './errors.js';
import { isNotFound } from './jetstream-errors.js';
import type { BusLogger } from './logger.js';
import type { StreamSpec } from './subjects.js';

type WantedStream = Pick<StreamConfig, 'name' | 'subjects' | 'max_age' | 'duplicate_window' | 'num_replicas'>;

function wanted(spec: StreamSpec, replicas: number): WantedStream {
  return {
    name: spec.name,
    subjects: [...spec.subjects],
    max_age: nanos(spec.maxAgeMs),
    duplicate_window: nanos(spec.duplicateWindowMs),
    num_replicas: replicas,
  };
}

function differs(have: StreamConfig, want: WantedStream): boolean {
  const subjects = (xs: readonly string[] | undefined): string => [...(xs ?? [])].sort().join(' ');
  return (
    subjects(have.subjects) !== subjects(want.subjects) ||
    have.max_age !== want.max_age ||
    have.duplicate_window !== want.duplicate_window ||
    have.num_replicas !== want.num_replicas
  );
}

/** Creates the stream, or updates it when its limits changed; safe to run on every start. */
export async function ensureStream(jsm: JetStreamManager, spec: StreamSpec, replicas: number, logger: BusLogger): Promise<void> {
  const want = wanted(spec, replicas);
  try {
    let have: StreamConfig | undefined;
    try {
      have = (await jsm.streams.info(spec.name)).config;
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    if (!have) {
      // File storage and limits retention: messages outlive consumers until max_age.
      await jsm.streams.add({ ...want, storage: StorageType.File, retention: RetentionPolicy.Limits, discard: DiscardPolicy.Old });
      logger.info({ module: 'bus', stream: spec.name }, 'stream created');
    } else if (differs(have, want)) {
      await jsm.streams.update(spec.name, want);
      logger.info({ module: 'bus', stream: spec.name }, 'stream updated');
    }
  } catch (err) {
    // A concurrent creator may have won the race: accept the stream if it now exists as wanted.
    const now = await jsm.streams.info(spec.name).catch(() => undefined);
    if (now && !differs(now.config, want)) return;
    throw new BusError('BUS_STREAM', `could not create or update stream ${spec.name}`, { cause: err });
  }
}
