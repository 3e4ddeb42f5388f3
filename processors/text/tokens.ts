/**
 * A cheap, allocation-light tokenizer shared by every tagger: each post is tokenized once and the
 * result handed to the whole chain. compromise is reserved for the deeper analysis that needs it.
 */
export const TOKEN_KINDS = ['word', 'number', 'hashtag', 'mention', 'url', 'email', 'emoji', 'emoticon', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-cased; hashtags and mentions keep their sigil. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offset of the first UTF-16 code unit in the source text. */
  readonly start: number;
}

export interface TextView {
  readonly raw: string;
  readonly lower: string;
  readonly tokens: readonly Token[];
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<mention>@[\w_]{1,30}(?:@[\w.-]+)?)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]+)`,
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=8][-o*']?[)(\]\[dDpP\/\\|@3]+|<3+|[)(\]\[dDpP\/\\|][-o*']?[:;=8])(?![\p{L}\p{N}]))`,
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|k|m)?)`,
    String.raw`(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|[\u{1F1E6}-\u{1F1FF}]{2})`,
    String.raw`(?<punct>[!?]+|[.…]+|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

const PLAIN_WORD = /^[A-Za-z]+$/;
/** A plain word followed by sentence punctuation the pattern would also give as one token. */
const WORD_THEN_PUNCT = /^([A-Za-z]+)([!?]+|\.+|[,;:])$/;
const SPACE = /\s+/g;

/**
 * No token spans white space, so the text is cut at white space first and the common chunk, a plain
 * ASCII word, skips the full Unicode pattern; other chunks go through it with their offsets. The
 * result is the same as running TOKEN_RE over the whole text (a test holds it to that).
 */
export function tokenize(raw: string): TextView {
  const tokens: Token[] = [];
  let start = 0;
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(raw); ; m = SPACE.exec(raw)) {
    const end = m === null ? raw.length : m.index;
    if (end > start) chunkTokens(raw.slice(start, end), start, tokens);
    if (m === null) break;
    start = m.index + m[0].length;
  }
  return { raw, lower: raw.toLowerCase(), tokens };
}

function chunkTokens(chunk: string, offset: number, out: Token[]): void {
  if (PLAIN_WORD.test(chunk)) {
    out.push({ text: chunk, norm: chunk.toLowerCase(), kind: 'word', start: offset });
    return;
  }
  const split = WORD_THEN_PUNCT.exec(chunk);
  if (split?.[1] !== undefined && split[2] !== undefined) {
    out.push({ text: split[1], norm: split[1].toLowerCase(), kind: 'word', start: offset });
    out.push({ text: split[2], norm: split[2], kind: 'punct', start: offset + split[1].length });
    return;
  }
  regexTokens(chunk, offset, out);
}

function regexTokens(text: string, offset: number, out: Token[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (m.groups === undefined) continue;
    out.push({ text: m[0], norm: m[0].toLowerCase(), kind: kindOf(m.groups), start: offset + m.index });
  }
}

/** The reference: the pattern over the whole text in one pass (for tests). */
export function tokenizeReference(raw: string): Token[] {
  const tokens: Token[] = [];
  regexTokens(raw, 0, tokens);
  return tokens;
}

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  for (const kind of TOKEN_KINDS) if (groups[kind] !== undefined) return kind;
  return 'punct';
}
