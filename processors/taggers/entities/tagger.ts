import { emptyEntities, type Entities, type Tags } from '../../../core/contracts/tags.js';
import { parseEntities } from '../../nlp/index.js';
import type { Token } from '../../text/tokens.js';
import type { TagInput, Tagger } from '../tagger.js';
import { entityLexicon, type EntityLexicon } from './data.js';
import { addCandidates, type Candidates } from './candidates.js';
import { addDeepPeople, hasUnexplainedName, type DeepParser } from './deep.js';
import { createOrgFinder, type OrgFinder } from './organisations.js';
import { findPeople } from './people.js';
import { findPhones } from './phones.js';
import { findPostcodes } from './postcodes.js';
import { findRoads } from './roads.js';
import { isShouting, pushUnique } from './spans.js';

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
  return {
    name: 'entities',
    tag(input: TagInput, tags: Tags): void {
      // compromise reads English: on Welsh or other posts it takes ordinary words for names.
      const parser = tags.language === 'en' ? deep : undefined;
      tags.entities = extract(input.text.raw, input.text.tokens, lex, orgs, parser, tags.entities);
    },
  };
}

function extract(
  raw: string,
  tokens: readonly Token[],
  lex: EntityLexicon,
  orgs: OrgFinder,
  deep: DeepParser | undefined,
  previous: Entities,
): Entities {
  const out = emptyEntities(previous.places);
  const candidates = collectMarked(tokens, out);
  const shouting = isShouting(tokens);
  const used = usedBuffer(tokens.length);
  orgs.find(tokens, raw, shouting, used, out.organisations);
  if (!shouting) findPeople(tokens, raw, lex, used, out.people);
  if (deep !== undefined && !shouting && hasUnexplainedName(tokens, raw, lex, used)) {
    addDeepPeople(raw, deep, out.organisations, out.people);
  }
  let fullPostcode = false;
  if (candidates.codes.length > 0) {
    const postcodes = findPostcodes(raw, candidates.codes, lex);
    out.postcodes = postcodes.postcodes;
    fullPostcode = postcodes.full;
    out.roads = findRoads(raw, candidates.codes, lex, out.postcodes);
  }
  if (candidates.phones.length > 0) out.phones = findPhones(raw, candidates.phones);
  out.personal_data = out.phones.length > 0 || out.emails.length > 0 || fullPostcode;
  return out;
}

let shared = new Uint8Array(256);

/**
 * A scratch array marking tokens already inside a name, zeroed over the post's tokens; reused
 * across posts (taggers are synchronous). Not a subarray: making the view costs more than the fill.
 */
function usedBuffer(length: number): Uint8Array {
  if (shared.length < length + 1) shared = new Uint8Array(Math.max(length + 1, shared.length * 2));
  shared.fill(0, 0, length + 1);
  return shared;
}

/** Handles, hashtags, links and emails straight from the token kinds, and where codes and phones may start. */
function collectMarked(tokens: readonly Token[], out: Entities): Candidates {
  const candidates: Candidates = { codes: [], phones: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    switch (t.kind) {
      case 'mention':
        pushUnique(out.handles, t.text);
        break;
      case 'hashtag':
        pushUnique(out.hashtags, t.text);
        break;
      case 'url':
        if (!out.links.includes(t.text)) out.links.push(t.text);
        break;
      case 'email':
        if (!out.emails.includes(t.norm)) out.emails.push(t.norm);
        break;
      case 'number':
        addCandidates(tokens, i, candidates);
        break;
      default:
        break;
    }
  }
  return candidates;
}
