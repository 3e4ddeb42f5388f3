import { describe, expect, it } from 'vitest';

import { emptyTags } from '../../../core/contracts/tags.js';
import { compileValidator } from '../../../core/contracts/validate.js';
import { TagsSchema } from '../../../core/contracts/tags.js';
import { createJurisdictionResolver } from '../../../processors/jurisdiction/index.js';
import { createJurisdictionTagger } from '../../../processors/taggers/jurisdiction/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { makePost } from './helpers.js';

const resolver = createJurisdictionResolver();
const tagger = createJurisdictionTagger({ resolver });
const validTags = compileValidator(TagsSchema);

function tagged(text: string, topics: string[]) {
  const tags = emptyTags();
  tags.topics = topics.map((id) => ({ id, score: 0.9 }));
  tagger.tag({ post: makePost(text), text: tokenize(text) }, tags);
  return tags;
}

describe('jurisdiction tagger', () => {
  it('is named and reads the first topic as the service', () => {
    expect(tagger.name).toBe('jurisdiction');
    const tags = tagged('Street lights out all along the seafront in Exmouth', ['street_lighting', 'waste_collection']);
    expect(tags.jurisdiction).toMatchObject({ code: 'E10000008', service: 'street_lighting', method: 'place' });
  });

  it('owns entities.places and leaves the other entity fields alone', () => {
    const tags = emptyTags();
    tags.entities.postcodes = ['EX8 1AB'];
    tags.topics = [{ id: 'waste_collection', score: 1 }];
    tagger.tag({ post: makePost('Bins missed in Sidmouth and Exmouth'), text: tokenize('Bins missed in Sidmouth and Exmouth') }, tags);
    expect(tags.entities.places).toEqual([
      { text: 'Sidmouth', code: 'E07000040' },
      { text: 'Exmouth', code: 'E07000040' },
    ]);
    expect(tags.entities.postcodes).toEqual(['EX8 1AB']);
  });

  it('writes tags that satisfy the contract, deciding or abstaining', () => {
    expect(validTags(tagged('Newport bins missed', ['waste_collection'])).ok).toBe(true);
    expect(validTags(tagged('Bins missed in Exmouth', ['waste_collection'])).ok).toBe(true);
    expect(validTags(tagged('nothing to see here', [])).ok).toBe(true);
  });

  it('builds its own resolver from options', () => {
    const own = createJurisdictionTagger({ tenantDefault: 'E06000026' });
    const tags = emptyTags();
    tags.topics = [{ id: 'parks', score: 1 }];
    own.tag({ post: makePost('the play area is broken'), text: tokenize('the play area is broken') }, tags);
    expect(tags.jurisdiction).toMatchObject({ code: 'E06000026', method: 'tenant' });
  });
});
