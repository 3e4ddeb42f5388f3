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

export function tokenize(raw: string): TextView {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(raw); m !== null; m = TOKEN_RE.exec(raw)) {
    const groups = m.groups;
    if (groups === undefined) continue;
    const kind = kindOf(groups);
    const text = m[0];
    tokens.push({ text, norm: text.toLowerCase(), kind, start: m.index });
  }
  return { raw, lower: raw.toLowerCase(), tokens };
}

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  for (const kind of TOKEN_KINDS) if (groups[kind] !== undefined) return kind;
  return 'punct';
}
