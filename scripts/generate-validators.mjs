// Writes src/validate/precompiled/{cv,layout}-schema.ts: the published schemas
// compiled by ajv ahead of time (ajv/dist/standalone), so that `cv validate`
// and `cv build` start without compiling a schema (about 150 ms). Uses the
// same ajv setup as run-time compilation (dist/validate/ajv-setup.js; run
// `npm run build` first; `npm run generate` compiles without type checks, so a
// missing or stale validator never blocks its own regeneration).
//
//   node scripts/generate-validators.mjs          regenerate the files
//   node scripts/generate-validators.mjs --check  exit 1 if a file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import standalone from 'ajv/dist/standalone/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { createAjv, withRoles } = await import(pathToFileURL(join(root, 'dist/validate/ajv-setup.js')).href);
const { CV_SCHEMA_ROLES } = await import(pathToFileURL(join(root, 'dist/validate/roles.js')).href);

/** Each published schema, the roles its definitions carry, and the generated module. */
export const VALIDATORS = [
  { schema: 'schema/cv.schema.json', roles: CV_SCHEMA_ROLES, out: 'src/validate/precompiled/cv-schema.ts' },
  { schema: 'schema/layout.schema.json', roles: {}, out: 'src/validate/precompiled/layout-schema.ts' },
];

/** The module text for one schema: ajv's standalone code with its require() calls made static imports. */
export function renderValidator(schema, roles, schemaFile) {
  const copy = withRoles(schema, roles);
  const ajv = createAjv(String(copy.$schema ?? ''), { code: { source: true, esm: true, lines: true } });
  let code = (standalone.default ?? standalone)(ajv, ajv.compile(copy));
  const modules = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_, mod) => {
    if (!modules.includes(mod)) modules.push(mod);
    return `runtime${modules.indexOf(mod)}`;
  });
  const imports = modules.map((mod, i) => `import runtime${i} from '${mod}.js';\n`).join('');
  return (
    `// Generated from ${schemaFile} by scripts/generate-validators.mjs; do not edit.\n` +
    '// @ts-nocheck\n' +
    `${imports}import { recordRole } from '../role-sink.js';\n` +
    `${code}\n`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const v of VALIDATORS) {
    const text = renderValidator(JSON.parse(readFileSync(join(root, v.schema), 'utf8')), v.roles, v.schema);
    const out = join(root, v.out);
    if (check) {
      let current = '';
      try {
        current = readFileSync(out, 'utf8');
      } catch {}
      if (current !== text) {
        console.error(`${v.out} is out of date; run npm run generate`);
        stale = true;
      }
    } else {
      writeFileSync(out, text);
    }
  }
  if (stale) process.exit(1);
}
