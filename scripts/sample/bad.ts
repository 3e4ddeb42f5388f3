import type { Post } from '../../core/contracts/post.js';

/** What is wrong with a deliberately broken input line. */
export const DEFECTS = ['malformed_json', 'wrong_type', 'unknown_field', 'missing_field', 'oversize', 'bad_date', 'bad_value'] as const;
export type Defect = (typeof DEFECTS)[number];

export interface BadLine {
  readonly defect: Defect;
  readonly note: string;
  readonly line: string;
}

type Mutation = readonly [Defect, string, (post: Record<string, unknown>) => void];

const set = (key: string, value: unknown) => (p: Record<string, unknown>) => {
  p[key] = value;
};
const drop = (key: string) => (p: Record<string, unknown>) => {
  delete p[key];
};
const author = (key: string, value: unknown) => (p: Record<string, unknown>) => {
  p.author = { ...(p.author as Record<string, unknown>), [key]: value };
};

/** Valid posts (given ids of their own), each then broken in exactly one way the validator must catch. */
const MUTATIONS: readonly Mutation[] = [
  ['wrong_type', 'author.followers is a string', author('followers', '1,204')],
  ['wrong_type', 'created_at is epoch milliseconds', set('created_at', 1794998400000)],
  ['wrong_type', 'mentions is a string, not an array', set('mentions', '@DevonCC')],
  ['wrong_type', 'metrics.likes is negative', set('metrics', { likes: -3, reposts: 0, replies: 0 })],
  ['unknown_field', 'extra top-level field "sentiment"', set('sentiment', 'negative')],
  ['unknown_field', 'extra author field "email"', author('email', 'someone@example.com')],
  ['missing_field', 'no text', drop('text')],
  ['missing_field', 'no author', drop('author')],
  [
    'oversize',
    'text is 20,001 characters (limit 20,000)',
    set('text', `${'Pothole on Fore Street. '.repeat(833)}Help!!!!!`.slice(0, 20001)),
  ],
  ['bad_date', 'created_at is not a date', set('created_at', 'yesterday at 9')],
  ['bad_date', 'created_at is a UK-style date', set('created_at', '20/11/2026 09:15')],
  ['bad_date', 'created_at has month 13', set('created_at', '2026-13-45T25:61:00Z')],
  ['bad_value', 'platform "myspace" is not a known platform', set('platform', 'myspace')],
  ['bad_value', 'direction "sideways"', set('direction', 'sideways')],
  ['bad_value', 'id contains a space', set('id', 'x:1790 000')],
  ['bad_value', 'geo.lat outside -90..90', set('geo', { lat: 250.5, lon: -3.5 })],
];

/** Lines that are not JSON objects at all. */
const MALFORMED: readonly BadLine[] = [
  {
    defect: 'malformed_json',
    note: 'truncated object',
    line: '{"id":"x:1790000000000000001","platform":"x","source":"x-mentions-devon","text":"Bins not',
  },
  { defect: 'malformed_json', note: 'single quotes and a trailing comma', line: "{'id': 'x:1790000000000000002', 'platform': 'x',}" },
  { defect: 'malformed_json', note: 'plain text, not JSON', line: 'Bins not collected on Elm Road again!!' },
  { defect: 'wrong_type', note: 'a JSON array, not an object', line: '["x:1790000000000000003","x","Bins not collected"]' },
];

/** 20 broken lines for the dead-letter demo: 4 that are not post objects, 16 posts broken one way each. */
export function badLines(base: Post): BadLine[] {
  const mutated = MUTATIONS.map(([defect, note, mutate], i) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    // Own ids, so a dead-lettered line is never mistaken for the valid post it was made from.
    copy.id = `x:17900000000000001${String(i).padStart(2, '0')}`;
    mutate(copy);
    return { defect, note, line: JSON.stringify(copy) };
  });
  return [...MALFORMED.slice(0, 2), ...mutated.slice(0, 8), ...MALFORMED.slice(2), ...mutated.slice(8)];
}
