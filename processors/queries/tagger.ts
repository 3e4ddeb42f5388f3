import type { Tags } from '../../core/contracts/tags.js';
import type { TagInput, Tagger } from '../taggers/tagger.js';
import { QuerySyntaxError } from './errors.js';
import { compileEvaluator } from './matcher.js';
import { parseQuery } from './parser.js';
import { TriggerIndex, type CompiledQuery } from './trigger-index.js';
import type { ListeningQuery } from './types.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Tags each post with the ids of the listening queries it matches (tags.queries, in the order the
 * queries were given). A post carrying a tenant is matched only against that tenant's queries; a
 * post without one (a shared feed) against all. `lang:` compares with tags.language, so this
 * tagger runs after the language tagger. Queries are parsed here: a bad one throws
 * QuerySyntaxError naming its id.
 */
export function createQueryTagger(queries: readonly ListeningQuery[]): Tagger {
  const vocabulary = new Vocabulary();
  const compiled = queries.map((q) => compileQuery(q, vocabulary));
  const index = new TriggerIndex(compiled, vocabulary);
  return {
    name: 'queries',
    tag(input: TagInput, tags: Tags): void {
      tags.queries = compiled.length === 0 ? [] : index.match(input, tags.language);
    },
  };
}

function compileQuery(q: ListeningQuery, vocabulary: Vocabulary): CompiledQuery {
  try {
    const ast = parseQuery(q.query);
    return { id: q.id, tenant: q.tenant, ast, evaluate: compileEvaluator(ast, vocabulary) };
  } catch (err) {
    if (err instanceof QuerySyntaxError) {
      throw new QuerySyntaxError(`query "${q.id}": ${err.reason}`, err.position, { cause: err });
    }
    throw err;
  }
}
