/**
 * The intent tagger's phrase matcher: the patterns of processors/nlp/phrases.ts (same syntax, same
 * matches: every pattern at most once per start token, found in the same order), compiled into one trie
 * over shared word ids and kept in flat typed arrays. A token costs one compare of its head code
 * (headCode, which a caller walking the tokens anyway reads beside its own per-word data) when no
 * pattern starts with its word, and a walk of a few array reads when one does: no per-pattern
 * objects, no string or Map lookups while scanning (those made the generic matcher most of the
 * tagger's time).
 *
 * Optional slots become two branches; a gap "*N" becomes an edge that skips 0..N tokens, never a
 * sentence end. A one-slot list of alternatives becomes one edge per word, each with its own subtree.
 */
import { endsSentence, parseSlots, type Slot } from '../../nlp/phrases.js';
import { wordId, type Token } from '../../text/tokens.js';
import { WordCode, WordSet } from '../../text/words.js';

import { PairFilter } from '../../text/pair-filter.js';
import { Stamps } from '../../text/stamps.js';

export type OnTrieHit<V> = (value: V, start: number, end: number) => void;

/** A node while building: word edges, gap edges (by their maximum) and the values that end here. */
interface BuildNode {
  readonly words: Map<number, number>;
  readonly gaps: Map<number, number>;
  readonly values: number[];
}

const EMPTY = -1;

export class PhraseTrie<V> {
  private readonly values: V[] = [];
  private readonly building: BuildNode[] = [newNode()];
  private compiled: CompiledTrie<V> | undefined;
  private prepared: PreparedTokens | undefined;

  /** Compiles `pattern` (processors/nlp/phrases.ts syntax); throws NlpError NLP_DATA_INVALID on a malformed one. */
  add(pattern: string, value: V): this {
    if (this.compiled !== undefined) throw new Error('PhraseTrie.add after the first scan');
    const slots = parseSlots(pattern);
    this.values.push(value);
    this.insert(0, slots, 0, this.values.length - 1);
    return this;
  }

  private insert(node: number, slots: readonly Slot[], s: number, value: number): void {
    const slot = slots[s];
    const here = this.building[node] as BuildNode;
    if (slot === undefined) {
      if (!here.values.includes(value)) here.values.push(value);
      return;
    }
    if (slot.kind === 'gap') {
      this.insert(this.child(here.gaps, slot.max), slots, s + 1, value);
      return;
    }
    for (const id of slot.ids) this.insert(this.child(here.words, id), slots, s + 1, value);
    if (slot.optional) this.insert(node, slots, s + 1, value);
  }

  private child(edges: Map<number, number>, key: number): number {
    let c = edges.get(key);
    if (c === undefined) {
      c = this.building.length;
      this.building.push(newNode());
      edges.set(key, c);
    }
    return c;
  }

  /** Trie nodes before and after identical subtrees are merged (for tests and sizing). */
  sizes(): { readonly built: number; readonly merged: number } {
    return { built: this.building.length, merged: merge(this.building).length };
  }

  /** Every match, in order of start token; at one start, in the order the patterns were added. */
  scan(tokens: readonly Token[], onHit: OnTrieHit<V>): void {
    const prepared = this.prepared ?? new PreparedTokens();
    this.prepared = prepared;
    prepared.reset(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const id = wordId(t);
      prepared.set(i, t, id, this.headCode(id));
    }
    this.scanPrepared(prepared, onHit);
  }

  /** `scan` over tokens whose ids and head codes the caller has already read (it walks the tokens anyway). */
  scanPrepared(tokens: PreparedTokens, onHit: OnTrieHit<V>): void {
    this.compile().scan(tokens, onHit);
  }

  /**
   * What the scan needs of a token whose word id is `id`, kept in PreparedTokens.heads: NOT_A_HEAD
   * for a word that starts no pattern. Compiles the trie: add nothing after the first call.
   */
  headCode(id: number): number {
    return this.compile().headCode(id);
  }

  private compile(): CompiledTrie<V> {
    this.compiled ??= new CompiledTrie(merge(this.building), this.values);
    return this.compiled;
  }
}

/** A node with values only, no more than a start keeps (see reportLeaf). */
function isLeaf(n: BuildNode): boolean {
  return n.words.size === 0 && n.gaps.size === 0 && n.values.length <= MAX_AT_START;
}

function newNode(): BuildNode {
  return { words: new Map(), gaps: new Map(), values: [] };
}

