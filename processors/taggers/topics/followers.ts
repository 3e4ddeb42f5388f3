import { WordSet } from '../../text/words.js';
import type { CompiledPattern } from './compile.js';
import { startsWithStem } from './element-match.js';

/**
 * What a token following a phrase's first word must be for any phrase to go on: most tokens after
 * "road", "council" or "the" are no pattern's second element (word-roles.ts keeps the answers by
 * word id).
 */
export class Followers {
  /** Shared word ids of every whole-word second element. */
  private readonly exact = new WordSet();
  /** Every second element that is a prefix ("road surface*"). */
  private readonly stems: string[] = [];

  constructor(patterns: readonly CompiledPattern[]) {
    for (const p of patterns) {
      const second = p.elements[1];
      if (second === undefined) continue;
      if (second.prefix) this.stems.push(second.text);
      else this.exact.add(p.ids[1] as number);
    }
  }

  /** Whether a whole-word second element can have this straight word id (compile.ts elementMatches). */
  mayBe(straightId: number): boolean {
    return this.exact.has(straightId);
  }

  /** Whether a token with this norm starts some prefix second element (compile.ts elementMatches). */
  startsStem(norm: string): boolean {
    return this.stems.some((stem) => startsWithStem(norm, stem));
  }
}
