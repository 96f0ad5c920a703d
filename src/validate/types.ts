import type { Diagnostic } from '../diagnostics/types.js';
import type { NodeLocation } from '../load/types.js';

/**
 * A problem found in a document, addressed by JSON Pointer rather than by
 * line and column: checks reason about the data, and `validateDocument`
 * alone turns pointers into positions.
 */
export interface Finding {
  pointer: string;
  severity: Diagnostic['severity'];
  message: string;
  /** Point at the node's key (e.g. unknown keys) instead of its value. Default 'value'. */
  at?: 'key' | 'value';
  /** UTF-16 offset inside a string value (e.g. where inline markup breaks), when it can be shown. */
  offset?: number;
  /** A schema error at the same node says the same thing less well; drop it. */
  supersedesSchema?: boolean;
}

/** A node that matched a schema definition with a role. */
export interface RoleHit {
  role: string;
  value: unknown;
}

/** What a semantic check sees: the parsed value, its positions, and the schema roles of its strings. */
export interface CheckInput {
  value: unknown;
  /** JSON Pointer -> role (e.g. 'markup', 'url') and value of every node whose schema definition has a role. */
  roles: ReadonlyMap<string, RoleHit>;
  locate(pointer: string): NodeLocation | undefined;
}

/** A semantic rule the JSON Schema cannot express. Must tolerate values that failed the schema. */
export type Check = (input: CheckInput) => Finding[];

/** Result of validating any document (cv.yaml, a layout): warnings may come with success. */
export type DocumentResult =
  | { ok: true; value: unknown; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };
