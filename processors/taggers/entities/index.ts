/** Entities tagger: organisations, people, handles, hashtags, links, postcodes, roads, phones, emails. */
export { createEntityTagger, type EntityTaggerOptions } from './tagger.js';
export type { DeepParser } from './deep.js';
