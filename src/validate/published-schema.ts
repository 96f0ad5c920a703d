import { readFileSync } from 'node:fs';

const cache = new Map<string, object>();

/**
 * A published schema from schema/ (cv.schema.json, layout.schema.json), read
 * once. Read from the package rather than bundled so that the file editors
 * use and the file we validate with can never differ.
 */
export function loadPublishedSchema(file: 'cv.schema.json' | 'layout.schema.json'): object {
  let schema = cache.get(file);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8')) as object;
    cache.set(file, schema);
  }
  return schema;
}
