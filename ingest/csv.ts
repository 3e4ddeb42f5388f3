/**
 * RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) and the mapping from the
 * documented CSV columns to a Post. List columns (mentions, hashtags, links) are space-separated.
 */
export const CSV_COLUMNS = [
  'id',
  'platform',
  'source',
  'direction',
  'author_id',
  'author_handle',
  'author_name',
  'text',
  'created_at',
  'url',
  'lang',
  'reply_to',
  'mentions',
  'hashtags',
  'links',
] as const;

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  readonly code = 'MALFORMED_CSV';
}

/** Splits CSV text into records; yields each with the line its record starts on. */
export function* parseCsv(text: string): Generator<{ line: number; fields: string[] }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield { line: startLine, fields };
      fields = [];
      field = '';
      startLine = ++line;
    } else field += c;
  }
  if (quoted) throw new CsvSyntaxError(`unterminated quoted field starting on line ${startLine}`);
  if (field !== '' || fields.length > 0) yield { line: startLine, fields: [...fields, field] };
}

/** A CSV record -> the object a Post is validated from (validation happens in the publisher). */
export function csvRecordToPost(header: readonly string[], fields: readonly string[]): Record<string, unknown> {
  const get = (name: string): string => fields[header.indexOf(name)] ?? '';
  const list = (name: string): string[] =>
    get(name)
      .split(/\s+/)
      .filter((s) => s !== '');
  const post: Record<string, unknown> = {
    id: get('id'),
    platform: get('platform'),
    source: get('source'),
    direction: get('direction') || 'inbound',
    author: { id: get('author_id'), handle: get('author_handle'), name: get('author_name') },
    text: get('text'),
    created_at: get('created_at'),
    mentions: list('mentions'),
    hashtags: list('hashtags'),
    links: list('links'),
  };
  for (const optional of ['url', 'lang', 'reply_to'] as const) if (get(optional) !== '') post[optional] = get(optional);
  return post;
}
