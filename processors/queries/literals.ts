/**
 * Cheap necessary conditions for a text leaf, checked before any regex runs, and the words the
 * tagger indexes queries by. A literal run of word characters standing alone in the query word
 * (not touching a `*`) must appear as a whole word of the post; a run that starts a word and ends
 * at a `*` must start a word of the post; any other run touching a `*` must at least appear as a
 * substring. ASCII only: for other scripts lower-casing and regex case folding can disagree, so
 * those go straight to the regex.
 */
export interface Prefilter {
  /** Whole words the post must contain. */
  readonly words: readonly string[];
  /** Each must begin some word of the post ("pothole*"). */
  readonly prefixes: readonly string[];
  /** Substrings the lower-cased post must contain. */
  readonly substrings: readonly string[];
  /** True when the leaf is exactly one whole word: the word check alone decides. */
  readonly exact: boolean;
}

const ASCII_WORD_RUN = /^[0-9a-z_]+$/;
const RUN = /[\p{L}\p{N}\p{M}_]+/gu;
const ASCII_CHUNK = /[\x20-\x7e]+/g;

export function prefilterOf(words: readonly string[]): Prefilter {
  const out = { words: [] as string[], prefixes: [] as string[], substrings: [] as string[] };
  for (const w of words) collect(w, out);
  const only = words[0];
  const exact = words.length === 1 && only !== undefined && ASCII_WORD_RUN.test(only);
  return { ...out, exact };
}

function collect(word: string, out: { words: string[]; prefixes: string[]; substrings: string[] }): void {
  for (const m of word.matchAll(RUN)) {
    const run = m[0];
    const before = word[m.index - 1];
    const after = word[m.index + run.length];
    if (before !== '*' && after !== '*') {
      if (ASCII_WORD_RUN.test(run)) out.words.push(run);
    } else if (m.index === 0 && after === '*' && ASCII_WORD_RUN.test(run)) {
      out.prefixes.push(run);
    } else {
      longestAscii(run, out.substrings);
    }
  }
}

function longestAscii(run: string, into: string[]): void {
  let best = '';
  for (const m of run.matchAll(ASCII_CHUNK)) if (m[0].length > best.length) best = m[0];
  if (best.length >= 2) into.push(best);
}
