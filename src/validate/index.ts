import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceDoc } from '../load/types.js';
import { checkDateOrder } from './checks/date-order.js';
import { checkDateOrRange } from './checks/date-or-range.js';
import { checkEntryCount } from './checks/entry-count.js';
import { checkLinksAndMarkup } from './checks/links-and-markup.js';
import { checkOwnerInAuthors } from './checks/owner-in-authors.js';
import { checkOwnerMarks } from './checks/owner-marks.js';
import { checkUniqueIds } from './checks/unique-ids.js';
import { checkRealDates } from './checks/real-dates.js';
import { checkTextCharacters } from './checks/text-characters.js';
import { precompiledSchema } from './precompiled.js';
import { loadPublishedSchema } from './published-schema.js';
import { CV_SCHEMA_ROLES } from './roles.js';
import type { RawCv } from './raw-cv.js';
import type { Check, DocumentResult } from './types.js';
import { validateDocument } from './validate-document.js';

export { validateDocument };

export type { Check, CheckInput, DocumentResult, Finding } from './types.js';

/** The semantic rules of cv.yaml, in the order their findings are most useful. */
export const CV_CHECKS: readonly Check[] = [
  checkEntryCount, checkTextCharacters, checkRealDates, checkDateOrder, checkDateOrRange, checkUniqueIds, checkLinksAndMarkup, checkOwnerInAuthors, checkOwnerMarks,
];


/** A cv.yaml that may be built (with warnings), or everything wrong with it. */
export type ValidateCvResult =
  | { ok: true; cv: RawCv; diagnostics: Diagnostic[] /* warnings only */ }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Decides whether a loaded cv.yaml may be built, and says everything that is
 * wrong with it in one pass: JSON Schema errors rewritten for people, then
 * what the schema cannot express (date ranges, unique section ids, link
 * schemes, inline markup, the owner among publication authors). Success may
 * still carry warnings. The schema argument exists for tests and for
 * validating against a schema other than the published one.
 */
export function validateCv(doc: SourceDoc, schema?: object): ValidateCvResult {
  const published = schema === undefined ? precompiledSchema('cv.schema.json') : undefined;
  const result = validateDocument(doc, schema ?? loadPublishedSchema('cv.schema.json'), CV_CHECKS, CV_SCHEMA_ROLES, published);
  if (!result.ok) return result;
  return { ok: true, cv: result.value as RawCv, diagnostics: result.diagnostics };
}

/**
 * Validates one layouts/*.yaml against layout.schema.json with the same
 * machinery and messages as cv.yaml, so a typo in a layout reads like a typo
 * in the CV. Layout rules beyond the schema (id = file name, `extends`) live
 * with the code that resolves layouts.
 */
export function validateLayout(doc: SourceDoc, schema?: object): DocumentResult {
  const published = schema === undefined ? precompiledSchema('layout.schema.json') : undefined;
  return validateDocument(doc, schema ?? loadPublishedSchema('layout.schema.json'), [], {}, published);
}
