import type { QueryParams } from './types.js';

/**
 * Query parameters for the embedded engine, shaped so that it binds exactly what a server receives
 * from @clickhouse/client for the same JS values (its `formatQueryParams`): a Date is a Unix
 * timestamp with milliseconds (chdb alone would drop them), a boolean is 1/0, NaN and infinities
 * are ClickHouse's nan/+inf/-inf.
 */
export function toChdbParams(params: QueryParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) out[name] = topLevel(value);
  return out;
}

function topLevel(value: unknown): unknown {
  if (value instanceof Date) return unixSeconds(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'nan' : value > 0 ? '+inf' : '-inf';
  }
  return nested(value);
}

function nested(value: unknown): unknown {
  if (value instanceof Date) return Number(unixSeconds(value));
  if (Array.isArray(value)) return value.map(nested);
  return value;
}

function unixSeconds(d: Date): string {
  const ms = d.getTime();
  const seconds = Math.floor(ms / 1000);
  const frac = ms - seconds * 1000;
  return frac === 0 ? String(seconds) : `${seconds}.${String(frac).padStart(3, '0')}`;
}
