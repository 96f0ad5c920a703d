/**
 * What of a cv.yaml (read with js-yaml, not through the product) a reader
 * should find printed in the full CV, so that completeness is checked
 * against the data rather than against a list typed into a test.
 */
import type { Json } from './cli-run.js';
import { stripMarkup } from './pdf-read.js';

/**
 * Keys whose values are never printed as they are written:
 * - id, tags, priority, selected, kind, lang, numbering: selection and structure data, not content.
 * - url, trackUrl: link targets; the link annotations are checked in pdf-quality.
 * - updated, date, start, end, since, asOf: dates are printed formatted ("Aug 2018");
 *   the title-before-date test checks them.
 * - aliases: only how the owner is found in author lists; the name itself is printed.
 * - website: printed as what a reader would type ("haekyu.com"), checked on its own below.
 * - type: only a publication's type is an enum (it picks the group); a talk's
 *   free-text type ("Poster Presentation") is printed and is kept.
 */
const SKIP = new Set(['id', 'tags', 'priority', 'selected', 'kind', 'lang', 'numbering', 'url', 'trackUrl', 'updated', 'date', 'start', 'end', 'since', 'asOf', 'aliases', 'website']);

export interface Printed {
  /** Where in cv.yaml, e.g. "sections[2].entries[0].title". */
  path: string;
  text: string;
}

/** Every string of the CV that must appear in the full CV, markup stripped. */
export function printedStrings(cv: Json): Printed[] {
  const out: Printed[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      const text = stripMarkup(v).replace(/\s+/g, ' ').trim();
      if (text !== '') out.push({ path, text });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Json;
      for (const [k, child] of Object.entries(o)) {
        if (SKIP.has(k)) continue;
        if (k === 'type' && !('event' in o)) continue; // a talk (it has an event) prints its type
        walk(child, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(cv, '');
  const website = (cv.contact as Json | undefined)?.website;
  if (typeof website === 'string') out.push({ path: 'contact.website (as shown)', text: new URL(website).host.replace(/^www\./, '') });
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A cv.yaml date as a reader sees it: "2019", "Aug 2018", "Fall 2019", "Present". */
export function shownDate(d: string): string {
  if (d === 'present') return 'Present';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return d;
  const [, y, mo, day] = m;
  if (!mo) return String(y);
  const month = MONTHS[Number(mo) - 1];
  return day ? `${month} ${Number(day)}, ${y}` : `${month} ${y}`;
}

/** The text that leads an entry (its first, bold line) for each kind; undefined for kinds without one. */
export function entryTitle(entry: Json): string | undefined {
  for (const k of ['title', 'degree', 'name', 'organization', 'category', 'role']) {
    if (typeof entry[k] === 'string') return stripMarkup(entry[k] as string);
  }
  return undefined;
}

/** The dates of an entry in the order they are printed (start before end). */
export function entryDates(entry: Json): string[] {
  const ds = ['date', 'start', 'end', 'since'].map((k) => entry[k]).filter((x): x is string => typeof x === 'string');
  return [...new Set(ds.map(shownDate))];
}

export interface Section {
  id: string;
  title: string;
  kind: string;
  entries: Json[];
}

export function sectionsOf(cv: Json): Section[] {
  return (cv.sections as Section[]) ?? [];
}
