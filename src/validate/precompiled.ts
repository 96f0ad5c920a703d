import { validate as cvValidator } from './precompiled/cv-schema.js';
import { validate as layoutValidator } from './precompiled/layout-schema.js';
import { wrapValidator, type CompiledSchema, type ValidatorFunction } from './compile-schema.js';
import { loadPublishedSchema } from './published-schema.js';

const compiled = new Map<string, CompiledSchema>();

/**
 * The published schema compiled ahead of time (npm run generate), with the
 * same ajv setup and roles as compileSchema would use at run time.
 */
export function precompiledSchema(file: 'cv.schema.json' | 'layout.schema.json'): CompiledSchema {
  let schema = compiled.get(file);
  if (!schema) {
    const validate = (file === 'cv.schema.json' ? cvValidator : layoutValidator) as ValidatorFunction;
    schema = wrapValidator(validate, loadPublishedSchema(file));
    compiled.set(file, schema);
  }
  return schema;
}
