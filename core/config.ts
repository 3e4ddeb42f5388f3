/**
 * All configuration comes from the environment, is parsed once at boot against one schema, and fails
 * fast with every problem listed. The schema is also the source of the README's configuration table.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { compileValidator } from './contracts/validate.js';
import { StringEnum } from './contracts/schema.js';
import { ConfigError } from './errors.js';

interface EnvVar {
  readonly env: string;
  readonly schema: TSchema;
  readonly doc: string;
  readonly default?: string;
  readonly secret?: boolean;
  /** Set but empty means "none" (the empty string), rather than "use the default". */
  readonly emptyIsValue?: boolean;
}

const int = (min: number, max: number) => Type.Integer({ minimum: min, maximum: max });

/** Environment variable -> config key. Order is the order of the README table. */
export const ENV = {
  bus: {
    env: 'CP_BUS',
    schema: StringEnum(['memory', 'nats']),
    doc: 'Message bus: in-process `memory` or NATS JetStream `nats`. `start` defaults to memory, the distributed commands to nats.',
  },
  natsUrl: {
    env: 'NATS_URL',
    schema: Type.String({ minLength: 1 }),
    default: 'nats://127.0.0.1:4222',
    doc: 'NATS server URL(s), comma-separated for a cluster.',
  },
  natsUser: { env: 'NATS_USER', schema: Type.String(), doc: 'NATS user (optional).' },
  natsPassword: { env: 'NATS_PASSWORD', schema: Type.String(), secret: true, doc: 'NATS password (optional).' },
  natsToken: { env: 'NATS_TOKEN', schema: Type.String(), secret: true, doc: 'NATS token (optional).' },
  streamReplicas: {
    env: 'CP_STREAM_REPLICAS',
    schema: int(1, 5),
    default: '1',
    doc: 'JetStream replicas for the streams (3 on a cluster).',
  },
  store: {
    env: 'CP_STORE',
    schema: StringEnum(['chdb', 'http']),
    doc: 'Store: embedded `chdb` or a ClickHouse server over `http`. Defaults to http when CLICKHOUSE_URL is set, else chdb.',
  },
  dataDir: {
    env: 'CP_DATA_DIR',
    schema: Type.String({ minLength: 1 }),
    default: '.data',
    doc: "Folder for the embedded engine's data (survives restarts).",
  },
  clickhouseUrl: {
    env: 'CLICKHOUSE_URL',
    schema: Type.String({ format: 'uri' }),
    doc: 'ClickHouse server HTTP(S) URL, e.g. http://clickhouse:8123.',
  },
  clickhouseUser: { env: 'CLICKHOUSE_USER', schema: Type.String(), default: 'default', doc: 'ClickHouse user.' },
  clickhousePassword: { env: 'CLICKHOUSE_PASSWORD', schema: Type.String(), secret: true, doc: 'ClickHouse password.' },
  clickhouseDatabase: {
    env: 'CLICKHOUSE_DATABASE',
    schema: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
    default: 'civicpulse',
    doc: 'Database holding the tables.',
  },
  host: { env: 'HOST', schema: Type.String({ minLength: 1 }), default: '127.0.0.1', doc: 'API listen address.' },
  port: { env: 'PORT', schema: int(0, 65535), default: '3000', doc: 'API listen port (0 picks a free one).' },
  ingestPort: {
    env: 'CP_INGEST_PORT',
    schema: int(0, 65535),
    default: '3001',
    doc: 'HTTP ingest port of the distributed `ingest` command.',
  },
  logLevel: {
    env: 'LOG_LEVEL',
    schema: StringEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    doc: 'Log level (pino).',
  },
  batchMax: {
    env: 'CP_BATCH_MAX',
    schema: int(1, 50_000),
    default: '2000',
    doc: 'Most posts a processor takes, tags and writes in one batch (the in-flight bound).',
  },
  concurrency: {
    env: 'CP_PROCESSOR_CONCURRENCY',
    schema: int(1, 16),
    default: '2',
    doc: 'Batches a processor works on at once: one is tagged while another is being written.',
  },
  batchWaitMs: {
    env: 'CP_BATCH_WAIT_MS',
    schema: int(10, 60_000),
    default: '250',
    doc: 'Longest wait to fill a batch before writing what there is.',
  },
  ackWaitMs: {
    env: 'CP_ACK_WAIT_MS',
    schema: int(1_000, 3_600_000),
    default: '30000',
    doc: 'Redeliver a message not acked within this time.',
  },
  maxDeliver: {
    env: 'CP_MAX_DELIVER',
    schema: int(2, 100),
    default: '5',
    doc: 'Deliveries before a message that keeps failing is dead-lettered.',
  },
  maxBodyBytes: { env: 'CP_MAX_BODY_BYTES', schema: int(1024, 100 * 1024 * 1024), default: '5242880', doc: 'Largest HTTP ingest body.' },
  replayFile: {
    env: 'CP_REPLAY_FILE',
    schema: Type.String(),
    default: 'data/sample/posts.ndjson',
    emptyIsValue: true,
    doc: '`start`: file replayed on start (NDJSON or CSV); empty to replay nothing.',
  },
  replayRate: {
    env: 'CP_REPLAY_RATE',
    schema: Type.Number({ minimum: 0 }),
    default: '0',
    doc: 'Replay rate in posts/s (0 = as fast as the pipeline takes them).',
  },
  tenant: {
    env: 'CP_DEFAULT_TENANT',
    schema: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,62}$' }),
    default: 'default',
    doc: 'Tenant given to posts that arrive without one.',
  },
  partnershipFile: {
    env: 'CP_PARTNERSHIP_FILE',
    schema: Type.String({ minLength: 1 }),
    doc: "JSON file of per-tenant jurisdiction settings: each tenant's council area, the accounts partners run, topic-to-tier overrides (example: `data/sample/partnership.json`).",
  },
  urgencyNet: {
    env: 'CP_URGENCY_NET',
    schema: StringEnum(['on', 'off']),
    default: 'on',
    doc: 'The learned urgency safety net: raises to high what the phrase rules leave lower when a model says it may be urgent. `off` runs the rules alone: about half as many emergencies in unseen wording raised, at fewer false alarms (README, accuracy).',
  },
} as const satisfies Record<string, EnvVar>;

