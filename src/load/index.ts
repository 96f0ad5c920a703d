import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { LineIndex } from '../diagnostics/line-index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { buildTree } from './build-tree.js';
import { decodeUtf8, displayText } from './decode-utf8.js';
import type { LoadResult } from './types.js';
import { readRegularFile } from '../common/read-regular-file.js';
import { heapForSource } from '../common/heap.js';

/**
 * Files above this are refused before they are read: room for a CV of 5,000
 * publications (about 2 MB) and far below what would exhaust memory. The bound
 * keeps a build's time and memory bounded (README, Reliability).
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/**
 * Reads and parses one YAML source file. Reading is separate from parsing
 * (see {@link parseSource}) so tests and `--watch` can parse bytes they
 * already have; a file that cannot be read is reported as kind 'io' so the
 * CLI can exit with 4 rather than 1.
 */
export function loadSource(path: string): LoadResult {
  const read = readRegularFile(path, MAX_SOURCE_BYTES);
  if (!read.ok) return { ok: false, kind: 'io', diagnostics: [wholeFile(path, read.message)], text: '' };
  heapForSource(read.bytes.length);
  return parseSource(path, read.bytes);
}

/**
 * Turns file bytes into a {@link SourceDoc}: strict UTF-8, one YAML 1.2 (core
 * schema) document, and the position of every node so that later stages can
 * point at the exact line and column. Never throws on bad input: invalid
 * UTF-8, YAML syntax errors, duplicate keys, unknown aliases and alias bombs
 * all come back as diagnostics.
 */
export function parseSource(path: string, bytes: Uint8Array): LoadResult {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return syntax([wholeFile(path, `file is too large (${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES})`)], '');
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const pos = new LineIndex(decoded.textBefore).position(decoded.textBefore.length);
    const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    // Only the line with the bad byte is ever shown, around it: 4 MiB of random bytes are not all rendered.
    const newline = bytes.indexOf(0x0a, decoded.byteOffset);
    const shownEnd = Math.min(newline < 0 ? bytes.length : newline, decoded.byteOffset + 1024);
    return syntax([at(path, pos.line, pos.col, `invalid UTF-8 (byte 0x${hex}); save the file as UTF-8`)], displayText(bytes.subarray(0, shownEnd)));
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lines = new LineIndex(text);

  // js-yaml refuses a NUL too, but takes a third of a second over 4 MiB of them first.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const pos = lines.position(nul);
    return syntax([at(path, pos.line, pos.col, 'invalid YAML: null byte is not allowed in input')], text);
  }
  let events: Event[];
  try {
    events = parseEvents(text, { filename: path });
  } catch (e) {
    const mark = yamlMark(e);
    if (mark === null) throw e;
    const pos = lines.position(mark.position);
    return syntax([at(path, pos.line, pos.col, `invalid YAML: ${mark.reason}${syntaxHint(lines.lineText(pos.line))}`)], text);
  }

  const tree = buildTree(events, text, lines);
  if (!tree.ok) {
    return syntax(
      tree.problems.map((p) => {
        const pos = lines.position(p.offset);
        return at(path, pos.line, pos.col, p.message);
      }),
      text,
    );
  }
  return { ok: true, doc: { path, text, value: tree.value, locations: tree.locations } };
}

function syntax(diagnostics: Diagnostic[], text: string): LoadResult {
  return { ok: false, kind: 'syntax', diagnostics, text };
}

function at(file: string, line: number, col: number, message: string): Diagnostic {
  return { file, line, col, severity: 'error', message };
}

/** A diagnostic about the file as a whole; line 0 tells the formatter there is no position to show. */
function wholeFile(file: string, message: string): Diagnostic {
  return at(file, 0, 0, message);
}

function yamlMark(e: unknown): { reason: string; position: number } | null {
  if (typeof e !== 'object' || e === null || !('reason' in e) || !('mark' in e)) return null;
  const { reason, mark } = e as { reason: unknown; mark: unknown };
  if (typeof reason !== 'string' || typeof mark !== 'object' || mark === null) return null;
  const position = (mark as { position?: unknown }).position;
  return typeof position === 'number' ? { reason, position } : null;
}

/** Hints for the two YAML traps CV text falls into: '*italic*' read as an alias, and 'Title: Subtitle' read as a nested key. */
function syntaxHint(line: string): string {
  if (/(^|[:\-,[{]\s+)\*\S/.test(line)) return "; a value starting with '*' is read as a YAML alias, so quote it if it is text";
  if (/^\s*(-\s+)?[^\s"'#][^:#]*:\s+[^\s"'|>][^#]*:(\s|$)/.test(line)) return "; put a value that contains ': ' in quotes";
  return '';
}

/**
 * The first bytes of a file as text, for telling formats apart before
 * parsing; '' for anything but a readable regular file (a FIFO or a device
 * must never be read here: that could block).
 */
export function readHead(path: string, bytes = 512): string {
  try {
    if (!statSync(path).isFile()) return '';
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const n = readSync(fd, buffer, 0, bytes, 0);
      return buffer.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}
