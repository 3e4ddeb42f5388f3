/**
 * The ways posts write one place name ("Exeter", "EXETER", "exeter"), each given a number so that
 * memo keys can hold the mention as written without hashing its text. Bounded per name: a name
 * written more ways than that gets a fresh number for each further mention (never one handed out
 * before, so a key holding it can only miss).
 */
const MAX_SPELLINGS = 8;

/** Shared by every name: a number names one spelling of one name. */
let spellingCount = 0;

export class Spellings {
  private readonly known: string[] = [];
  private readonly ids: number[] = [];

  /** The number of `text` as a spelling of this name. */
  idOf(text: string): number {
    // A hand loop: Array#indexOf goes through a generic builtin for every spelling compared.
    const known = this.known;
    for (let k = 0; k < known.length; k++) if (known[k] === text) return this.ids[k] as number;
    const id = spellingCount++;
    if (this.known.length < MAX_SPELLINGS) {
      this.known.push(text);
      this.ids.push(id);
    }
    return id;
  }
}
