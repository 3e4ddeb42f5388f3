/** A token sequence whose valence replaces its parts' ("not fit for purpose", "waste collection"). */
export interface Phrase {
  readonly length: number;
  /** The alternatives at each position as shared word ids (text/words.ts), compared with the items' ids. */
  readonly ids: readonly (readonly number[])[];
  readonly valence: number;
}

/**
 * The phrases packed into one Int32Array, each first key's list (longest first) laid out in a run,
 * so matching reads a few consecutive cache lines where Phrase objects cost a chain of dependent
 * loads (list, phrase, ids, alternatives). A list's run is its phrase count, then per phrase:
 *   length, index of its valence in `valences`, offset of the next phrase (so a failed match
 *   skips the rest), then for each position after the first (the first is the list's key) the
 *   number of alternatives and their word ids.
 * A phrase with several first words is laid out once in each of their lists.
 */
export interface PhraseCode {
  readonly code: Int32Array;
  readonly valences: Float64Array;
}

/** Packs `lists`; returns the code and the offset of each list's run in it, in the lists' order. */
export function packPhrases(lists: readonly (readonly Phrase[])[]): { code: PhraseCode; starts: number[] } {
  const out: number[] = [];
  const valences: number[] = [];
  const starts: number[] = [];
  for (const list of lists) {
    starts.push(out.length);
    out.push(list.length);
    for (const p of list) {
      const positions = p.ids.slice(1).flatMap((alts) => [alts.length, ...alts]);
      out.push(p.length, valences.length, out.length + 3 + positions.length, ...positions);
      valences.push(p.valence);
    }
  }
  return { code: { code: Int32Array.from(out), valences: Float64Array.from(valences) }, starts };
}

/** The phrases of the run at `start`, unpacked (for checks; the rules read the code in place). */
export function unpackRun(pc: PhraseCode, first: number, start: number): Phrase[] {
  const { code } = pc;
  const phrases: Phrase[] = [];
  let q = start + 1;
  for (let c = code[start] as number; c > 0; c--) {
    const length = code[q] as number;
    const valence = pc.valences[code[q + 1] as number] as number;
    q += 3;
    const ids: number[][] = [[first]];
    for (let j = 1; j < length; j++) {
      const count = code[q] as number;
      ids.push(Array.from(code.subarray(q + 1, q + 1 + count)));
      q += 1 + count;
    }
    phrases.push({ length, ids, valence });
  }
  return phrases;
}
