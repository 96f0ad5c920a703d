import { tableDirectory, view } from './read-sfnt.js';

/** fontkit's order: 32-bit Unicode subtables first, then 16-bit ones. */
const PREFERRED: readonly (readonly [number, number])[] = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];

/**
 * The code points a font file has a glyph for, read straight from its cmap:
 * what `cv validate`'s glyph check needs, without hashing the file to find its
 * width table (the sha256 of five faces and loading node:crypto were ~10 ms of
 * a validate). The same subtable fontkit 2.0.4 picks (its preference order),
 * and the same answer as fontkit's characterSet filtered by
 * glyphForCodePoint(cp).id !== 0, which the width tables store (a test
 * compares both for every bundled and fixture face). Formats 4 and 12 only;
 * anything else gives undefined and the caller asks the width table.
 */
export function cmapRanges(bytes: Uint8Array): [number, number][] | undefined {
  const cmap = tableDirectory(bytes)?.get('cmap');
  const sub = cmap && preferredSubtable(cmap);
  if (sub === undefined) return undefined;
  return sub.format === 4 ? format4(sub.v, sub.at) : format12(sub.v, sub.at);
}

/**
 * Whether the font has a glyph for a code point, looked up in the same cmap
 * subtable as cmapRanges and the way fontkit looks it up (a binary search of
 * the segments), with nothing read in advance: the glyph check of `cv
 * validate` asks a few hundred code points per face, fewer than a subtable
 * has. undefined where cmapRanges gives undefined.
 */
export function cmapLookup(bytes: Uint8Array): ((cp: number) => boolean) | undefined {
  const cmap = tableDirectory(bytes)?.get('cmap');
  return cmap && cmapTableLookup(cmap);
}

/** cmapLookup from the cmap table's own bytes (read alone from the file: see read-table.ts). */
export function cmapTableLookup(cmap: Uint8Array): ((cp: number) => boolean) | undefined {
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

/** Whether a format 4 subtable's arrays lie inside the table (what format4 reads as undefined otherwise). */
function format4Readable(v: DataView, at: number): boolean {
  return at + 14 <= v.byteLength && at + 16 + (v.getUint16(at + 6) >> 1) * 8 <= v.byteLength;
}

/** Whether a format 12 subtable's groups lie inside the table and none is wider than Unicode (format12's undefined). */
function format12Readable(v: DataView, at: number): boolean {
  if (at + 16 > v.byteLength) return false;
  const groups = v.getUint32(at + 12);
  if (at + 16 + groups * 12 > v.byteLength) return false;
  for (let g = 0; g < groups; g++) if (v.getUint32(at + 16 + g * 12 + 4) - v.getUint32(at + 16 + g * 12) > 0x10ffff) return false;
  return true;
}

/** Segment mapping to delta values (BMP): fontkit's lookup, segment by segment. */
function format4(v: DataView, at: number): [number, number][] | undefined {
  if (!format4Readable(v, at)) return undefined;
  const segCount = v.getUint16(at + 6) >> 1;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphIds = rangeOffsets + segCount * 2;
  const cps: number[] = [];
  for (let s = 0; s < segCount; s++) {
    const start = v.getUint16(starts + s * 2);
    const end = v.getUint16(ends + s * 2);
    const delta = v.getInt16(deltas + s * 2);
    const rangeOffset = v.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = cp + delta;
      else {
        const index = rangeOffset / 2 + (cp - start) - (segCount - s);
        const pos = glyphIds + index * 2;
        gid = pos >= glyphIds && pos + 2 <= v.byteLength ? v.getUint16(pos) : 0;
        if (gid !== 0) gid += delta;
      }
      if ((gid & 0xffff) !== 0) cps.push(cp);
    }
  }
  return toRanges(cps);
}

/** Segmented coverage (all planes): a group maps a run of code points to consecutive glyphs. */
function format12(v: DataView, at: number): [number, number][] | undefined {
  if (!format12Readable(v, at)) return undefined;
  const groups = v.getUint32(at + 12);
  const cps: number[] = [];
  for (let g = 0; g < groups; g++) {
    const p = at + 16 + g * 12;
    const first = v.getUint32(p);
    const last = v.getUint32(p + 4);
    const glyph = v.getUint32(p + 8);
    for (let cp = first; cp <= last; cp++) if (glyph + (cp - first) !== 0) cps.push(cp);
  }
  return toRanges(cps);
}

/** Code points (in any order, repeats allowed) as sorted [first, last] ranges, as the width table stores coverage. */
export function toRanges(codePoints: number[]): [number, number][] {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= cp - 1) last[1] = Math.max(last[1], cp);
    else ranges.push([cp, cp]);
  }
  return ranges;
}
