/** The entity word lists: data/nlp/entities.json merged with compromise's start-up lexicon. */
import { Type } from 'typebox';

import { nlpLexicon, readNlpData } from '../../nlp/index.js';
import { scanFlags } from './scan-flags.js';
import { listBits } from './word-bits.js';

const Words = Type.Array(Type.String({ minLength: 1 }));

const EntityListsSchema = Type.Object({
  knownOrganisations: Words,
  caseSensitiveOrganisations: Words,
  headWords: Words,
  headWordsNotFromCompromise: Words,
  prefixHeads: Words,
  connectors: Words,
  leadStopwords: Words,
  nameKeepers: Words,
  honorifics: Words,
  honorificsNotFromCompromise: Words,
  ambiguousFirstNames: Words,
  streetWords: Words,
  personCueBefore: Words,
  personCueAfter: Words,
  roadNotBefore: Words,
  roadNotAfter: Words,
  roadContextAfter: Words,
  roadContextBefore: Words,
  postcodeCues: Words,
  ambiguousOutcodes: Words,
});

const OutcodesSchema = Type.Object({ source: Type.String(), outcodes: Words });

export interface EntityLexicon {
  readonly knownOrganisations: readonly string[];
  readonly caseSensitiveOrganisations: ReadonlySet<string>;
  /** Last word of "<Name> Council", "<Name> Water"...: the project's list plus compromise's org words. */
  readonly headWords: ReadonlySet<string>;
  /** First word of Welsh names: "Cyngor Sir Gâr", "Heddlu Dyfed-Powys". */
  readonly prefixHeads: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly leadStopwords: ReadonlySet<string>;
  readonly nameKeepers: ReadonlySet<string>;
  /** compromise's multi-word and acronym organisation names (lower case). */
  readonly compromiseOrganisations: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly ambiguousFirstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly streetWords: ReadonlySet<string>;
  readonly personCueBefore: ReadonlySet<string>;
  readonly personCueAfter: ReadonlySet<string>;
  readonly roadNotBefore: ReadonlySet<string>;
  readonly roadNotAfter: ReadonlySet<string>;
  readonly roadContextAfter: ReadonlySet<string>;
  readonly roadContextBefore: ReadonlySet<string>;
  readonly postcodeCues: ReadonlySet<string>;
  readonly ambiguousOutcodes: ReadonlySet<string>;
  /** Every GB outward code GeoNames knows ("EX8", "SW1A"). */
  readonly outcodes: ReadonlySet<string>;
  /** Postcode areas ("EX", "B") derived from the outcodes. */
  readonly areas: ReadonlySet<string>;
  /** Which of the token lists (word-bits.ts) each word is on, and the known organisations' phrase marks (phrase-cue.ts), by shared word id. */
  readonly bits: Uint32Array;
  /** What the pass over every post reads of `bits`, a byte per word (scan-flags.ts). */
  readonly scanFlags: Uint8Array;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

function without(source: Iterable<string>, drop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of source) if (!drop.has(w)) out.add(w);
  return out;
}

let cached: EntityLexicon | undefined;

/** Loaded once per process (word lists are read-only). */
export function entityLexicon(): EntityLexicon {
  cached ??= buildEntityLexicon();
  return cached;
}

function buildEntityLexicon(): EntityLexicon {
  const lists = readNlpData('entities.json', EntityListsSchema);
  const { outcodes } = readNlpData('postcode-outcodes.json', OutcodesSchema);
  const nlp = nlpLexicon();
  const headWords = without(nlp.orgWords, lower(lists.headWordsNotFromCompromise));
  for (const w of lists.headWords) headWords.add(w.toLowerCase());
  const honorifics = without(nlp.honorifics, lower(lists.honorificsNotFromCompromise));
  for (const w of lists.honorifics) honorifics.add(w.toLowerCase());
  // Single-word brand names ("westfield", "apple") are ordinary words too often; keep acronyms and multi-word names.
  const compromiseOrganisations = new Set([...nlp.organisations].filter((o) => o.includes(' ') || !nlp.commonWords.has(o)));
  const tokenLists = {
    headWords,
    prefixHeads: lower(lists.prefixHeads),
    connectors: lower(lists.connectors),
    leadStopwords: lower(lists.leadStopwords),
    nameKeepers: lower(lists.nameKeepers),
    honorifics,
    firstNames: nlp.firstNames,
    ambiguousFirstNames: lower(lists.ambiguousFirstNames),
    lastNames: nlp.lastNames,
    commonWords: nlp.commonWords,
    places: nlp.places,
    streetWords: lower(lists.streetWords),
    personCueBefore: lower(lists.personCueBefore),
    personCueAfter: lower(lists.personCueAfter),
  };
  const bits = listBits(tokenLists, [...compromiseOrganisations, ...lists.knownOrganisations]);
  return {
    ...tokenLists,
    bits,
    scanFlags: scanFlags(bits),
    knownOrganisations: lists.knownOrganisations,
    caseSensitiveOrganisations: new Set(lists.caseSensitiveOrganisations),
    compromiseOrganisations,
    roadNotBefore: lower(lists.roadNotBefore),
    roadNotAfter: lower(lists.roadNotAfter),
    roadContextAfter: lower(lists.roadContextAfter),
    roadContextBefore: lower(lists.roadContextBefore),
    postcodeCues: lower(lists.postcodeCues),
    ambiguousOutcodes: new Set(lists.ambiguousOutcodes.map((o) => o.toUpperCase())),
    outcodes: new Set(outcodes),
    areas: new Set(outcodes.map((o) => /^[A-Z]+/.exec(o)?.[0] ?? o)),
  };
}