export const NOT_AN_END = 0;
const ENDS_SENTENCE = 1;
export const ASKS = 2;
/**
 * Whether a punctuation token ends a sentence, and with a "?", kept by word id: marks repeat, and
 * reading their strings cost more than the rest of a walk over the tokens. Lower-casing neither adds
 * nor removes a "?", so the norm answers for the text as written.
 */
const SENTENCE_END = new WordCode((norm) => (!endsSentence(norm) ? NOT_AN_END : norm.includes('?') ? ASKS : ENDS_SENTENCE));

/** NOT_AN_END, ENDS_SENTENCE or ASKS (it holds a "?") for a punctuation token whose shared word id is `id`. */
export function sentenceEndOf(t: Token, id: number): number {
  return SENTENCE_END.of(id, t.norm);
}

/** PhraseTrie.headCode of a word that starts no pattern. */
export const NOT_A_HEAD = -1;

/**
 * A post's tokens as the trie reads them: word ids, head codes (PhraseTrie.headCode), and which
 * tokens end a sentence (a gap never crosses one).
 */
export class PreparedTokens {
  ids = new Int32Array(256);
  heads = new Int32Array(256);
  stops = new Uint8Array(256);
  length = 0;

  /** Makes room for `n` tokens and forgets the last post. */
  reset(n: number): void {
    if (n > this.ids.length) {
      this.ids = new Int32Array(n * 2);
      this.heads = new Int32Array(n * 2);
      this.stops = new Uint8Array(n * 2);
    }
    this.length = n;
  }

  set(i: number, t: Token, id: number, head: number): void {
    this.ids[i] = id;
    this.heads[i] = head;
    this.stops[i] = t.kind === 'punct' && sentenceEndOf(t, id) !== NOT_AN_END ? 1 : 0;
  }
}

/** Most matches per start token that are kept (a post that exceeds it loses the rest at that token). */
const MAX_AT_START = 64;
/** Per node, six numbers in one record: [values from, to), [word edge pairs from, to), [gap edges from, to). */
const STRIDE = 6;
/** Above this many word edges a node is searched by halves rather than in order. */
const LINEAR_EDGES = 8;
/**
 * Flags on a first-level child in `rootChild`: SHALLOW for a node without gap edges and with no more
 * values than a start keeps, ENDS for one that ends some pattern. Node ids stay below both bits.
 */
const SHALLOW = 1 << 30;
const ENDS = 1 << 29;
const NODE_BITS = ENDS - 1;

/** The trie as typed arrays. */
class CompiledTrie<V> {
  /** Ids that start some pattern. */
  private readonly heads = new WordSet();
  /**
   * Child of the root by word id (read only for heads, when a caller asks for a word's headCode), as
   * ~child for a leaf: a node with values only (no word or gap edges), whose matches are known without
   * a walk. Child ids are positive, so the sign tells a leaf without reading another array (and ~child
   * is never NOT_A_HEAD). Other children carry the SHALLOW and ENDS flags.
   */
  private readonly rootChild: Int32Array;
  /** (head id, word id) for every word edge of a SHALLOW first-level node. */
  private readonly follows: PairFilter;
  /** Ids on some edge below the root: most edge searches end on this bit test. */
  private readonly inner = new WordSet();
  private readonly node: Int32Array;
  /** Word edges as (word id, child) pairs, each node's sorted by word id: a probe and its child share a cache line. */
  private readonly edges: Int32Array;
  private readonly valueIndex: Int32Array;
  /** values[valueIndex[k]] for each k: a leaf's values are reported from the same span of memory. */
  private readonly valueAt: V[];
  /** Gap edges as (max, child) pairs. */
  private readonly gapList: Int32Array;
  /** The values matched from the current start token (a value is reported once per start). */
  private readonly seenAt: Stamps;
  private readonly foundValue = new Int32Array(MAX_AT_START);
  private readonly foundEnd = new Int32Array(MAX_AT_START);
  private found = 0;
  /** The post being scanned. */
  private ids = new Int32Array(0);
  private stops = new Uint8Array(0);
  private length = 0;

