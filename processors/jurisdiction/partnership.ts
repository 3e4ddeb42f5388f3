/**
 * The partnership file (CP_PARTNERSHIP_FILE): per tenant, the council whose area is assumed when a
 * post names no place, the accounts the partners run (handle → council or body), and overrides of
 * the topic-to-tier matrix. Read and checked once at start-up; a bad file stops the process with
 * every problem listed (ConfigError, exit 78), never half-applied.
 */
import { readFileSync } from 'node:fs';
import { Type, type Static } from 'typebox';

import { compileValidator, describeErrors } from '../../core/contracts/validate.js';
import { ConfigError } from '../../core/errors.js';
import { isArea, loadRegister, type AuthorityRegister } from './register.js';
import { loadServiceMatrixFile, parseRule } from './services.js';
import type { ServiceMatrixFile } from './types.js';

const Code = Type.String({ pattern: '^[ENSW]\\d{8}$', description: 'GSS code, e.g. E10000008' });
const Rule = Type.String({ minLength: 1, description: 'district | county | combined | addressed | body:<kind> | authority:<code>' });
const TopicRules = Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,64}$' }), Rule);

const ServicesSchema = Type.Object(
  {
    topics: Type.Optional(TopicRules),
    areas: Type.Optional(Type.Record(Code, TopicRules)),
  },
  { additionalProperties: false, description: 'Overrides of the topic-to-tier matrix (data/services/matrix.json)' },
);

const Accounts = Type.Record(Type.String({ pattern: '^@?[A-Za-z0-9_.@-]{1,100}$' }), Type.String({ minLength: 1 }), {
  description: 'Handle → GSS code of the council, or a body id (e.g. police:devon-and-cornwall), that runs it',
});

const TenantSchema = Type.Object(
  {
    area: Type.Optional(Code),
    accounts: Type.Optional(Accounts),
    services: Type.Optional(ServicesSchema),
  },
  { additionalProperties: false },
);

export const PartnershipSchema = Type.Object(
  {
    accounts: Type.Optional(Accounts),
    services: Type.Optional(ServicesSchema),
    tenants: Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,62}$' }), TenantSchema),
  },
  { additionalProperties: false },
);

/** Shared `accounts` and `services` apply to every tenant; a tenant's own entries win. */
export type Partnership = Static<typeof PartnershipSchema>;
export type TenantSettings = Static<typeof TenantSchema>;

const validate = compileValidator(PartnershipSchema);

/** Reads and checks the file; undefined when no file is configured. */
export function readPartnershipFile(path: string | undefined): Partnership | undefined {
  if (path === undefined || path === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError([`CP_PARTNERSHIP_FILE=${path}: ${err instanceof Error ? err.message : String(err)}`]);
  }
  return checkPartnership(parsed, path);
}

/** Validates a parsed partnership against its schema, the register and the service matrix. */
export function checkPartnership(
  value: unknown,
  where: string,
  register: AuthorityRegister = loadRegister(),
  matrix: ServiceMatrixFile = loadServiceMatrixFile(),
): Partnership {
  const shape = validate(value);
  if (!shape.ok) throw new ConfigError(shape.errors.map((e) => `${where}: ${describeErrors([e])}`));
  const problems: string[] = [];
  const p = shape.value;
  checkAccounts(p.accounts, '/accounts', register, problems);
  checkServices(p.services, '/services', register, matrix, problems);
  for (const [tenant, t] of Object.entries(p.tenants)) {
    const at = `/tenants/${tenant}`;
    if (t.area !== undefined) {
      const a = register.get(t.area);
      if (a === undefined || !a.current) problems.push(`${at}/area: ${t.area} is not a current council`);
      else if (!isArea(a) && a.type !== 'county') problems.push(`${at}/area: ${t.area} (${a.name}) is not a council with an area`);
    }
    checkAccounts(t.accounts, `${at}/accounts`, register, problems);
    checkServices(t.services, `${at}/services`, register, matrix, problems);
  }
  if (problems.length > 0) throw new ConfigError(problems.map((m) => `${where}: ${m}`));
  return p;
}

/** The settings one tenant resolves with: the shared ones overlaid by its own. */
export function tenantSettings(p: Partnership, tenant: string): TenantSettings {
  const own = p.tenants[tenant] ?? {};
  const shared = p.services ?? {};
  const mine = own.services ?? {};
  const areas = { ...shared.areas };
  for (const [code, rules] of Object.entries(mine.areas ?? {})) areas[code] = { ...areas[code], ...rules };
  return {
    ...(own.area === undefined ? {} : { area: own.area }),
    accounts: { ...p.accounts, ...own.accounts },
    services: { topics: { ...shared.topics, ...mine.topics }, areas },
  };
}

function checkAccounts(accounts: Record<string, string> | undefined, at: string, register: AuthorityRegister, problems: string[]): void {
  for (const [handle, code] of Object.entries(accounts ?? {})) {
    if (register.get(code) === undefined && register.body(code) === undefined) {
      problems.push(`${at}/${handle}: ${code} is neither a council's GSS code nor a body id in the register`);
    }
  }
}

function checkServices(
  services: Static<typeof ServicesSchema> | undefined,
  at: string,
  register: AuthorityRegister,
  matrix: ServiceMatrixFile,
  problems: string[],
): void {
  const rules = (path: string, map: Record<string, string>) => {
    for (const [topic, spec] of Object.entries(map)) {
      if (matrix.topics[topic] === undefined) problems.push(`${path}/${topic}: unknown topic`);
      try {
        parseRule(spec, register);
      } catch {
        problems.push(`${path}/${topic}: invalid rule '${spec}'`);
      }
    }
  };
  rules(`${at}/topics`, services?.topics ?? {});
  for (const [code, map] of Object.entries(services?.areas ?? {})) {
    if (register.get(code) === undefined) problems.push(`${at}/areas/${code}: unknown council`);
    rules(`${at}/areas/${code}`, map);
  }
}
