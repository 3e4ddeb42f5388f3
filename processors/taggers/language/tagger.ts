import type { Tags } from '../../../core/contracts/tags.js';
import type { TagInput, Tagger } from '../tagger.js';
import { loadLanguageLexicon } from './data.js';
import { decideLanguage, hintOf } from './decide.js';
import { createEvidenceReader } from './evidence.js';

/**
 * Sets tags.language to 'en', 'cy' (Welsh) or 'other'. The post's declared `lang` is only a hint:
 * platforms often label Welsh as English or as undetermined.
 */
export function createLanguageTagger(): Tagger {
  const gatherEvidence = createEvidenceReader(loadLanguageLexicon());
  return {
    name: 'language',
    tag(input: TagInput, tags: Tags): void {
      const evidence = gatherEvidence(input.text.tokens);
      tags.language = decideLanguage(evidence, hintOf(input.post.lang));
    },
  };
}
