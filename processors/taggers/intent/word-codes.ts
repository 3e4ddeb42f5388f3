/**
 * What the signal reader needs of a word, read once per token: the phrase trie's head code and the
 * urgency net's vocabulary entry, side by side by word id. Two tables by word id (the trie's root
 * children and the net's entries), each read on its own walk, cost a cache miss each for most tokens
 * once the rest of the chain has run.
 */
import { WORDS } from '../../text/words.js';
import { NOT_A_HEAD } from './phrase-trie.js';

export class WordCodes {
  /** Per word id: [head code, net entry]. */
  private readonly codes: Int32Array;

  /** `headCode` and `netEntry` of every word now in the shared table; words added later have neither. */
  constructor(headCode: (id: number) => number, netEntry: (id: number) => number) {
    this.codes = new Int32Array(WORDS.size * 2);
    for (let id = 0; id < WORDS.size; id++) {
      this.codes[2 * id] = headCode(id);
      this.codes[2 * id + 1] = netEntry(id);
    }
  }

  /** Where the word's codes sit (see headAt, entryAt), or -1 for a word without them (NO_WORD included). */
  slotOf(id: number): number {
    return id >= 0 && 2 * id < this.codes.length ? 2 * id : -1;
  }

  /** The head code (PhraseTrie.headCode) at `slot`. */
  headAt(slot: number): number {
    return slot < 0 ? NOT_A_HEAD : (this.codes[slot] as number);
  }

  /** The net's vocabulary entry (UrgencyNet.entryOf) at `slot`. */
  entryAt(slot: number): number {
    return slot < 0 ? 0 : (this.codes[slot + 1] as number);
  }
}
