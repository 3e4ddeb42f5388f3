import type { Tags } from '../../core/contracts/tags.js';
import type { TagInput, Tagger } from '../taggers/tagger.js';
import type { QueryNode } from './ast.js';
import { QuerySyntaxError } from './errors.js';
import { compileEvaluator } from './matcher.js';
import { parseQuery } from './parser.js';
import { TriggerIndex, type IndexedQuery, type QueryForm } from './trigger-index.js';
import type { ListeningQuery } from './types.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Tags each post with the ids of the listening queries it matches (tags.queries, in the order the
 * queries were given). A post is matched only against its tenant's queries: a post without one
 * belongs to the default tenant, as the chain and the jurisdiction resolver have it (matching it
 * against every tenant's queries would show one tenant the ids of the others'). `lang:` compares
 * with tags.language, so this tagger runs after the language tagger. Queries are parsed here: a bad
 * one throws QuerySyntaxError naming its id. Queries that parse alike are compiled once
 * (trigger-index.ts).
 */
export function createQueryTagger(queries: readonly ListeningQuery[], opts: { readonly defaultTenant: string }): Tagger {
  const vocabulary = new Vocabulary();
  const forms: QueryForm[] = [];
  const formOf = new Map<string, number>();
  const indexed = queries.map((q): IndexedQuery => {
    const ast = parse(q);
    const key = formKey(ast);
    let form = formOf.get(key);
    if (form === undefined) {
      form = forms.push({ ast, evaluate: compileEvaluator(ast, vocabulary) }) - 1;
      formOf.set(key, form);
    }
    return { id: q.id, tenant: q.tenant, form };
  });
  const index = new TriggerIndex(forms, indexed, vocabulary, opts.defaultTenant);
  return {
    name: 'queries',
    tag(input: TagInput, tags: Tags): void {
      tags.queries = queries.length === 0 ? [] : index.match(input, tags.language);
    },
  };
}

function parse(q: ListeningQuery): QueryNode {
  try {
    return parseQuery(q.query);
  } catch (err) {
    if (err instanceof QuerySyntaxError) {
      throw new QuerySyntaxError(`query "${q.id}": ${err.reason}`, err.position, { cause: err });
    }
    throw err;
  }
}

/** The query's tree without source positions: two queries with one key match the same posts. */
function formKey(ast: QueryNode): string {
  return JSON.stringify(ast, (key, value: unknown) => (key === 'pos' ? undefined : value));
}
