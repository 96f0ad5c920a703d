import { bibtexSource } from './bibtex/index.js';
import { jsonResumeSource } from './jsonresume/index.js';
import { renderCvSource } from './rendercv/index.js';
import type { ImportSource } from './import-types.js';

export type { ImportSource, ImportOptions, SourceResult } from './import-types.js';

/** Every importable format, in the order detection tries them (the most specific first). */
export const IMPORT_SOURCES: readonly ImportSource[] = [jsonResumeSource, renderCvSource, bibtexSource];

/** The format of a file from its content, or undefined when none claims it. */
export function detectSource(text: string, path: string): ImportSource | undefined {
  return IMPORT_SOURCES.find((s) => s.detect(text, path));
}