  constructor(
    nodes: readonly BuildNode[],
    private readonly values: readonly V[],
  ) {
    const root = nodes[0] as BuildNode;
    let maxHead = 0;
    for (const id of root.words.keys()) maxHead = Math.max(maxHead, id);
    if (nodes.length > NODE_BITS) throw new Error('PhraseTrie: too many nodes');
    this.rootChild = new Int32Array(maxHead + 1).fill(EMPTY);
    let pairs = 0;
    for (const c of root.words.values()) pairs += (nodes[c] as BuildNode).words.size;
    this.follows = new PairFilter(pairs);
    for (const [id, c] of root.words) {
      this.rootChild[id] = this.firstLevel(id, c, nodes[c] as BuildNode);
      this.heads.add(id);
    }
    this.node = new Int32Array(nodes.length * STRIDE);
    const ending: number[] = [];
    const edges: number[] = [];
    const gaps: number[] = [];
    nodes.forEach((n, i) => {
      const at = i * STRIDE;
      this.node[at] = ending.length;
      ending.push(...n.values.sort((a, b) => a - b));
      this.node[at + 1] = ending.length;
      this.node[at + 2] = edges.length;
      if (i > 0) {
        for (const [id, c] of [...n.words].sort((a, b) => a[0] - b[0])) {
          edges.push(id, c);
          this.inner.add(id);
        }
      }
      this.node[at + 3] = edges.length;
      this.node[at + 4] = gaps.length;
      for (const [max, c] of n.gaps) gaps.push(max, c);
      this.node[at + 5] = gaps.length;
    });
    this.valueIndex = Int32Array.from(ending);
    this.valueAt = ending.map((v) => values[v] as V);
    this.edges = Int32Array.from(edges);
    this.gapList = Int32Array.from(gaps);
    this.seenAt = new Stamps(values.length);
  }

  /** How `rootChild` holds the first-level node `c` reached by word `head` (see SHALLOW). */
  private firstLevel(head: number, c: number, n: BuildNode): number {
    if (isLeaf(n)) return ~c;
    if (n.gaps.size > 0 || n.values.length > MAX_AT_START) return c;
    for (const id of n.words.keys()) this.follows.add(head, id);
    return c | SHALLOW | (n.values.length > 0 ? ENDS : 0);
  }

