/**
 * The intent tagger's phrase matcher: the patterns of processors/nlp/phrases.ts (same syntax, same
 * matches: every pattern at most once per start token, found in the same order), compiled into one trie
 * over shared word ids and kept in flat typed arrays. A token costs a bit test when no pattern
 * starts with its word, and a walk of a few array reads when one does: no per-pattern objects, no
 * string or Map lookups while scanning (those made the generic matcher most of the tagger's time).
 *
 * Optional slots become two branches; a gap "*N" becomes an edge that skips 0..N tokens, never a
 * sentence end. A one-slot list of alternatives becomes one edge per word, each with its own subtree.
 */
import { endsSentence, parseSlots, type Slot } from '../../nlp/phrases.js';
import { wordId, type Token } from '../../text/tokens.js';
import { WordSet } from '../../text/words.js';

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
  private compiled: CompiledTrie | undefined;

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
    this.compiled ??= compile(this.building, this.values.length);
    this.compiled.scan(tokens, (v, start, end) => onHit(this.values[v] as V, start, end));
  }
}

function newNode(): BuildNode {
  return { words: new Map(), gaps: new Map(), values: [] };
}

/** Most matches per start token that are kept (a post that exceeds it loses the rest at that token). */
const MAX_AT_START = 64;

/** The trie as typed arrays. */
class CompiledTrie {
  /** Ids that start some pattern. */
  private readonly heads = new WordSet();
  /** Child of the root by word id, or EMPTY. */
  private readonly rootChild: Int32Array;
  /** Ids on some edge below the root, and nodes with word edges: most probes of `edges` are skipped on these. */
  private readonly inner = new WordSet();
  private readonly branches: Uint8Array;
  /** Open-addressed edge table: (node, word id) -> child, in triples. */
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  /** Values ending at a node: valueIndex[valueStart[n] .. valueStart[n + 1]). */
  private readonly valueStart: Int32Array;
  private readonly valueIndex: Int32Array;
  /** Gap edges of a node: (max, child) pairs in gapList[gapStart[n] .. gapStart[n + 1]). */
  private readonly gapStart: Int32Array;
  private readonly gapList: Int32Array;
  /** Per value: the stamp of the start token it last matched at (a value is reported once per start). */
  private readonly seenAt: Int32Array;
  /** Counts start tokens over every scan, so marks never need clearing. */
  private stamp = 0;
  private readonly foundValue = new Int32Array(MAX_AT_START);
  private readonly foundEnd = new Int32Array(MAX_AT_START);
  private found = 0;
  /** Word id and "ends a sentence" of each token of the post being scanned. */
  private ids = new Int32Array(256);
  private stops = new Uint8Array(256);
  private length = 0;

  constructor(nodes: readonly BuildNode[], valueCount: number) {
    const root = nodes[0] as BuildNode;
    let maxHead = 0;
    for (const id of root.words.keys()) maxHead = Math.max(maxHead, id);
    this.rootChild = new Int32Array(maxHead + 1).fill(EMPTY);
    for (const [id, c] of root.words) {
      this.rootChild[id] = c;
      this.heads.add(id);
    }
    let edgeCount = 0;
    for (let n = 1; n < nodes.length; n++) edgeCount += (nodes[n] as BuildNode).words.size;
    let slots = 16;
    while (slots < edgeCount * 2) slots *= 2;
    this.edgeMask = slots - 1;
    this.edges = new Int32Array(slots * 3).fill(EMPTY);
    this.branches = new Uint8Array(nodes.length);
    for (let n = 1; n < nodes.length; n++) {
      for (const [id, c] of (nodes[n] as BuildNode).words) {
        this.putEdge(n, id, c);
        this.inner.add(id);
        this.branches[n] = 1;
      }
    }
    this.valueStart = new Int32Array(nodes.length + 1);
    this.gapStart = new Int32Array(nodes.length + 1);
    const values: number[] = [];
    const gaps: number[] = [];
    nodes.forEach((node, n) => {
      this.valueStart[n] = values.length;
      this.gapStart[n] = gaps.length;
      values.push(...node.values.sort((a, b) => a - b));
      for (const [max, c] of node.gaps) gaps.push(max, c);
    });
    this.valueStart[nodes.length] = values.length;
    this.gapStart[nodes.length] = gaps.length;
    this.valueIndex = Int32Array.from(values);
    this.gapList = Int32Array.from(gaps);
    this.seenAt = new Int32Array(valueCount);
  }

