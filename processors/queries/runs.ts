/**
 * Splits text into runs of word characters (letters, digits, marks, underscore): the same notion
 * of a word as the regex boundaries in patterns.ts. A hand-written scan, so a post costs one
 * small string per run and no match arrays.
 */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[0-9A-Za-z_]/.test(ch) ? 1 : 0;
}
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const unicodeCache = new Map<number, boolean>();

export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = unicodeCache.get(cp);
  if (known === undefined) {
    known = UNICODE_WORD.test(String.fromCodePoint(cp));
    if (unicodeCache.size < 65_536) unicodeCache.set(cp, known);
  }
  return known;
}

export function forEachRun(s: string, visit: (run: string) => void): void {
  forEachSpan(s, (start, end) => visit(s.slice(start, end)));
}

/** The runs of `s` as [start, end) offsets in code units. */
export function forEachSpan(s: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    const cp = c < 0xd800 ? c : (s.codePointAt(i) as number);
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) visit(start, s.length);
}
