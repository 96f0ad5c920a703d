import { pointerSegments } from '../common/json-pointer.js';
import type { LineIndex } from '../diagnostics/line-index.js';
import type { NodeLocation, NodeLocations } from './types.js';

/**
 * Where every node of a YAML file is, kept as the tree itself: two offsets a
 * node (its key's, its value's) and, for a mapping or a list, its children by
 * key or index. Nothing is spelled out per node: a JSON Pointer is followed
 * down the tree when a diagnostic asks, and an offset becomes a line and
 * column only then. A file of 5,000 publications has hundreds of thousands of
 * nodes, and a pointer string and a line-and-column pair for each cost tens
 * of MB and a tenth of a load.
 */
export class LocationTree implements NodeLocations {
  readonly #keyOffsets: number[] = [];
  readonly #valueOffsets: number[] = [];
  readonly #children: (Map<string, number> | number[] | null)[] = [];
  readonly #lines: LineIndex;
  #root = -1;

  constructor(lines: LineIndex) {
    this.#lines = lines;
  }

  /** A new node: a mapping's or a list's (its children come with entry and item), or a leaf's. */
  add(kind: 'map' | 'seq' | 'leaf'): number {
    this.#keyOffsets.push(-1);
    this.#valueOffsets.push(-1);
    this.#children.push(kind === 'map' ? new Map() : kind === 'seq' ? [] : null);
    return this.#children.length - 1;
  }

  /** Where a node is: its key's offset (-1 for none) and its value's. */
  place(node: number, keyOffset: number, valueOffset: number): void {
    this.#keyOffsets[node] = keyOffset;
    this.#valueOffsets[node] = valueOffset;
  }

  root(node: number): void {
    this.#root = node;
  }

  /** The next item of a list. */
  item(list: number, node: number): void {
    (this.#children[list] as number[]).push(node);
  }

  /** A mapping's value for `key`; a key given again (an error) takes the new node, as the value does. */
  entry(map: number, key: string, node: number): void {
    (this.#children[map] as Map<string, number>).set(key, node);
  }

  get(pointer: string): NodeLocation | undefined {
    let node = this.#root;
    if (node < 0) return undefined;
    if (pointer !== '' && !pointer.startsWith('/')) return undefined;
    for (const segment of pointerSegments(pointer)) {
      const children = this.#children[node];
      let next: number | undefined;
      if (children instanceof Map) next = children.get(segment);
      else if (children) next = /^(0|[1-9]\d*)$/.test(segment) ? children[Number(segment)] : undefined;
      if (next === undefined) return undefined; // no such node, or one inside an alias, which has no places of its own
      node = next;
    }
    return this.#at(node);
  }

  valueOffsets(): number[] {
    return this.#valueOffsets.filter((o) => o >= 0).sort((a, b) => a - b);
  }

  #at(node: number): NodeLocation {
    const key = this.#keyOffsets[node]!;
    const value = this.#lines.position(this.#valueOffsets[node]!);
    return key < 0 ? { value } : { key: this.#lines.position(key), value };
  }
}
