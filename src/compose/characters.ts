import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import { labelsFor, type Labels } from './labels.js';

/**
 * The characters other than ASCII and the labels that compose writes itself
 * (separators, bullets, dashes, marks); a test scans compose's sources for any
 * other and fails when one is missing here.
 */
export const COMPOSE_MARKS = '\u00b7\u2013\u2014\u2019\u201c\u201d\u2020\u2022\u2026';

/**
 * Every character a composed document of `cv` in `layout` can hold, and
 * more: the CV's text (and its upper case), the layout's own strings, the
 * labels of the CV's language, compose's marks and printable ASCII. Compose
 * only ever cuts, joins and decorates those, so when each of them has a glyph
 * no composed document can miss one, and `cv validate` need not compose the
 * layout to know (a property test composes random CVs and checks the claim).
 */
export function composableCharacters(cv: Cv, layout: Layout): Set<number> {
  const chars = new Set(textCharacters(cv));
  addCharacters(chars, labelText(labelsFor(cv.lang)));
  addCharacters(chars, COMPOSE_MARKS);
  for (const s of strings(layout)) addCharacters(chars, s);
  for (let cp = 0x21; cp < 0x7f; cp++) chars.add(cp);
  return chars;
}

const ofCv = new WeakMap<Cv, ReadonlySet<number>>();

/** The characters of every string in the CV and their upper case (compose capitalises a status); once per CV. */
function textCharacters(cv: Cv): ReadonlySet<number> {
  const known = ofCv.get(cv);
  if (known) return known;
  const chars = new Set<number>();
  // One native pass over the CV as JSON, whose only additions are ASCII, unless
  // it escapes a character it would hide (a control character, a lone surrogate): then each string.
  const json = JSON.stringify(cv);
  if (/\\[bfu]/.test(json)) for (const s of strings(cv)) addCharacters(chars, s);
  else addCharacters(chars, json);
  for (const cp of [...chars]) addCharacters(chars, String.fromCodePoint(cp).toUpperCase());
  ofCv.set(cv, chars);
  return chars;
}

/** Every string value in plain data (objects, arrays), keys excluded. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Anything but the ASCII space and printable ASCII, a whole code point at a time. */
const BEYOND_ASCII = /[^\x20-\x7e]/gu;

/**
 * The code points of `text` beyond printable ASCII, which is always in the set
 * (most of a CV, so not added one by one), and the space, which needs no glyph.
 */
function addCharacters(chars: Set<number>, text: string): void {
  BEYOND_ASCII.lastIndex = 0;
  for (let m = BEYOND_ASCII.exec(text); m !== null; m = BEYOND_ASCII.exec(text)) chars.add(m[0].codePointAt(0)!);
}

/**
 * All a language's labels can print: its words, and each function called
 * with and without its optional last argument, on every month (dates), with
 * ASCII arguments, so that what comes out beside them is the label's own text.
 */
export function labelText(labels: Labels): string {
  const parts: string[] = [];
  for (const value of Object.values(labels) as unknown[]) {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function') {
      const f = value as (...args: unknown[]) => string;
      parts.push(f(2000));
      for (let month = 1; month <= 12; month++) parts.push(f(2000, month), f(2000, month, 1));
    }
  }
  return parts.join('');
}
