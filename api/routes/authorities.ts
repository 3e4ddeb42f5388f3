/**
 * The register of UK local authorities: search by name, alias or code, and one authority with its
 * county, districts and the other bodies (police, fire, NHS, water...) covering its area.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

import { StringEnum } from '../../core/contracts/schema.js';
import {
  AUTHORITY_TYPES,
  AuthorityRecordSchema,
  BODY_KINDS,
  NATIONS,
  isArea,
  type AuthorityRecord,
  type AuthorityRegister,
} from '../../processors/jurisdiction/index.js';
import { ErrorBodySchema, httpError } from '../errors.js';

export interface AuthorityRoutesOptions {
  readonly register: AuthorityRegister;
}

const BodyRef = Type.Object({ id: Type.String(), kind: StringEnum(BODY_KINDS), name: Type.String(), approx: Type.Boolean() });
const AuthorityRef = Type.Object({ code: Type.String(), name: Type.String(), type: StringEnum(AUTHORITY_TYPES) });

const AuthorityDetail = Type.Object({
  authority: AuthorityRecordSchema,
  county: Type.Union([AuthorityRef, Type.Null()]),
  districts: Type.Array(AuthorityRef),
  bodies: Type.Array(BodyRef, { description: 'Non-council bodies covering the area (lower-tier or unitary areas only)' }),
});

const ListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Name, alias or code contains' })),
    type: Type.Optional(StringEnum(AUTHORITY_TYPES)),
    nation: Type.Optional(StringEnum(NATIONS)),
    include_former: Type.Optional(Type.Boolean({ description: 'Include abolished authorities' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
  },
  { additionalProperties: false },
);

const ListResult = Type.Object({ total: Type.Integer(), items: Type.Array(AuthorityRecordSchema) });

export default async function authorityRoutes(fastify: FastifyInstance, opts: AuthorityRoutesOptions): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { register } = opts;

  app.get(
    '/v1/authorities',
    {
      schema: {
        tags: ['jurisdiction'],
        summary: 'List or search UK local authorities',
        querystring: ListQuery,
        response: { 200: ListResult, 400: ErrorBodySchema },
      },
    },
    async (request) => {
      const { q, type, nation, include_former, limit, offset } = request.query;
      return register.search({
        ...(q !== undefined ? { q } : {}),
        ...(type !== undefined ? { type } : {}),
        ...(nation !== undefined ? { nation } : {}),
        includeFormer: include_former ?? false,
        limit,
        offset,
      });
    },
  );

  app.get(
    '/v1/authorities/:code',
    {
      schema: {
        tags: ['jurisdiction'],
        summary: 'One authority by GSS code (current or former) or register code',
        params: Type.Object({ code: Type.String({ minLength: 2, maxLength: 20 }) }),
        response: { 200: AuthorityDetail, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const a = register.get(request.params.code);
      if (a === undefined) throw httpError(404, 'AUTHORITY_NOT_FOUND', `no authority with code ${request.params.code}`);
      return detail(a, register);
    },
  );
}

function ref(a: AuthorityRecord) {
  return { code: a.code, name: a.name, type: a.type };
}

function detail(a: AuthorityRecord, register: AuthorityRegister) {
  const county = a.parent === null ? undefined : register.get(a.parent);
  const bodies = isArea(a)
    ? register.bodies.filter((b) => b.areas.includes(a.code)).map((b) => ({ id: b.id, kind: b.kind, name: b.name, approx: b.approx }))
    : [];
  return { authority: a, county: county ? ref(county) : null, districts: register.districtsOf(a.code).map(ref), bodies };
}
