/** Field filters a query may use; `language` is accepted as an alias of `lang`. */
export const FIELDS = ['author', 'platform', 'lang'] as const;
export type Field = (typeof FIELDS)[number];

/** Abuse limits: a query is parsed once per save, but matched against every post. */
export const QUERY_LIMITS = {
  maxLength: 4096,
  maxDepth: 12,
  maxTerms: 256,
} as const;

/**
 * Words are lower-cased and may hold `*` (any run of letters/digits). A `text` node with one word
 * is a bare word; with several, a quoted phrase whose words must follow each other.
 */
export type QueryNode =
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode }
  | { readonly kind: 'text'; readonly words: readonly string[]; readonly pos: number }
  | { readonly kind: 'hashtag'; readonly value: string; readonly pos: number }
  | { readonly kind: 'mention'; readonly value: string; readonly pos: number }
  | { readonly kind: 'field'; readonly field: Field; readonly value: string; readonly pos: number };

export type LeafNode = Extract<QueryNode, { pos: number }>;
