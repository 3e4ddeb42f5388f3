/** Cheap look-around on the raw text for regex hits: the neighbouring words, lower case. */
const NEXT_WORD = /^[\s,;:()"'’-]*([\p{L}\p{N}]+)/u;
const PREV_WORD = /([\p{L}\p{N}]+)[\s,;:()"'’-]*$/u;
const WINDOW = 24;

export function nextWord(raw: string, end: number): string {
  const m = NEXT_WORD.exec(raw.slice(end, end + WINDOW));
  return m?.[1]?.toLowerCase() ?? '';
}

export function prevWord(raw: string, start: number): string {
  const m = PREV_WORD.exec(raw.slice(Math.max(0, start - WINDOW), start));
  return m?.[1]?.toLowerCase() ?? '';
}
