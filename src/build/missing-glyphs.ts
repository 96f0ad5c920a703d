import { fallbackLine } from './font-advice.js';
import { basename } from 'node:path';
import { escapePointer } from '../common/json-pointer.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { SourceDoc } from '../load/types.js';
import type { PageTree } from '../typeset/types.js';

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every string value of the document with its JSON pointer, in document order. */
function strings(value: unknown, pointer = ''): [string, string][] {
  if (typeof value === 'string') return [[pointer, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${pointer}/${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${pointer}/${escapePointer(k)}`));
  }
  return [];
}

/** Length in the decoded string of the escape starting at text[i] (after the backslash), and its source length. */
function escapeAt(text: string, i: number): { decoded: number; source: number } {
  const c = text[i];
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hex > 0) {
    const cp = parseInt(text.slice(i + 1, i + 1 + hex), 16);
    return { decoded: cp > 0xffff ? 2 : 1, source: 1 + hex };
  }
  if (c === '\n' || c === '\r') return { decoded: 0, source: 1 }; // an escaped line break joins lines
  return { decoded: 1, source: 1 };
}

/** Source offset of decoded index `target` in the double-quoted scalar whose quote is at `quote`. */
function doubleQuotedOffset(text: string, quote: number, target: number): number {
  let decoded = 0;
  let i = quote + 1;
  while (i < text.length && text[i] !== '"') {
    if (decoded >= target) return i;
    if (text[i] === '\\') {
      const e = escapeAt(text, i + 1);
      if (decoded + e.decoded > target) return i;
      decoded += e.decoded;
      i += 1 + e.source;
    } else {
      decoded += 1;
      i += 1;
    }
  }
  return i;
}

function position(text: string, offset: number): { line: number; col: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { line: text.slice(0, offset).split('\n').length, col: offset - lineStart + 1 };
}

/**
 * Where a character of a string value sits in the source: in a double-quoted
 * scalar, at the character or the escape that spells it ("\uBC15"); in other
 * scalars, at its first literal occurrence before the next node; never in a
 * comment. Falls back to the start of the scalar.
 */
function locate(doc: SourceDoc, pointer: string, value: string, char: string, nextOffsets: number[]): { line: number; col: number } {
  const at = doc.locations.get(pointer)?.value;
  if (!at) return { line: 1, col: 1 };
  if (doc.text[at.offset] === '"') return position(doc.text, doubleQuotedOffset(doc.text, at.offset, value.indexOf(char)));
  const end = nextOffsets.find((o) => o > at.offset) ?? doc.text.length;
  const i = doc.text.indexOf(char, at.offset);
  if (i >= 0 && i < end) {
    const lineStart = doc.text.lastIndexOf('\n', i - 1) + 1;
    const inComment = doc.text.slice(Math.max(lineStart, at.offset), i).includes(' #');
    if (!inComment) return position(doc.text, i);
  }
  return { line: at.line, col: at.col };
}

/**
 * A character no font of the layout can draw is an error at each string of
 * cv.yaml that holds it, never a blank box. The typesetter knows which
 * characters; the source document knows where they are.
 */
export function missingGlyphDiagnostics(missing: PageTree['missingGlyphs'], doc: SourceDoc, layout: Layout): Diagnostic[] {
  const fonts = [layout.fonts.regular, ...layout.fonts.fallbacks].map((f) => basename(f)).join(', ');
  const values = strings(doc.value);
  const offsets = [...doc.locations.values()].map((l) => l.value.offset).sort((a, b) => a - b);
  const out: Diagnostic[] = [];
  for (const char of new Set(missing.map((m) => m.char))) {
    const cp = char.codePointAt(0) ?? 0;
    const message = `character '${char}' (${codePoint(cp)}) is in none of the fonts of layout '${layout.id}' (${fonts}); ${fallbackLine(char, layout.id, basename(layout.file))}`;
    const holders = values.filter(([, v]) => v.includes(char));
    for (const [pointer, value] of holders) out.push({ file: doc.path, ...locate(doc, pointer, value, char, offsets), severity: 'error', message });
    if (holders.length === 0) out.push({ file: doc.path, line: 1, col: 1, severity: 'error', message });
  }
  return out;
}
