/**
 * The production tagger chain, in dependency order: later taggers read what earlier ones wrote
 * (listening queries and entities read the language; jurisdiction reads topics; intent reads
 * sentiment and topics). Data is loaded once, here, when the chain is built.
 */
import { createChain, type TaggerChain } from './chain.js';
import type { Tagger } from './taggers/tagger.js';
import { createLanguageTagger } from './taggers/language/index.js';
import { createSentimentTagger } from './taggers/sentiment/index.js';
import { createTopicTagger, type TopicTaggerOptions } from './taggers/topics/index.js';
import { createQueryTagger, type ListeningQuery } from './queries/index.js';
import { createEntityTagger } from './taggers/entities/index.js';
import { createJurisdictionTagger } from './taggers/jurisdiction/index.js';
import { createIntentTagger, loadUrgencyModel } from './taggers/intent/index.js';
import { createJurisdictionResolver, type JurisdictionResolver, type Partnership } from './jurisdiction/index.js';
import { tokenize, type TextView } from './text/tokens.js';
import { emptyTags, type TopicTag } from '../core/contracts/tags.js';
import type { Post } from '../core/contracts/post.js';

export interface DefaultChainOptions {
  readonly defaultTenant: string;
  /** Share one resolver with the API so the gazetteer and boundaries are loaded once. */
  readonly resolver?: JurisdictionResolver;
  /** Per-tenant areas, accounts and service overrides (CP_PARTNERSHIP_FILE). */
  readonly partnership?: Partnership | undefined;
  /** The learned urgency safety net (intent tagger): on unless false (CP_URGENCY_NET=off). */
  readonly urgencyNet?: boolean;
  readonly topics?: TopicTaggerOptions;
  readonly queries?: readonly ListeningQuery[];
}

export function createDefaultTaggers(opts: DefaultChainOptions): Tagger[] {
  return [
    createLanguageTagger(),
    createSentimentTagger(),
    createTopicTagger(opts.topics),
    createQueryTagger(opts.queries ?? [], { defaultTenant: opts.defaultTenant }),
    createEntityTagger(),
    createJurisdictionTagger(
      opts.resolver ? { resolver: opts.resolver } : { partnership: opts.partnership, defaultTenant: opts.defaultTenant },
    ),
    createIntentTagger({ urgencyModel: opts.urgencyNet === false ? null : loadUrgencyModel() }),
  ];
}

export function createDefaultChain(opts: DefaultChainOptions): TaggerChain {
  return createChain(createDefaultTaggers(opts), { defaultTenant: opts.defaultTenant });
}

/** The chain plus what the API shares with it: one resolver, one set of loaded data. */
export interface Engine {
  readonly chain: TaggerChain;
  readonly resolver: JurisdictionResolver;
  /** Tokens and topics of a post, as the chain sees them before jurisdiction (for /v1/jurisdiction). */
  tagText(post: Post): { text: TextView; topics: TopicTag[] };
}

export function createEngine(opts: DefaultChainOptions): Engine {
  const resolver = opts.resolver ?? createJurisdictionResolver({ partnership: opts.partnership, defaultTenant: opts.defaultTenant });
  const before = [createLanguageTagger(), createTopicTagger(opts.topics)];
  return {
    chain: createDefaultChain({ ...opts, resolver }),
    resolver,
    tagText(post) {
      const text = tokenize(post.text);
      const tags = emptyTags();
      for (const tagger of before) tagger.tag({ post, text }, tags);
      return { text, topics: tags.topics };
    },
  };
}
