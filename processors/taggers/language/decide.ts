/** Turns language evidence and the platform's declared language into en / cy / other. */
import type { Language } from '../../../core/contracts/tags.js';
import type { LanguageEvidence } from './evidence.js';

const MIN_EVIDENCE = 1.5;
const HINT = { cy: 1, en: 0.5, other: 1 } as const;

/** Maps a BCP 47 tag to the language it hints at; no hint for an undetermined one. */
export function hintOf(lang: string | undefined): Language | undefined {
  // The common tags as written, without building the lower case and the parts.
  if (lang === 'en' || lang === 'cy') return lang;
  if (lang === undefined || lang === '' || lang === 'und' || lang === 'zxx' || lang === 'qme' || lang === 'qht') return undefined;
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'en') return 'en';
  if (primary === 'cy') return 'cy';
  return 'other';
}

export function decideLanguage(e: LanguageEvidence, hint: Language | undefined): Language {
  if (e.words > 0 && e.nonLatinWords * 2 >= e.words) return 'other';
  // Nothing to go on (a place name, an emoji): trust the platform.
  if (e.en === 0 && e.cy === 0 && e.other === 0) return hint ?? 'en';
  const cy = e.cy + (hint === 'cy' ? HINT.cy : 0);
  const en = e.en + (hint === 'en' ? HINT.en : 0);
  const other = e.other + (hint === 'other' ? HINT.other : 0);
  if (cy >= MIN_EVIDENCE && cy > en && cy >= other) return 'cy';
  if (other >= MIN_EVIDENCE && other > en && other > cy) return 'other';
  return 'en';
}
