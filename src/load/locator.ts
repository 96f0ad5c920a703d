import { LineIndex } from '../diagnostics/line-index.js';
import { escapePointer, valueAt } from '../common/json-pointer.js';
import type { NodeLocation, SourceDoc, Span } from './types.js';

const FIRST: Span = { line: 1, col: 1, offset: 0 };

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

/** Every string value of a tree with its JSON pointer, in document order. */
export function stringValues(value: unknown, pointer = ''): [string, string][] {
  if (typeof value === 'string') return [[pointer, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringValues(v, `${pointer}/${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringValues(v, `${pointer}/${escapePointer(k)}`));
  }
  return [];
}

/**
 * The one place that turns a JSON pointer, an offset inside a string value or
 * a character into a line and column of the source file, for every
 * diagnostic of every stage. Built once per document.
 */
export class SourceLocator {
  readonly #doc: SourceDoc;
  #lines: LineIndex | undefined;
  #valueOffsets: number[] | undefined;

  constructor(doc: SourceDoc) {
    this.#doc = doc;
  }

  /** The location of a pointer, or of its nearest ancestor (nodes reached through an alias have none of their own). */
  node(pointer: string): NodeLocation | undefined {
    let p = pointer;
    for (;;) {
      const loc = this.#doc.locations.get(p);
      if (loc !== undefined || p === '') return loc;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Where a pointer's key or value is, or a character offset inside its
   * string value. An offset is shown exactly when the source spells the
   * string the same way up to it on one line (plain or simply quoted text);
   * otherwise the start of the value is the honest answer.
   */
  at(pointer: string, where: { key?: boolean; offset?: number } = {}): Span {
    const loc = this.node(pointer);
    if (loc === undefined) return FIRST;
    if (where.key === true && loc.key !== undefined) return loc.key;
    const span = loc.value;
    if (where.offset === undefined || where.offset <= 0) return span;
    const text = valueAt(this.#doc.value, pointer);
    if (typeof text !== 'string') return span;
    const source = this.#doc.text;
    const quote = source[span.offset];
    const start = span.offset + (quote === '"' || quote === "'" ? 1 : 0);
    const prefix = text.slice(0, where.offset);
    if (prefix.includes('\n') || source.slice(start, start + prefix.length) !== prefix) return span;
    const shift = start - span.offset + prefix.length;
    return { line: span.line, col: span.col + shift, offset: span.offset + shift };
  }

  /**
   * Where a character of a string value is written: in a double-quoted
   * scalar, at the character or the escape that spells it ("\uBC15"); in
   * other scalars, at its first literal occurrence before the next node;
   * never in a comment. Falls back to the start of the scalar.
   */
  char(pointer: string, char: string): Span {
    const doc = this.#doc;
    const at = doc.locations.get(pointer)?.value;
    if (!at) return FIRST;
    const value = valueAt(doc.value, pointer);
    if (doc.text[at.offset] === '"' && typeof value === 'string') return this.offset(doubleQuotedOffset(doc.text, at.offset, value.indexOf(char)));
    this.#valueOffsets ??= doc.locations.valueOffsets();
    const end = this.#valueOffsets.find((o) => o > at.offset) ?? doc.text.length;
    const i = doc.text.indexOf(char, at.offset);
    if (i >= 0 && i < end) {
      const lineStart = doc.text.lastIndexOf('\n', i - 1) + 1;
      const inComment = doc.text.slice(Math.max(lineStart, at.offset), i).includes(' #');
      if (!inComment) return this.offset(i);
    }
    return at;
  }

  /** Line and column of an offset in the source text. */
  offset(offset: number): Span {
    this.#lines ??= new LineIndex(this.#doc.text);
    return this.#lines.position(offset);
  }
}
