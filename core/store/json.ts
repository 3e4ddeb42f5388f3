/** JSONEachRow in and out, shared by both implementations. */

function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** JSON.stringify, except that bigint (e.g. a UInt64 views count) is written as a decimal string. */
export function stringifyRow(row: unknown): string {
  try {
    return JSON.stringify(row);
  } catch (err) {
    // The replacer costs ~2x, so it is only paid by rows that need it.
    if (err instanceof TypeError) return JSON.stringify(row, bigintAsString);
    throw err;
  }
}

export function toJsonEachRow(rows: readonly unknown[]): Buffer {
  let text = '';
  for (const row of rows) text += stringifyRow(row) + '\n';
  return Buffer.from(text, 'utf8');
}

export interface CompactRows {
  readonly columns: string[];
  readonly values: unknown[][];
}

/**
 * Rows as positional arrays under one column list (JSONCompactEachRow): about half the bytes of
 * JSONEachRow for wide rows, and correspondingly less for the engine to parse. The columns are the
 * first row's keys; a later row with a key outside them is refused, as an unknown field would be.
 */
export function toCompactRows(rows: readonly Readonly<Record<string, unknown>>[]): CompactRows {
  const columns = Object.keys(rows[0] ?? {});
  const known = new Set(columns);
  const values = rows.map((row) => {
    for (const key in row) if (!known.has(key)) throw new RangeError(`row has field '${key}' that the first row does not`);
    return columns.map((c) => row[c]);
  });
  return { columns, values };
}

/** JSON strings cannot hold a raw newline, so newlines only ever separate rows. */
export function parseJsonEachRow<T>(text: string): T[] {
  const body = text.trimEnd();
  if (body === '') return [];
  return JSON.parse(`[${body.replaceAll('\n', ',')}]`) as T[];
}
