import { emptyEntities, type Entities, type Tags } from '../../../core/contracts/tags.js';
import { parseEntities } from '../../nlp/index.js';
import type { Token } from '../../text/tokens.js';
import type { TagInput, Tagger } from '../tagger.js';
import { entityLexicon, type EntityLexicon } from './data.js';
import { addDeepPeople, hasUnexplainedName, type DeepParser } from './deep.js';
import { createOrgFinder, type OrgFinder } from './organisations.js';
import { findPeople } from './people.js';
import { findPhones } from './phones.js';
import { findPostcodes } from './postcodes.js';
import { findRoads } from './roads.js';
import { PostScan } from './post-scan.js';

export interface EntityTaggerOptions {
  /**
   * Run compromise (~1.2 ms) on posts where the cheap pass sees an unexplained run of capitalised
   * words. Off by default: it breaks the per-post budget on ordinary traffic. Suits low-volume
   * feeds such as web forms. English posts only (reads tags.language, so run the language tagger first).
   */
  readonly deep?: boolean;
  /** Replaces compromise in the deep pass (tests). */
  readonly deepParser?: DeepParser;
}

/** Fills tags.entities except `places`, which the jurisdiction tagger owns. */
export function createEntityTagger(opts: EntityTaggerOptions = {}): Tagger {
  const lex = entityLexicon();
  const orgs = createOrgFinder(lex);
  const deep = opts.deep === true ? (opts.deepParser ?? parseEntities) : undefined;
  const scan = new PostScan();
  return {
    name: 'entities',
    tag(input: TagInput, tags: Tags): void {
      // compromise reads English: on Welsh or other posts it takes ordinary words for names.
      const parser = tags.language === 'en' ? deep : undefined;
      tags.entities = extract(input.text.raw, input.text.tokens, lex, orgs, scan, parser, tags.entities);
    },
  };
}

function extract(
  raw: string,
  tokens: readonly Token[],
  lex: EntityLexicon,
  orgs: OrgFinder,
  scan: PostScan,
  deep: DeepParser | undefined,
  previous: Entities,
): Entities {
  const out = emptyEntities(previous.places);
  scan.read(tokens, raw, lex, out);
  const { shouting, used } = scan;
  orgs.find(tokens, raw, scan, out.organisations);
  if (!shouting && scan.personCue) findPeople(tokens, raw, lex, scan, out.people);
  if (deep !== undefined && !shouting && hasUnexplainedName(tokens, raw, lex, scan.capital, used)) {
    addDeepPeople(raw, deep, out.organisations, out.people);
  }
  let fullPostcode = false;
  if (scan.codes.length > 0) {
    fullPostcode = findPostcodes(raw, scan.codes, lex, out.postcodes);
    findRoads(raw, scan.codes, lex, out.postcodes, out.roads);
  }
  if (scan.phones.length > 0) findPhones(raw, scan.phones, out.phones);
  out.personal_data = out.phones.length > 0 || out.emails.length > 0 || fullPostcode;
  return out;
}
