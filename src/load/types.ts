import type { Diagnostic } from '../diagnostics/types.js';

/** A position in the source text: 1-based line and column (in UTF-16 code units), 0-based offset. */
export interface Span {
  line: number;
  col: number;
  offset: number;
}

/** Where one node of the YAML tree sits: its key (for mapping values) and its value. */
export interface NodeLocation {
  key?: Span;
  value: Span;
}

/**
 * A parsed YAML file that still knows where every node came from, so that later
 * stages can point at a line and column. `locations` is keyed by JSON Pointer
 * ("" for the root, "/sections/0/entries/2/end", with ~0 and ~1 escapes).
 */
export interface SourceDoc {
  path: string;
  text: string;
  value: unknown;
  locations: NodeLocations;
}

/** Where the nodes of a file are (load/location-tree.ts). */
export interface NodeLocations {
  /** The node at a JSON Pointer; undefined when there is none (or it lies inside an alias, which has no places of its own). */
  get(pointer: string): NodeLocation | undefined;
  /** Every node's value offset, ascending. */
  valueOffsets(): number[];
}

/** A parsed file with positions, or why it could not be read or parsed. */
export type LoadResult =
  | { ok: true; doc: SourceDoc }
  /** 'io': the file could not be read (exit 4); 'syntax': not valid UTF-8 or YAML (exit 1). */
  | {
      ok: false;
      kind: 'io' | 'syntax';
      diagnostics: Diagnostic[];
      /** The file as text to show under the diagnostics (invalid bytes escaped); empty when unreadable. */
      text: string;
    };
