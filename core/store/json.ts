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

/** JSON strings cannot hold a raw newline, so newlines only ever separate rows. */
export function parseJsonEachRow<T>(text: string): T[] {
  const body = text.trimEnd();
  if (body === '') return [];
  return JSON.parse(`[${body.replaceAll('\n', ',')}]`) as T[];
}
