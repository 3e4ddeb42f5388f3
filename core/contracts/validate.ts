import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema, Static } from 'typebox';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export interface FieldError {
  /** JSON Pointer to the offending value ('' for the whole document). */
  readonly path: string;
  readonly message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

export interface Validator<T> {
  (value: unknown): Validation<T>;
  readonly schema: TSchema;
}

/** Compiles a TypeBox/JSON schema once; the validator reports every error with its path. */
export function compileValidator<S extends TSchema>(schema: S): Validator<Static<S>> {
  const check: ValidateFunction = ajv.compile(schema);
  const validate = (value: unknown): Validation<Static<S>> =>
    check(value) ? { ok: true, value: value as Static<S> } : { ok: false, errors: toFieldErrors(check.errors) };
  return Object.assign(validate, { schema });
}

function toFieldErrors(errors: ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? []).map((e) => {
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty?: string }).additionalProperty ?? '';
      return { path: `${e.instancePath}/${extra}`, message: 'unknown field' };
    }
    return { path: e.instancePath, message: e.message ?? e.keyword };
  });
}

export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ');
}
