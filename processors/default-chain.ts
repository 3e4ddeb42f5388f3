/**
 * The production tagger chain, in dependency order: later taggers read what earlier ones wrote
 * (jurisdiction reads topics; intent reads sentiment and topics).
 */
import { createChain, type TaggerChain } from './chain.js';
import { createSentimentTagger } from './taggers/sentiment/index.js';
import { createTopicTagger } from './taggers/topics/index.js';

export interface DefaultChainOptions {
  readonly defaultTenant: string;
}

export function createDefaultChain(opts: DefaultChainOptions): TaggerChain {
  return createChain([createSentimentTagger(), createTopicTagger()], { defaultTenant: opts.defaultTenant });
}
