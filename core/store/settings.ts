/**
 * Settings pinned on both implementations, so that the embedded engine (whose defaults differ from a
 * server's: chdb ships async_insert=1 and best_effort parsing) and a server behave the same.
 */

/** Sent with every statement. The Store contract returns 64-bit integers as strings. */
export const QUERY_SETTINGS = {
  output_format_json_quote_64bit_integers: 1,
} as const;

/**
 * Sent with every insert: ISO-8601 timestamps are accepted as they come from the contracts; the
 * insert is synchronous because callers ack upstream only after it returns; an unknown field is an
 * error rather than silently dropped data.
 */
export const INSERT_SETTINGS = {
  date_time_input_format: 'best_effort',
  async_insert: 0,
  input_format_skip_unknown_fields: 0,
} as const;