  private slotOf(node: number, id: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & this.edgeMask;
  }

  private putEdge(node: number, id: number, child: number): void {
    for (let s = this.slotOf(node, id); ; s = (s + 1) & this.edgeMask) {
      if (this.edges[s * 3] === EMPTY) {
        this.edges[s * 3] = node;
        this.edges[s * 3 + 1] = id;
        this.edges[s * 3 + 2] = child;
        return;
      }
    }
  }

  private edge(node: number, id: number): number {
    const edges = this.edges;
    for (let s = this.slotOf(node, id); ; s = (s + 1) & this.edgeMask) {
      const at = s * 3;
      const from = edges[at] as number;
      if (from === EMPTY) return EMPTY;
      if (from === node && edges[at + 1] === id) return edges[at + 2] as number;
    }
  }

  scan(tokens: readonly Token[], onHit: (value: number, start: number, end: number) => void): void {
    this.load(tokens);
    const n = this.length;
    const ids = this.ids;
    const rootChild = this.rootChild;
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      if (!this.heads.has(id)) continue;
      this.found = 0;
      this.stamp = (this.stamp + 1) | 0;
      this.walk(rootChild[id] as number, i + 1, this.stamp);
      this.report(i, onHit);
    }
  }

  private load(tokens: readonly Token[]): void {
    const n = tokens.length;
    if (n > this.ids.length) {
      this.ids = new Int32Array(n * 2);
      this.stops = new Uint8Array(n * 2);
    }
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      this.ids[i] = wordId(t);
      this.stops[i] = t.kind === 'punct' && endsSentence(t.norm) ? 1 : 0;
    }
    this.length = n;
  }

  /**
   * Collects the values matched from `node` at token `pos`, trying what the generic matcher tries
   * first first: consuming the next word (an optional word is taken when it is there), then fewer
   * skipped tokens for a gap, then ending; a value keeps its first match.
   */
  private walk(node: number, pos: number, stamp: number): void {
    if (pos < this.length && this.branches[node] === 1) {
      const id = this.ids[pos] as number;
      const child = this.inner.has(id) ? this.edge(node, id) : EMPTY;
      if (child !== EMPTY) this.walk(child, pos + 1, stamp);
    }
    for (let g = this.gapStart[node] as number, e = this.gapStart[node + 1] as number; g < e; g += 2) {
      const max = this.gapList[g] as number;
      const next = this.gapList[g + 1] as number;
      for (let skip = 0; skip <= max; skip++) {
        this.walk(next, pos + skip, stamp);
        if (pos + skip >= this.length || this.stops[pos + skip] === 1) break;
      }
    }
    for (let k = this.valueStart[node] as number, e = this.valueStart[node + 1] as number; k < e; k++) {
      const value = this.valueIndex[k] as number;
      if (this.seenAt[value] === stamp || this.found >= MAX_AT_START) continue;
      this.seenAt[value] = stamp;
      this.foundValue[this.found] = value;
      this.foundEnd[this.found++] = pos;
    }
  }

  /** Reports the matches at `start` in the order their patterns were added (insertion sort: there are a handful). */
  private report(start: number, onHit: (value: number, start: number, end: number) => void): void {
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
    for (let f = 0; f < count; f++) onHit(values[f] as number, start, ends[f] as number);
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

function compile(nodes: readonly BuildNode[], valueCount: number): CompiledTrie {
  return new CompiledTrie(merge(nodes), valueCount);
}
