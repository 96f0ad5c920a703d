import { escapePointer } from '../common/json-pointer.js';
/**
 * Visits every node of a parsed document with its JSON Pointer, made only
 * when a visitor asks (most nodes have nothing to report; call it during the
 * visit, it reads the walk's current place). Aliased nodes are visited once
 * per place they appear, which the loader's alias budget keeps bounded.
 */
export function walk(value: unknown, visit: (node: unknown, pointer: () => string) => void): void {
  const path: string[] = [];
  const pointer = (): string => path.map((segment) => `/${escapePointer(segment)}`).join('');
  const go = (node: unknown): void => {
    visit(node, pointer);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        go(node[i]);
        path.pop();
      }
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        path.push(key);
        go(record[key]);
        path.pop();
      }
    }
  };
  go(value);
}

/** The value as a string-keyed record, or undefined when it is not a mapping. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
