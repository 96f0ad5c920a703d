import { view } from './read-sfnt.js';

/** fontkit's order: 32-bit Unicode subtables first, then 16-bit ones. */
const PREFERRED: readonly (readonly [number, number])[] = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];

/**
 * Whether a face has a glyph for a code point, looked up in its cmap table
 * (its bytes alone: see read-table.ts) the way fontkit 2.0.4 looks it up:
 * the subtable it picks (its preference order), a binary search of the
 * segments. Nothing is read in advance: the glyph check of `cv validate` asks
 * a few hundred code points per face, fewer than a subtable has, and never
 * hashes a font to find its width table. The answer is fontkit's
 * characterSet less the code points whose glyph is .notdef, which the width
 * tables store (a test compares both for every bundled and fixture face).
 * Formats 4 and 12 only; anything else gives undefined and the caller asks
 * the width table.
 */
export function cmapLookup(cmap: Uint8Array): ((cp: number) => boolean) | undefined {
  const sub = preferredSubtable(cmap);
  if (sub === undefined || !(sub.format === 4 ? format4Readable(sub.v, sub.at) : format12Readable(sub.v, sub.at))) return undefined;
  return sub.format === 4 ? (cp) => format4Glyph(sub.v, sub.at, cp) !== 0 : (cp) => format12Glyph(sub.v, sub.at, cp) !== 0;
}

/** The first subtable of a cmap table in fontkit's order, when it is of format 4 or 12. */
function preferredSubtable(cmap: Uint8Array): { v: DataView; at: number; format: 4 | 12 } | undefined {
  const v = view(cmap);
  if (v.byteLength < 4) return undefined;
  const count = v.getUint16(2);
  if (4 + count * 8 > v.byteLength) return undefined;
  for (const [platform, encoding] of PREFERRED) {
    for (let i = 0; i < count; i++) {
      const at = 4 + i * 8;
      if (v.getUint16(at) !== platform || v.getUint16(at + 2) !== encoding) continue;
      const offset = v.getUint32(at + 4);
      if (offset + 2 > v.byteLength) return undefined;
      const format = v.getUint16(offset);
      return format === 4 || format === 12 ? { v, at: offset, format } : undefined;
    }
  }
  return undefined;
}

/** fontkit's format 4 lookup: the segment whose range holds cp, found by binary search. */
function format4Glyph(v: DataView, at: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const segCount = v.getUint16(at + 6) >> 1;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphIds = rangeOffsets + segCount * 2;
  let lo = 0;
  let hi = segCount - 1;
  while (lo <= hi) {
    const s = (lo + hi) >> 1;
    if (cp < v.getUint16(starts + s * 2)) hi = s - 1;
    else if (cp > v.getUint16(ends + s * 2)) lo = s + 1;
    else {
      const delta = v.getInt16(deltas + s * 2);
      const rangeOffset = v.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const pos = glyphIds + (rangeOffset / 2 + (cp - v.getUint16(starts + s * 2)) - (segCount - s)) * 2;
      const gid = pos >= glyphIds && pos + 2 <= v.byteLength ? v.getUint16(pos) : 0;
      return gid === 0 ? 0 : (gid + delta) & 0xffff;
    }
  }
  return 0;
}

/** fontkit's format 12 lookup: the group holding cp, found by binary search. */
function format12Glyph(v: DataView, at: number, cp: number): number {
  let lo = 0;
  let hi = v.getUint32(at + 12) - 1;
  while (lo <= hi) {
    const g = (lo + hi) >> 1;
    const p = at + 16 + g * 12;
    if (cp < v.getUint32(p)) hi = g - 1;
    else if (cp > v.getUint32(p + 4)) lo = g + 1;
    else return v.getUint32(p + 8) + (cp - v.getUint32(p));
  }
  return 0;
}

/** Whether a format 4 subtable's arrays lie inside the table. */
function format4Readable(v: DataView, at: number): boolean {
  return at + 14 <= v.byteLength && at + 16 + (v.getUint16(at + 6) >> 1) * 8 <= v.byteLength;
}

/** Whether a format 12 subtable's groups lie inside the table and none is wider than Unicode (fontkit's characterSet would list it all). */
function format12Readable(v: DataView, at: number): boolean {
  if (at + 16 > v.byteLength) return false;
  const groups = v.getUint32(at + 12);
  if (at + 16 + groups * 12 > v.byteLength) return false;
  for (let g = 0; g < groups; g++) if (v.getUint32(at + 16 + g * 12 + 4) - v.getUint32(at + 16 + g * 12) > 0x10ffff) return false;
  return true;
}
