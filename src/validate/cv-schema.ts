import { readFileSync } from 'node:fs';

let cached: object | null = null;

/**
 * The published schema (schema/cv.schema.json), read once. It is read from
 * the package rather than bundled so that the file editors use and the file
 * we validate with can never differ.
 */
export function loadCvSchema(): object {
  if (cached === null) {
    const url = new URL('../../schema/cv.schema.json', import.meta.url);
    cached = JSON.parse(readFileSync(url, 'utf8')) as object;
  }
  return cached;
}
