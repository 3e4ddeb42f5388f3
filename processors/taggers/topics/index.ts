/** Topic tagger: a data-driven, tenant-extensible taxonomy matched over the shared tokens. */
export { createTopicTagger, type TopicTagger, type TopicTaggerOptions } from './tagger.js';
export { loadTaxonomy, parseTaxonomy, extendTaxonomy, topicTier, DEFAULT_TAXONOMY_URL, type Taxonomy } from './taxonomy.js';
export {
  TopicDefinitionSchema,
  TopicExtensionSchema,
  TaxonomyFileSchema,
  TIER_PATTERN,
  type Term,
  type TopicDefinition,
  type TopicExtension,
  type TaxonomyFile,
} from './schema.js';
export { TaxonomyError, TAXONOMY_ERROR_CODES, type TaxonomyErrorCode } from './errors.js';
export { MIN_EVIDENCE, evidenceToScore } from './scoring.js';
