/** The jurisdiction tagger: who answers for this service in this place. */
export { createJurisdictionTagger, type JurisdictionTaggerOptions } from './tagger.js';
