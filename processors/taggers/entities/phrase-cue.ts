/**
 * Whether a post could hold any of a set of phrases, from their first two slots only: one array
 * read per token. Nine posts in ten hold no known organisation, and PhraseMatcher.scan (a bucket
 * lookup at every opening word, "the" and "at" among them) is then skipped.
 */
import { parseSlots } from '../../nlp/phrases.js';
import { wordId, type Token } from '../../text/tokens.js';

/** Opens a phrase that may match without looking at the next token (one slot, or a gap or optional slot next). */
const ALONE = 1;
/** Opens a phrase whose second slot is a required word. */
const FIRST = 2;
/** Is that required second word of some phrase. */
const SECOND = 4;

export class PhraseCue {
  /** The marks above, by shared word id. */
  private marks = new Uint8Array(0);

  /** Notes `pattern` (PhraseMatcher syntax; a malformed one throws as PhraseMatcher.add does). */
  add(pattern: string): this {
    const [head, second] = parseSlots(pattern);
    if (head?.kind !== 'word') return this;
    const paired = second?.kind === 'word' && !second.optional;
    for (const id of head.ids) this.mark(id, paired ? FIRST : ALONE);
    if (paired) for (const id of second.ids) this.mark(id, SECOND);
    return this;
  }

  private mark(id: number, mark: number): void {
    if (id >= this.marks.length) {
      const marks = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
      marks.set(this.marks);
      this.marks = marks;
    }
    this.marks[id] = (this.marks[id] as number) | mark;
  }

  /** False only when none of the phrases can match in `tokens`. */
  mayMatch(tokens: readonly Token[]): boolean {
    const marks = this.marks;
    let afterFirst = false;
    for (let i = 0; i < tokens.length; i++) {
      const id = wordId(tokens[i] as Token);
      const mark = id >= 0 && id < marks.length ? (marks[id] as number) : 0;
      if ((mark & ALONE) !== 0 || (afterFirst && (mark & SECOND) !== 0)) return true;
      afterFirst = (mark & FIRST) !== 0;
    }
    return false;
  }
}
