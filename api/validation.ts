/**
 * Route validation: query strings and path params arrive as text and are coerced to their schema
 * types; bodies are JSON and are validated as sent, never coerced or stripped, so `"text": 42` is
 * an error rather than the string "42".
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const base = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false } as const;
const strictAjv = addFormats(new Ajv({ ...base, coerceTypes: false }));
const coercingAjv = addFormats(new Ajv({ ...base, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema);
};
