import { pointerSegments, valueAt } from '../common/json-pointer.js';

export { pointerSegments, valueAt };

const isIndex = (s: string | undefined): s is string => s !== undefined && /^\d+$/.test(s);

/** How to name a field in a message: "'end'", "item 2 of 'authors'", "the top level". */
export function describeField(pointer: string): string {
  const segs = pointerSegments(pointer);
  const last = segs[segs.length - 1];
  if (last === undefined) return 'the top level';
  if (isIndex(last)) {
    const parent = segs[segs.length - 2];
    return parent === undefined ? `item ${Number(last) + 1}` : `item ${Number(last) + 1} of '${parent}'`;
  }
  return `'${last}'`;
}

/**
 * How to name the object that holds a field: "education entry", "section
 * 'talks'", "the top level". People think in sections and entries, not in
 * JSON Pointers.
 */
export function describeObject(root: unknown, pointer: string): string {
  const segs = pointerSegments(pointer);
  const last = segs[segs.length - 1];
  const parent = segs[segs.length - 2];
  if (last === undefined) return 'the top level';
  if (isIndex(last) && parent === 'entries') {
    const section = valueAt(root, pointer.slice(0, pointer.lastIndexOf('/entries/')));
    const kind = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)['kind'] : undefined;
    return typeof kind === 'string' ? `${kind} entry` : 'entry';
  }
  if (isIndex(last) && parent === 'sections') {
    const section = valueAt(root, pointer);
    const id = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' ? `section '${id}'` : 'section';
  }
  if (isIndex(last)) return describeField(pointer);
  return `'${last}'`;
}

/** A value as shown inside a message: strings bare, the rest as JSON, long ones cut. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** What a JSON value is, in YAML words: "a list", "a mapping", "a number", ... */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'a mapping';
    case 'string':
      return 'a string';
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'number':
      return Number.isInteger(value) ? 'a number' : 'a decimal number';
    default:
      return typeof value;
  }
}

/** A JSON Schema type name in YAML words. */
export function describeSchemaType(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'an empty value';
    default:
      return type;
  }
}

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
