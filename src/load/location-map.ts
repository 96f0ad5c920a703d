import type { LineIndex } from '../diagnostics/line-index.js';
import type { NodeLocation } from './types.js';

/**
 * Where every node of a YAML file is, by JSON Pointer: kept as two offsets a
 * node (its key's, its value's) and turned into lines and columns only for
 * the few nodes a diagnostic asks about. A file of 5,000 publications has
 * hundreds of thousands of nodes; a line-and-column object for each key and
 * value cost tens of MB and a binary search each at every load.
 */
export class LocationMap implements ReadonlyMap<string, NodeLocation> {
  readonly #slots = new Map<string, number>();
  /** Per slot: the key's offset (-1 for a node that is not a mapping value), then the value's. */
  readonly #offsets: number[] = [];
  readonly #lines: LineIndex;

  constructor(lines: LineIndex) {
    this.#lines = lines;
  }

  /**
   * Records a node; `keyOffset` -1 when it has no key. A pointer recorded
   * again (a duplicate key, which is an error) takes the new place, as Map.set
   * would; its old slot stays behind, unnamed.
   */
  record(pointer: string, keyOffset: number, valueOffset: number): void {
    this.#slots.set(pointer, this.#offsets.length >> 1);
    this.#offsets.push(keyOffset, valueOffset);
  }

  get size(): number {
    return this.#slots.size;
  }

  has(pointer: string): boolean {
    return this.#slots.has(pointer);
  }

  get(pointer: string): NodeLocation | undefined {
    const slot = this.#slots.get(pointer);
    return slot === undefined ? undefined : this.#at(slot);
  }

  *entries(): MapIterator<[string, NodeLocation]> {
    for (const [pointer, slot] of this.#slots) yield [pointer, this.#at(slot)];
  }

  keys(): MapIterator<string> {
    return this.#slots.keys();
  }

  *values(): MapIterator<NodeLocation> {
    for (const slot of this.#slots.values()) yield this.#at(slot);
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(visit: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void): void {
    for (const [pointer, slot] of this.#slots) visit(this.#at(slot), pointer, this);
  }

  #at(slot: number): NodeLocation {
    const key = this.#offsets[slot * 2]!;
    const value = this.#lines.position(this.#offsets[slot * 2 + 1]!);
    return key < 0 ? { value } : { key: this.#lines.position(key), value };
  }
}