type Env = typeof ENV;
type Key = keyof Env;
type Optional = { [K in Key]: Env[K] extends { default: string } ? never : K }[Key];

export type Config = { [K in Exclude<Key, Optional>]: Static<Env[K]['schema']> } & {
  [K in Optional]?: Static<Env[K]['schema']>;
};

/** Parses the environment (strings) into typed config; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, spec] of Object.entries(ENV) as [Key, EnvVar][]) {
    const raw = spec.emptyIsValue && env[spec.env]?.trim() === '' ? '' : (nonEmpty(env[spec.env]) ?? spec.default);
    if (raw === undefined) continue;
    const value = coerce(raw, spec.schema);
    const result = compileCached(spec)(value);
    if (result.ok) out[key] = value;
    else problems.push(`${spec.env}=${spec.secret ? '***' : JSON.stringify(raw)}: ${result.errors.map((e) => e.message).join(', ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = { ...out, ...overrides } as Config;
  if (config.store === undefined) config.store = config.clickhouseUrl !== undefined ? 'http' : 'chdb';
  if (config.store === 'http' && config.clickhouseUrl === undefined) {
    throw new ConfigError(['CP_STORE=http needs CLICKHOUSE_URL']);
  }
  return config;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function coerce(raw: string, schema: TSchema): unknown {
  const type = (schema as { type?: string }).type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return raw;
}

const validators = new Map<EnvVar, ReturnType<typeof compileValidator>>();
function compileCached(spec: EnvVar): ReturnType<typeof compileValidator> {
  let v = validators.get(spec);
  if (v === undefined) {
    v = compileValidator(spec.schema);
    validators.set(spec, v);
  }
  return v;
}

/** Rows for the README table: variable, default, meaning. */
export function configTable(): { env: string; default: string; doc: string }[] {
  return Object.values(ENV).map((s: EnvVar) => ({ env: s.env, default: s.default ?? '', doc: s.doc }));
}
