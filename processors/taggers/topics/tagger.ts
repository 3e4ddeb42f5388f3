import type { Tags, TopicTag } from '../../../core/contracts/tags.js';
import type { Token } from '../../text/tokens.js';
import type { TagInput, Tagger } from '../tagger.js';
import { compileTaxonomy } from './compile.js';
import { TopicScanner } from './scanner.js';
import { MIN_EVIDENCE } from './scoring.js';
import { extendTaxonomy, loadTaxonomy, type Taxonomy } from './taxonomy.js';
import type { TopicExtension } from './schema.js';

export interface TopicTaggerOptions {
  /** The base taxonomy; the shipped data/taxonomy/topics.json when omitted. */
  readonly taxonomy?: Taxonomy;
  /** Tenant additions: new topics, or extra terms/exclusions for existing ids. Validated here. */
  readonly extensions?: readonly TopicExtension[];
  /** Evidence a topic needs before it is reported (default MIN_EVIDENCE). */
  readonly minEvidence?: number;
}

export interface TopicTagger extends Tagger {
  /** The merged taxonomy this tagger uses (so jurisdiction can read a tenant topic's tier). */
  readonly taxonomy: Taxonomy;
  /** Topics for a token list, best first: what `tag` writes to tags.topics. */
  topicsOf(tokens: readonly Token[]): TopicTag[];
}

/** Builds the topic tagger: validation and compilation happen here, once. */
export function createTopicTagger(opts: TopicTaggerOptions = {}): TopicTagger {
  const base = opts.taxonomy ?? loadTaxonomy();
  const taxonomy = opts.extensions === undefined ? base : extendTaxonomy(base, opts.extensions);
  const scanner = new TopicScanner(compileTaxonomy(taxonomy), opts.minEvidence ?? MIN_EVIDENCE);
  return {
    name: 'topics',
    taxonomy,
    topicsOf: (tokens) => scanner.scan(tokens),
    tag(input: TagInput, tags: Tags): void {
      tags.topics = scanner.scan(input.text.tokens);
    },
  };
}
