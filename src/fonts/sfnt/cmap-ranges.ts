import { tableDirectory, view } from './read-sfnt.js';

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
/** fontkit's order: 32-bit Unicode subtables first, then 16-bit ones. */
const PREFERRED: readonly (readonly [number, number])[] = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];

export function cmapRanges(bytes: Uint8Array): [number, number][] | undefined {
  const cmap = tableDirectory(bytes)?.get('cmap');
  if (!cmap) return undefined;
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
      if (format === 4) return format4(v, offset);
      if (format === 12) return format12(v, offset);
      return undefined;
    }
  }
  return undefined;
}

/** Segment mapping to delta values (BMP): fontkit's lookup, segment by segment. */
function format4(v: DataView, at: number): [number, number][] | undefined {
  if (at + 14 > v.byteLength) return undefined;
  const segCount = v.getUint16(at + 6) >> 1;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphIds = rangeOffsets + segCount * 2;
  if (glyphIds > v.byteLength) return undefined;
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
  if (at + 16 > v.byteLength) return undefined;
  const groups = v.getUint32(at + 12);
  if (at + 16 + groups * 12 > v.byteLength) return undefined;
  const cps: number[] = [];
  for (let g = 0; g < groups; g++) {
    const p = at + 16 + g * 12;
    const first = v.getUint32(p);
    const last = v.getUint32(p + 4);
    const glyph = v.getUint32(p + 8);
    if (last - first > 0x10ffff) return undefined;
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
