/** One JSON Pointer segment (RFC 6901): '~' and '/' in a key are escaped so pointers stay unambiguous. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON Pointer into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON Pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointerSegments(pointer)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
