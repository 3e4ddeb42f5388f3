import { wordId, type Token } from '../../text/tokens.js';
import { WordFlag, WordSet } from '../../text/words.js';
import type { CompiledPattern } from './compile.js';
import { normaliseWord } from './terms.js';

/**
 * What a token following a phrase's first word must be for any phrase to go on: most tokens after
 * "road", "council" or "the" are no pattern's second element, and one bit says so before the
 * candidates are looked up or tried one by one.
 */
export class Followers {
  /** Shared word ids of every whole-word second element. */
  private readonly exact = new WordSet();
  /** Every second element that is a prefix ("road surface*"). */
  private readonly stems: string[] = [];
  private readonly startsStem: WordFlag;

  constructor(patterns: readonly CompiledPattern[]) {
    for (const p of patterns) {
      const second = p.elements[1];
      if (second === undefined) continue;
      if (second.prefix) this.stems.push(second.text);
      else this.exact.add(p.ids[1] as number);
    }
    this.startsStem = new WordFlag((norm) => this.stems.some((stem) => normaliseWord(norm).startsWith(stem)));
  }

  /** Whether a whole-word second element can have this straight word id (compile.ts elementMatches). */
  mayBe(straightId: number): boolean {
    return this.exact.has(straightId);
  }

  /**
   * False when the token starts no prefix second element (elementMatches compares its norm with
   * curly apostrophes made straight): the candidates with one would all fail on it. A word outside
   * the table is not worked out: its candidates are tried.
   */
  mayStartStem(t: Token): boolean {
    const id = wordId(t);
    return id < 0 || this.startsStem.of(id, t.norm);
  }
}
