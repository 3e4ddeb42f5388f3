/**
 * Organisations: a list of known UK bodies (matched anywhere), plus capitalised spans ending in a
 * head word ("<Name> Council", "<Name> Water") or opening with a Welsh one ("Cyngor Sir Gâr").
 */
import { PhraseMatcher } from '../../nlp/phrases.js';
import { CAPS_LOWER, type Token } from '../../text/tokens.js';
import type { EntityLexicon } from './data.js';
import type { PostScan } from './post-scan.js';
import { isSentenceStart, markUsed, pushUnique, spanText } from './spans.js';
import { baseBits, IN, normBits } from './word-bits.js';

interface KnownOrg {
  readonly name: string;
  /** Must be written as listed ("Mind", "Shelter"), and not only because it opens a sentence. */
  readonly exactCase: boolean;
  /** From compromise's lexicon: every word written with a capital, single words in upper case. */
  readonly fromCompromise: boolean;
}

/**
 * The post being scanned: found names go to `out`, the tokens they use are marked in `used`. One
 * record per finder, refilled for each post, so the known-name callback is made once.
 */
interface Scan {
  tokens: readonly Token[];
  raw: string;
  readonly lex: EntityLexicon;
  capital: Uint8Array;
  used: Uint8Array;
  out: string[];
}

export interface OrgFinder {
  /** `post` has read the tokens (capitals, shouting, and whether any capitalised word is a head word). */
  find(tokens: readonly Token[], raw: string, post: PostScan, out: string[]): void;
}

export function createOrgFinder(lex: EntityLexicon): OrgFinder {
  // The same names as the phrase marks in lex.bits (data.ts), which PostScan reads into knownOrgCue.
  const known = new PhraseMatcher<KnownOrg>();
  for (const org of lex.compromiseOrganisations) known.add(org, { name: org, exactCase: false, fromCompromise: true });
  for (const name of lex.knownOrganisations) {
    known.add(name, { name, exactCase: lex.caseSensitiveOrganisations.has(name), fromCompromise: false });
  }
  const scan: Scan = { tokens: [], raw: '', lex, capital: new Uint8Array(0), used: new Uint8Array(0), out: [] };
  const onKnown = (value: KnownOrg, start: number, end: number): void => {
    if (scan.used[start] === 1 || !acceptKnown(scan, value, start, end)) return;
    mark(scan, start, end, value.fromCompromise ? undefined : value.name);
  };
  return {
    find(tokens, raw, post, out) {
      if (!post.orgCue && !post.knownOrgCue) return;
      scan.tokens = tokens;
      scan.raw = raw;
      scan.capital = post.capital;
      scan.used = post.used;
      scan.out = out;
      // Without a capitalised head word no run can be examined.
      if (post.orgCue) findSpans(scan, post.shouting);
      if (post.knownOrgCue) known.scan(tokens, onKnown);
    },
  };
}

function mark(scan: Scan, start: number, end: number, name?: string): void {
  markUsed(scan.used, start, end);
  pushUnique(scan.out, name ?? spanText(scan.tokens, start, end, scan.raw));
}

function acceptKnown(scan: Scan, org: KnownOrg, start: number, end: number): boolean {
  if (org.fromCompromise) return writtenAsName(scan.tokens, scan.capital, start, end);
  if (!org.exactCase) return true;
  if (spanText(scan.tokens, start, end, scan.raw) !== org.name) return false;
  return end - start > 1 || !isSentenceStart(scan.tokens, start, scan.raw);
}

function writtenAsName(tokens: readonly Token[], capital: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'word' && capital[i] === 0)) return false;
    if (end - start === 1 && (t.text.length < 2 || (t.caps & CAPS_LOWER) !== 0)) return false;
  }
  return true;
}

/** Runs of capitalised words (connectors allowed between two of them); only runs holding a head word are examined. */
function findSpans(scan: Scan, shouting: boolean): void {
  const { tokens, lex, capital } = scan;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined || capital[i] === 0) {
      i++;
      continue;
    }
    let headed = isHead(first, lex);
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next !== undefined && capital[end] === 1) {
        headed ||= isHead(next, lex);
        end++;
      } else if (capital[end + 1] === 1 && isConnector(next, lex)) end += 2;
      else break;
    }
    if (headed && end - i >= 2) {
      if (shouting) shoutedSpans(scan, i, end);
      else spanFromRun(scan, i, end);
    }
    i = end;
  }
}

function isHead(token: Token, lex: EntityLexicon): boolean {
  return (baseBits(lex.bits, token) & (IN.headWords | IN.prefixHeads)) !== 0;
}

function isConnector(token: Token | undefined, lex: EntityLexicon): boolean {
  return token !== undefined && (normBits(lex.bits, token) & IN.connectors) !== 0;
}

function spanFromRun(scan: Scan, start: number, end: number): void {
  const { tokens, lex } = scan;
  const s = trimLead(tokens, start, end, lex);
  for (let k = s; k < end - 1; k++) {
    const t = tokens[k];
    if (t !== undefined && (normBits(lex.bits, t) & IN.prefixHeads) !== 0) {
      mark(scan, k, end);
      return;
    }
  }
  for (let j = end - 1; j > s; j--) {
    const t = tokens[j];
    if (t === undefined || (baseBits(lex.bits, t) & IN.headWords) === 0) continue;
    const from = trimLead(tokens, afterLastStopword(tokens, s, j, lex), j, lex);
    if (from < j) mark(scan, from, j + 1);
    return;
  }
}

/** In a post typed in capitals the whole post is one run: walk back from each head over name words only. */
function shoutedSpans(scan: Scan, start: number, end: number): void {
  const { tokens, lex } = scan;
  for (let j = start + 1; j < end; j++) {
    const head = tokens[j];
    if (head === undefined || (baseBits(lex.bits, head) & IN.headWords) === 0) continue;
    let from = j;
    while (from > start && isShoutedNameWord(tokens[from - 1], lex)) from--;
    if (from < j) mark(scan, from, j + 1);
  }
}

function isShoutedNameWord(token: Token | undefined, lex: EntityLexicon): boolean {
  if (token === undefined) return false;
  const b = baseBits(lex.bits, token);
  return isNameWord(b) || (b & (IN.commonWords | IN.leadStopwords | IN.connectors)) === 0;
}

// Title-cased text ("Great Service From Devon County Council") holds the name after the last opener.
function afterLastStopword(tokens: readonly Token[], start: number, head: number, lex: EntityLexicon): number {
  for (let k = head - 1; k > start; k--) {
    const t = tokens[k];
    if (t !== undefined && (normBits(lex.bits, t) & (IN.leadStopwords | IN.connectors)) === IN.leadStopwords) return k + 1;
  }
  return start;
}

/** Skips the sentence openers and verbs that merely sit before a name: "Thanks Devon County Council". */
function trimLead(tokens: readonly Token[], start: number, end: number, lex: EntityLexicon): number {
  let s = start;
  while (s < end) {
    const t = tokens[s];
    if (t === undefined) break;
    const b = baseBits(lex.bits, t);
    const weak = (b & (IN.leadStopwords | IN.connectors)) !== 0 || ((b & IN.commonWords) !== 0 && !isNameWord(b));
    if (!weak) break;
    s++;
  }
  return s;
}

/** On a list that makes a capitalised word part of a name (given the word's list bits). */
function isNameWord(bits: number): boolean {
  return (bits & (IN.nameKeepers | IN.places | IN.headWords | IN.prefixHeads)) !== 0;
}
