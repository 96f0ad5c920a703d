import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapePointer } from '../../common/json-pointer.js';
import { isOwnerName } from '../../common/names.js';
import { LineIndex } from '../../diagnostics/line-index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Author, BibOverride, PublicationEntry, RawCv, Section } from '../../validate/raw-cv.js';
import { withIds } from './index.js';
import { readBib } from './read-bib.js';
import type { BibPublication } from './read-bib.js';

/** Where a JSON pointer of cv.yaml is (its key when it has one), or undefined. */
export type LocateInCv = (pointer: string) => { line: number; col: number } | undefined;

export interface ExpandResult {
  raw: RawCv;
  diagnostics: Diagnostic[];
  /** The text of every .bib read, by the path its diagnostics name, so the CLI can show the lines. */
  sources: Map<string, string>;
  /** Every .bib named, read or not (it may appear later), for a watch loop to follow. */
  files: string[];
}

/**
 * The reading phase of a live BibTeX source: each publication section that
 * names a `bibtex` file gets that file's entries after its own, with the
 * section's `overrides` (keyed by BibTeX key) applied. The owner is found by
 * `name` and `aliases` only, exactly as for entries written in cv.yaml. Pure
 * apart from reading the .bib files, so the same files give the same CV.
 */
export function expandBibtexSections(raw: RawCv, cvPath: string, locate: LocateInCv = () => undefined): ExpandResult {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const files: string[] = [];
  if (!raw.sections.some((s) => s.kind === 'publication' && s.bibtex !== undefined)) return { raw, diagnostics, sources, files };
  const inCv = (pointer: string, severity: Diagnostic['severity'], message: string) => {
    const at = locate(pointer) ?? { line: 0, col: 0 };
    diagnostics.push({ file: cvPath, line: at.line, col: at.col, severity, message });
  };
  const owner = { name: raw.name, aliases: raw.aliases ?? [] };
  const taken = raw.sections.flatMap((s) => [s.id, ...(s.entries ?? []).map((e) => (typeof e === 'object' && e !== null && 'id' in e ? String(e.id) : ''))]);
  const sections = raw.sections.map((section, si): Section => {
    if (section.kind !== 'publication' || section.bibtex === undefined) return section;
    const { bibtex, overrides = {}, ...rest } = section;
    const path = join(dirname(cvPath), bibtex);
    files.push(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      inCv(`/sections/${si}/bibtex`, 'error', `cannot read '${bibtex}' (${(e as { code?: string }).code === 'ENOENT' ? 'no such file' : (e as Error).message}); the path is relative to ${cvPath}`);
      return { ...rest, entries: rest.entries ?? [] };
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    sources.set(path, text);
    const read = readBib(text, path, owner, { reportUnplaced: false });
    diagnostics.push(...read.diagnostics);
    const lines = new LineIndex(text);
    for (const p of read.publications) {
      if ((p.publication.authors ?? []).length > 0 && !(p.publication.authors ?? []).some((a) => isOwnerName(typeof a === 'string' ? a : a.name, owner.name, owner.aliases))) {
        const at = lines.position(p.offset);
        // Name the spelling that looks like the owner, so the fix is one copy into aliases.
        const likely = p.ownerSpellings[0];
        const fix = likely !== undefined ? `'${likely}' looks like ${owner.name}: add it to 'aliases' in ${cvPath}` : `add the spelling used here to 'aliases' in ${cvPath}`;
        diagnostics.push({ file: path, line: at.line, col: at.col, severity: 'warning', message: `the owner is not among the authors of '${p.key}'; ${fix}` });
      }
    }
    const byKey = new Map(read.publications.map((p) => [p.key, p]));
    for (const key of Object.keys(overrides)) {
      if (!byKey.has(key)) inCv(`/sections/${si}/overrides/${escapePointer(key)}`, 'warning', `'${bibtex}' has no entry '${key}'; this override applies to nothing`);
    }
    const fromBib = withIds(read.publications, taken).map((publication, i) => {
      const p = read.publications[i] as BibPublication;
      const o = overrides[p.key];
      return o === undefined ? publication : applyOverride(publication, o, (msg) => inCv(`/sections/${si}/overrides/${escapePointer(p.key)}`, 'warning', msg));
    });
    taken.push(...fromBib.map((p) => p.id ?? ''));
    return { ...rest, entries: [...(rest.entries ?? []), ...fromBib] };
  });
  return { raw: { ...raw, sections }, diagnostics, sources, files };
}

/** A publication with cv.yaml's additions for its BibTeX key; an author that is not in the list is a warning. */
function applyOverride(p: PublicationEntry, o: BibOverride, warn: (message: string) => void): PublicationEntry {
  const names = (p.authors ?? []).map((a) => (typeof a === 'string' ? a : a.name));
  const find = (ref: number | string, field: string): number => {
    const i = typeof ref === 'number' ? ref - 1 : names.findIndex((n) => isOwnerName(n, ref, []));
    if (i < 0 || i >= names.length) warn(`${field}: '${ref}' is not one of the ${names.length} authors of '${p.title}'`);
    return i < 0 || i >= names.length ? -1 : i;
  };
  const equal = new Set((o.equal ?? []).map((r) => find(r, 'equal')));
  const corresponding = new Set((o.corresponding ?? []).map((r) => find(r, 'corresponding')));
  const authors: Author[] | undefined =
    p.authors === undefined
      ? undefined
      : names.map((name, i) => (equal.has(i) || corresponding.has(i) ? { name, ...(equal.has(i) ? { equal: true } : {}), ...(corresponding.has(i) ? { corresponding: true } : {}) } : name));
  return {
    ...p,
    ...(authors !== undefined ? { authors } : {}),
    ...(o.status !== undefined ? { status: o.status } : {}),
    ...(o.awards !== undefined ? { awards: o.awards } : {}),
    ...(o.selected !== undefined ? { selected: o.selected } : {}),
    ...(o.tags !== undefined ? { tags: o.tags } : {}),
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
  };
}
