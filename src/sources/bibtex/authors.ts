import type { Creator } from '@retorquere/bibtex-parser';
import { isOwnerName, nameKey } from '../../common/names.js';
import { composed } from './markup.js';

/** An author as cv.yaml prints it: "First von Last, Jr." or the corporate name as written. */
export function creatorName(c: Creator): string {
  if (c.name !== undefined) return composed(c.name.trim());
  // BibTeX's "and others" is "et al.", not an author called Others.
  if (c.lastName?.trim() === 'others' && (c.firstName ?? '').trim() === '') return 'et al.';
  const main = [c.firstName, c.prefix, c.lastName].filter((p) => p !== undefined && p.trim() !== '').join(' ');
  return composed(c.suffix ? `${main}, ${c.suffix}` : main);
}

/** The owner as given on the command line or in cv.yaml, split so BibTeX's name parts can be compared. */
export interface Owner {
  name: string;
  aliases: readonly string[];
}

/**
 * Whether an author of the .bib is the owner: one of the spellings already
 * known, or the same family name with compatible given names, where an
 * initial matches any name it starts ("M. A. Denolle", "Denolle, Marine A."
 * and "M. Denolle" are all "Marine Denolle"; "Mark Denolle" is not).
 */
export function isOwnerCreator(c: Creator, owner: Owner): boolean {
  const printed = creatorName(c);
  if (isOwnerName(printed, owner.name, owner.aliases)) return true;
  if (c.lastName === undefined || c.name !== undefined) return false;
  const { given, family } = splitName(owner.name);
  if (family === '' || nameKey(c.lastName) !== family) return false;
  const theirs = tokens(c.firstName ?? '');
  if (theirs.length === 0 || given.length === 0) return false;
  return theirs.every((t, i) => i >= given.length || compatible(t, given[i] as string)) && compatible(theirs[0] as string, given[0] as string);
}

/** "Marine A. Denolle" or "Denolle, Marine A." -> given tokens and the family name, as compared. */
function splitName(name: string): { given: string[]; family: string } {
  const comma = name.indexOf(',');
  if (comma >= 0) return { given: tokens(name.slice(comma + 1)), family: nameKey(name.slice(0, comma)) };
  const parts = name.trim().split(/\s+/);
  return { given: tokens(parts.slice(0, -1).join(' ')), family: nameKey(parts[parts.length - 1] ?? '') };
}

/** Given names as compared; initials run together in capitals ("AFY", "ÉB", as PubMed writes them) are initials (\\b would see only ASCII letters). */
function tokens(s: string): string[] {
  const spaced = s.replace(/-/g, ' ').replace(/(?<!\p{L})\p{Lu}{2,3}(?!\p{L})/gu, (run) => run.split('').join(' '));
  return nameKey(spaced).split(' ').filter(Boolean);
}

/** "m" (an initial) matches "marine"; two full names must be equal. */
function compatible(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a === b;
}
