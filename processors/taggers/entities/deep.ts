/**
 * The optional compromise pass for people: only on posts where the cheap pass leaves a run of two or
 * more capitalised, non-initial words unexplained (an unfamiliar name such as "Priya Ramaswamy").
 */
import type { DeepEntities } from '../../nlp/index.js';
import type { Token } from '../../text/tokens.js';
import type { EntityLexicon } from './data.js';
import { baseNorm, isSentenceStart, pushUnique } from './spans.js';

export type DeepParser = (text: string) => DeepEntities;

/** True when some run of 2+ capitalised words, not yet explained, could be a person's name. */
export function hasUnexplainedName(
  tokens: readonly Token[],
  raw: string,
  lex: EntityLexicon,
  capital: Uint8Array,
  used: Uint8Array,
): boolean {
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const candidate = t !== undefined && used[i] !== 1 && capital[i] === 1 && plainWord(baseNorm(t), lex);
    if (candidate && (run > 0 || !isSentenceStart(tokens, i, raw))) run++;
    else run = 0;
    if (run >= 2) return true;
  }
  return false;
}

function plainWord(n: string, lex: EntityLexicon): boolean {
  return !lex.streetWords.has(n) && !lex.headWords.has(n) && !lex.leadStopwords.has(n) && !lex.places.has(n) && !lex.commonWords.has(n);
}

/** Adds compromise's people that the cheap pass missed and that are not organisations already. */
export function addDeepPeople(raw: string, parse: DeepParser, organisations: readonly string[], people: string[]): void {
  const orgs = organisations.map((o) => o.toLowerCase());
  for (const person of parse(raw).people) {
    const name = person.replace(/[\s,.;:!?]+$/u, '');
    const lower = name.toLowerCase();
    if (name === '' || orgs.some((o) => o.includes(lower) || lower.includes(o))) continue;
    pushUnique(people, name);
  }
}
