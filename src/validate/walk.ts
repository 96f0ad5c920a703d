import { escapePointer } from '../common/json-pointer.js';
/**
 * Visits every node of a parsed document with its JSON Pointer. Aliased
 * nodes are visited once per place they appear, which the loader's alias
 * budget keeps bounded.
 */
export function walk(value: unknown, visit: (node: unknown, pointer: string) => void, pointer = ''): void {
  visit(value, pointer);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, visit, `${pointer}/${i}`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      walk(child, visit, `${pointer}/${escapePointer(key)}`);
    }
  }
}

/** The value as a string-keyed record, or undefined when it is not a mapping. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
