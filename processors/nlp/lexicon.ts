/**
 * Word lists read out of compromise's lexicon at start-up, so the hot path can use plain Set lookups
 * instead of parsing each post.
 */
import { compromiseModel, type RawLexicon } from './engine.js';

export interface NlpLexicon {
  /** Given names (compromise's FirstName, FemaleName, MaleName), lower case. */
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  /** Titles before a name: "mr", "dr", "cllr"... (single words, no trailing dot). */
  readonly honorifics: ReadonlySet<string>;
  /** Known organisation names, lower case; may contain spaces. */
  readonly organisations: ReadonlySet<string>;
  /** Head words that make a capitalised span an organisation: "council", "agency", "trust"... */
  readonly orgWords: ReadonlySet<string>;
  /** Countries, regions, cities and other places compromise knows, lower case. */
  readonly places: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  readonly negatives: ReadonlySet<string>;
  /** Words carrying an ordinary part-of-speech tag: a capitalised one is weak evidence of a name. */
  readonly commonWords: ReadonlySet<string>;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'FemaleName', 'MaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Demonym']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person', 'ProperNoun', 'Organization', ...PLACE_TAGS]);

let cached: NlpLexicon | undefined;

/** Built once per process from compromise's model; later calls return the same object. */
export function nlpLexicon(): NlpLexicon {
  cached ??= buildLexicon(compromiseModel().lexicon, compromiseModel().orgWords);
  return cached;
}

function tagsOf(entry: string | readonly string[]): readonly string[] {
  return typeof entry === 'string' ? [entry] : entry;
}

function buildLexicon(lexicon: RawLexicon, orgWords: readonly string[]): NlpLexicon {
  const sets = {
    firstNames: new Set<string>(),
    lastNames: new Set<string>(),
    honorifics: new Set<string>(),
    organisations: new Set<string>(),
    places: new Set<string>(),
    questionWords: new Set<string>(),
    modals: new Set<string>(),
    negatives: new Set<string>(),
    commonWords: new Set<string>(),
  };
  for (const [word, entry] of Object.entries(lexicon)) {
    const tags = tagsOf(entry);
    const single = !word.includes(' ');
    let common = false;
    for (const tag of tags) {
      if (FIRST_NAME_TAGS.has(tag) && single) sets.firstNames.add(word);
      else if (tag === 'LastName' && single) sets.lastNames.add(word);
      else if (tag === 'Honorific' && single) sets.honorifics.add(word);
      else if (tag === 'Organization') sets.organisations.add(word);
      else if (PLACE_TAGS.has(tag)) sets.places.add(word);
      else if (tag === 'QuestionWord') sets.questionWords.add(word);
      else if (tag === 'Modal') sets.modals.add(word);
      else if (tag === 'Negative') sets.negatives.add(word);
      if (!NAME_TAGS.has(tag)) common = true;
    }
    if (common && single) sets.commonWords.add(word);
  }
  return { ...sets, orgWords: new Set(orgWords) };
}
