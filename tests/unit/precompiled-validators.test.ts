import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '../../src/validate/compile-schema.js';
import { precompiledSchema } from '../../src/validate/precompiled.js';
import { CV_SCHEMA_ROLES } from '../../src/validate/roles.js';
import { loadPublishedSchema } from '../../src/validate/published-schema.js';

/** The generator is plain JavaScript (it reads the ajv setup from dist/, which jest's globalSetup builds). */
interface Generator {
  VALIDATORS: { schema: string; roles: Record<string, string>; out: string }[];
  renderValidator(schema: unknown, roles: Record<string, string>, schemaFile: string): string;
}

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('precompiled validators', () => {
  it('are what scripts/generate-validators.mjs makes from schema/ (run `npm run generate`)', async () => {
    const { VALIDATORS, renderValidator } = (await import(new URL('../../scripts/generate-validators.mjs', import.meta.url).href)) as Generator;
    expect(VALIDATORS.map((v) => v.schema).sort()).toEqual(['schema/cv.schema.json', 'schema/layout.schema.json']);
    for (const v of VALIDATORS) {
      const expected = renderValidator(JSON.parse(readFileSync(repo(v.schema), 'utf8')), v.roles, v.schema);
      expect(readFileSync(repo(v.out), 'utf8')).toBe(expected);
    }
  });

  it('give the same errors and roles as the schema compiled at run time', () => {
    const runtime = compileSchema(loadPublishedSchema('cv.schema.json'), CV_SCHEMA_ROLES);
    const ahead = precompiledSchema('cv.schema.json');
    const cv = { header: { name: 'A' }, sections: [{ id: 'x', title: 'X', kind: 'publication', entries: [{ title: '**t**', year: 'soon', bogus: 1 }] }, { kind: 'nope' }] };
    const a = runtime.run(cv);
    const b = ahead.run(cv);
    const strip = (errors: typeof a.errors) => errors.map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));
    expect(a.errors.length).toBeGreaterThan(2);
    expect(strip(b.errors)).toEqual(strip(a.errors));
    expect([...b.roles]).toEqual([...a.roles]);
    expect(b.roles.size).toBeGreaterThan(0);
    expect(ahead.definitionAt('#/definitions/CvDate/pattern')?.scalar).toBe(true);
  });
});
