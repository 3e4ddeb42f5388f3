import { Type, type TUnsafe } from 'typebox';

/** A string enum as a single JSON Schema `enum` (clear errors, compact OpenAPI), typed as its union. */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}
