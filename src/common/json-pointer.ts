/** One JSON Pointer segment (RFC 6901): '~' and '/' in a key are escaped so pointers stay unambiguous. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
