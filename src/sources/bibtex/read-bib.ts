import { parse } from '@retorquere/bibtex-parser';
import type { Entry } from '@retorquere/bibtex-parser';
import { nameKey } from '../../common/names.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { PublicationEntry } from '../../validate/raw-cv.js';
import { Located } from '../located.js';
import type { Owner } from './authors.js';
import { entryToPublication } from './entry-to-publication.js';

/** One imported entry with its BibTeX key and where it starts in the .bib. */
export interface BibPublication {
  key: string;
  offset: number;
  publication: PublicationEntry;
  /** The authors of this entry that look like the owner (same family name, compatible given names). */
  ownerSpellings: string[];
}

export interface BibRead {
  publications: BibPublication[];
  /** Spellings of the owner found in the file that are neither the name nor a known alias, in order of appearance. */
  newAliases: string[];
  /** Errors name entries that were skipped; the others were imported all the same. */
  diagnostics: Diagnostic[];
}

/**
 * Reads a .bib into publications with every problem at its line:col. The
 * parser goes on past a broken entry; that entry is reported and skipped,
 * the rest import. LaTeX becomes Unicode and titles keep their case exactly
 * (no sentence-casing, case-protection braces dropped).
 */
export function readBib(text: string, path: string, owner: Owner | undefined, options: { reportUnplaced?: boolean } = {}): BibRead {
  const at = new Located(path, text);
  const lib = parse(text, { english: false, sentenceCase: false, caseProtection: false, unsupported: 'ignore' });
  const broken = new Set<string>();
  let errorCursor = 0;
  for (const e of lib.errors) {
    const found = e.input ? text.indexOf(e.input, errorCursor) : -1;
    const offset = found >= 0 ? found : offsetOfLineCol(text, e.error);
    if (found >= 0) errorCursor = found + 1;
    // The parser names the entry in its input, or (for a name list it cannot split) as "@key: ..." in its message.
    const key = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(e.input ?? '')?.[1] ?? /^@([^:\s]+):/.exec(e.error)?.[1];
    if (key !== undefined) broken.add(key);
    const what = key !== undefined ? `entry '${key}'` : 'this entry';
    at.error(offset, `${what} ${describeError(e.error)}; it is skipped, the others are imported`);
  }
  const publications: BibPublication[] = [];
  const seen = new Map<string, number>();
  const known = new Set([owner?.name ?? '', ...(owner?.aliases ?? [])].map(nameKey));
  const newAliases: string[] = [];
  let cursor = 0;
  for (const entry of lib.entries) {
    if (entry.input === '' || broken.has(entry.key)) continue;
    const found = text.indexOf(entry.input, cursor);
    const offset = found >= 0 ? found : cursor;
    if (found >= 0) cursor = found + entry.input.length;
    if (seen.has(entry.key)) {
      at.error(offset, `entry key '${entry.key}' is used twice; this second one is skipped`);
      continue;
    }
    seen.set(entry.key, offset);
    if ((entry.fields.title ?? '').trim() === '') {
      at.error(offset, `entry '${entry.key}' has no title; it is skipped`);
      continue;
    }
    const mapped = entryToPublication(entry, owner);
    for (const p of mapped.problems) {
      const fieldAt = fieldOffset(entry, p.field);
      at.warn(fieldAt >= 0 ? offset + fieldAt : offset, `entry '${entry.key}': ${p.message}`);
    }
    if (mapped.unplaced.length > 0 && options.reportUnplaced !== false) {
      const fieldAt = fieldOffset(entry, mapped.unplaced[0] as string);
      const list = mapped.unplaced.map((u) => `'${u}'`).join(', ');
      at.warn(fieldAt >= 0 ? offset + fieldAt : offset, `entry '${entry.key}': ${list} ${mapped.unplaced.length > 1 ? 'have' : 'has'} no place in cv.yaml; not imported`);
    }
    for (const spelling of mapped.ownerSpellings) {
      if (known.has(nameKey(spelling))) continue;
      known.add(nameKey(spelling));
      newAliases.push(spelling);
    }
    publications.push({ key: entry.key, offset, publication: mapped.publication, ownerSpellings: mapped.ownerSpellings });
  }
  return { publications, newAliases, diagnostics: at.diagnostics };
}

/** Where `field =` starts inside the entry's own text, or -1. */
function fieldOffset(entry: Entry, field: string): number {
  const m = new RegExp(`[,{(\\s]${field.replace(/[^a-z0-9]/gi, '\\$&')}\\s*=`, 'i').exec(entry.input);
  return m ? m.index + 1 : -1;
}

/** The parser's own "at line N, column M", as an offset, when it gave no input to find. */
function offsetOfLineCol(text: string, message: string): number {
  const m = /at line (\d+), column (\d+)/.exec(message);
  if (!m) return 0;
  let offset = 0;
  for (let line = 1; line < Number(m[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + Number(m[2]) - 1;
}

/** The parser's message for people: the common mistakes in words, anything else as the parser says it. */
function describeError(message: string): string {
  if (/^Token mismatch, expected "\}"/.test(message) || /^Unterminated brace-value/.test(message)) return "is not closed: a '}' is missing";
  if (/^Token mismatch, expected ","/.test(message)) return "has a field without a ',' before the next one";
  const names = /^@[^:\s]+: (unexpected \d+-part name .*)$/s.exec(message);
  if (names) return `has an author or editor list that cannot be split into names (${names[1]}); separate names with 'and'`;
  return `cannot be read (${message.replace(/\s+at line \d+, column \d+.*$/s, '')})`;
}
