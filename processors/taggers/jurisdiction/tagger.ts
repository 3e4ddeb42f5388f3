/**
 * The jurisdiction step of the chain. Runs after the topics tagger: tags.topics[0] is the service.
 * Writes tags.jurisdiction and owns tags.entities.places.
 */
import type { Tags } from '../../../core/contracts/tags.js';
import { createJurisdictionResolver, type JurisdictionResolver, type JurisdictionResolverOptions } from '../../jurisdiction/index.js';
import type { TagInput, Tagger } from '../tagger.js';

export interface JurisdictionTaggerOptions extends JurisdictionResolverOptions {
  /** Share one resolver (and its loaded data) with the API; built from the options otherwise. */
  readonly resolver?: JurisdictionResolver;
}

export function createJurisdictionTagger(opts: JurisdictionTaggerOptions = {}): Tagger {
  const resolver = opts.resolver ?? createJurisdictionResolver(opts);
  return {
    name: 'jurisdiction',
    tag(input: TagInput, tags: Tags): void {
      const { jurisdiction, places } = resolver.resolve(input.post, input.text, tags.topics);
      tags.jurisdiction = jurisdiction;
      tags.entities.places = places;
    },
  };
}