  /** The child by word `id` among the edge pairs [from, to) of one node, or EMPTY. */
  private edge(from: number, to: number, id: number): number {
    const edges = this.edges;
    if (to - from <= 2 * LINEAR_EDGES) {
      for (let e = from; e < to; e += 2) if (edges[e] === id) return edges[e + 1] as number;
      return EMPTY;
    }
    let lo = 0;
    let hi = (to - from) / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = from + 2 * mid;
      const w = edges[at] as number;
      if (w === id) return edges[at + 1] as number;
      if (w < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  }

  /** The root's child by word `id` with its flags (see rootChild), or NOT_A_HEAD. */
  headCode(id: number): number {
    return this.heads.has(id) ? (this.rootChild[id] as number) : NOT_A_HEAD;
  }

  scan(tokens: PreparedTokens, onHit: OnTrieHit<V>): void {
    this.ids = tokens.ids;
    this.stops = tokens.stops;
    const n = (this.length = tokens.length);
    const ids = this.ids;
    const codes = tokens.heads;
    // A field read per token, held in a local: the loop would reload it from `this` each time.
    const follows = this.follows;
    for (let i = 0; i < n; i++) {
      const child = codes[i] as number;
      if (child === NOT_A_HEAD) continue;
      const id = ids[i] as number;
      const node = child & NODE_BITS;
      if (child < 0) this.reportLeaf(~child, i, onHit);
      else if ((child & SHALLOW) !== 0 && (i + 1 >= n || !follows.has(id, ids[i + 1] as number))) {
        // No word edge takes the next token and there is no gap: the walk would find the node's own
        // values, ending here, as a leaf's.
        if ((child & ENDS) !== 0) this.reportLeaf(node, i, onHit);
      } else if (this.canGoOn(node, i + 1)) {
        this.found = 0;
        this.seenAt.next();
        this.walk(node, i + 1);
        if (this.found > 0) this.report(i, onHit);
      }
    }
  }

  /**
   * A leaf's values, each matching the one token at `start`: what `walk` then `report` give (the
   * node's values are distinct and stored sorted, and there are no more than MAX_AT_START of them).
   */
  private reportLeaf(node: number, start: number, onHit: OnTrieHit<V>): void {
    const at = node * STRIDE;
    const info = this.node;
    const valueAt = this.valueAt;
    for (let k = info[at] as number, e = info[at + 1] as number; k < e; k++) onHit(valueAt[k] as V, start, start + 1);
  }

  /**
   * False when a walk from `node` at `pos` can find nothing: the node ends no pattern, has no gap,
   * and the token at `pos` is on none of its word edges (most heads are common words that end here).
   */
  private canGoOn(node: number, pos: number): boolean {
    const at = node * STRIDE;
    const info = this.node;
    if ((info[at + 1] as number) > (info[at] as number) || (info[at + 5] as number) > (info[at + 4] as number)) return true;
    if (pos >= this.length) return false;
    const id = this.ids[pos] as number;
    return this.inner.has(id) && this.edge(info[at + 2] as number, info[at + 3] as number, id) !== EMPTY;
  }

  /**
   * Collects the values matched from `node` at token `pos`, trying what the generic matcher tries
   * first first: consuming the next word (an optional word is taken when it is there), then fewer
   * skipped tokens for a gap, then ending; a value keeps its first match.
   */
  private walk(node: number, pos: number): void {
    const at = node * STRIDE;
    const info = this.node;
    const edgesFrom = info[at + 2] as number;
    const edgesTo = info[at + 3] as number;
    if (edgesTo > edgesFrom && pos < this.length) {
      const id = this.ids[pos] as number;
      const child = this.inner.has(id) ? this.edge(edgesFrom, edgesTo, id) : EMPTY;
      if (child !== EMPTY) this.walk(child, pos + 1);
    }
    for (let g = info[at + 4] as number, e = info[at + 5] as number; g < e; g += 2) {
      const max = this.gapList[g] as number;
      const next = this.gapList[g + 1] as number;
      for (let skip = 0; skip <= max; skip++) {
        this.walk(next, pos + skip);
        if (pos + skip >= this.length || this.stops[pos + skip] === 1) break;
      }
    }
    for (let k = info[at] as number, e = info[at + 1] as number; k < e; k++) {
      const value = this.valueIndex[k] as number;
      if (this.found >= MAX_AT_START || !this.seenAt.add(value)) continue;
      this.foundValue[this.found] = value;
      this.foundEnd[this.found++] = pos;
    }
  }

  /** Reports the matches at `start` in the order their patterns were added (insertion sort: there are a handful). */
  private report(start: number, onHit: OnTrieHit<V>): void {
    const count = this.found;
    const values = this.foundValue;
    const ends = this.foundEnd;
    for (let a = 1; a < count; a++) {
      const v = values[a] as number;
      const e = ends[a] as number;
      let b = a - 1;
      for (; b >= 0 && (values[b] as number) > v; b--) {
        values[b + 1] = values[b] as number;
        ends[b + 1] = ends[b] as number;
      }
      values[b + 1] = v;
      ends[b + 1] = e;
    }
    for (let f = 0; f < count; f++) onHit(this.values[values[f] as number] as V, start, ends[f] as number);
  }
}

/**
 * Merges identical subtrees (the alternatives of a slot all grow the same one), children before
 * parents, so the tables the scan reads stay small enough for the processor's caches. Returns the
 * merged nodes, the root first.
 */
function merge(nodes: readonly BuildNode[]): BuildNode[] {
  const canon = new Int32Array(nodes.length);
  const bySignature = new Map<string, number>();
  const merged: BuildNode[] = [];
  // Children are always created after their parent: walking backwards meets them first.
  for (let n = nodes.length - 1; n >= 0; n--) {
    const node = nodes[n] as BuildNode;
    const words = [...node.words].map(([id, c]) => [id, canon[c] as number] as const).sort((a, b) => a[0] - b[0]);
    const gaps = [...node.gaps].map(([max, c]) => [max, canon[c] as number] as const).sort((a, b) => a[0] - b[0]);
    const values = [...node.values].sort((a, b) => a - b);
    const signature = `${values.join(',')}|${words.join(';')}|${gaps.join(';')}`;
    let id = n === 0 ? undefined : bySignature.get(signature);
    if (id === undefined) {
      id = merged.length;
      merged.push({ words: new Map(words), gaps: new Map(gaps), values });
      bySignature.set(signature, id);
    }
    canon[n] = id;
  }
  // Renumber so the root is 0.
  const order = merged.map((_, i) => merged.length - 1 - i);
  const renumber = (i: number) => merged.length - 1 - i;
  return order.map((i) => {
    const node = merged[i] as BuildNode;
    return {
      words: new Map([...node.words].map(([id, c]) => [id, renumber(c)])),
      gaps: new Map([...node.gaps].map(([max, c]) => [max, renumber(c)])),
      values: node.values,
    };
  });
}
