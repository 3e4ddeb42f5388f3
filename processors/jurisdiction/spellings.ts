/**
 * The ways posts write one place name ("Exeter", "EXETER", "exeter"), kept so that every post
 * writing it the same way hands on the same string object. Memo keys built from a mention's text
 * then cost a pointer compare, where a fresh copy would be hashed character by character first.
 * Bounded per name: a name written more ways than that gives its further spellings as they come
 * (equal strings, so nothing downstream can tell; only their memo lookups cost more).
 */
const MAX_SPELLINGS = 4;

export class Spellings {
  private readonly known: string[] = [];

  /** `text`, or the equal string this name was written as before. */
  of(text: string): string {
    const known = this.known;
    for (const s of known) if (s === text) return s;
    if (known.length < MAX_SPELLINGS) known.push(text);
    return text;
  }
}
