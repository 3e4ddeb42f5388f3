import type { Rng } from './prng.js';
import { SLANG } from './vocab.js';

const SLANG_MAP = new Map(SLANG.map(([from, to]) => [from, to]));
const SLANG_RE = new RegExp(
  `\\b(${SLANG.map(([from]) => from)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);
const LETTER = /[a-z]/;

export interface NoiseRates {
  readonly slang: number;
  readonly lower: number;
  readonly shout: number;
  readonly typo: number;
  readonly punct: number;
}

/** Informal writing: text speak, no capitals, shouting, slipped fingers, doubled punctuation. */
export function addNoise(text: string, rng: Rng, rates: NoiseRates): string {
  let out = text;
  if (rng.chance(rates.slang)) out = out.replace(SLANG_RE, (m) => SLANG_MAP.get(m.toLowerCase()) ?? m);
  if (rng.chance(rates.shout)) out = out.toUpperCase();
  else if (rng.chance(rates.lower)) out = out.toLowerCase();
  if (rng.chance(rates.typo)) out = swapLetters(out, rng);
  if (rng.chance(rates.punct)) out = punctuate(out, rng);
  return out;
}

/** Swaps two adjacent lower-case letters inside a word, as a quick typist does. */
function swapLetters(text: string, rng: Rng): string {
  for (let attempt = 0; attempt < 4; attempt++) {
    const i = rng.int(Math.max(1, text.length - 2));
    const a = text[i];
    const b = text[i + 1];
    const before = text[i - 1];
    if (a === undefined || b === undefined || before === undefined) continue;
    if (LETTER.test(a) && LETTER.test(b) && LETTER.test(before) && a !== b) {
      return text.slice(0, i) + b + a + text.slice(i + 2);
    }
  }
  return text;
}

const WORDY_END = /[\p{L}\p{N}]$/u;
const TAG_END = /[#@]\w*$/;

/** Doubles or drops final punctuation; leaves endings that are emoji, mentions or hashtags alone. */
function punctuate(text: string, rng: Rng): string {
  const last = text[text.length - 1];
  if (last === '.') return rng.chance(0.5) ? text.slice(0, -1) : `${text.slice(0, -1)}!!`;
  if (last === '?') return `${text}?${rng.chance(0.5) ? '?' : ''}`;
  if (last === '!') return `${text}!`;
  if (!WORDY_END.test(text) || TAG_END.test(text)) return text;
  return rng.chance(0.5) ? `${text}...` : text;
}
