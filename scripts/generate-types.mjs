// Writes src/validate/raw-cv.ts from schema/cv.schema.json, so that the schema
// stays the one source of truth for the shape of cv.yaml. Plain Node, no deps.
//
//   node scripts/generate-types.mjs          regenerate the file
//   node scripts/generate-types.mjs --check  exit 1 if the file is out of date
//
// It understands the subset of JSON Schema that cv.schema.json uses: $ref to
// #/definitions, type, const, enum, oneOf/anyOf of typed branches, arrays and
// closed objects. Constraint-only keywords (pattern, anyOf of `required`,
// discriminator, minimum...) do not change the TypeScript type and are skipped.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

const HEADER = '// Generated from schema/cv.schema.json by scripts/generate-types.mjs; do not edit.\n';
const ROOT_NAME = 'RawCv';
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** TSDoc block for a description, indented; empty when there is none. */
function doc(description, indent) {
  if (typeof description !== 'string' || description.trim() === '') return '';
  const lines = description.replace(/\*\//g, '*\\/').trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function refName(ref) {
  const m = /^#\/definitions\/([^/]+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref: ${ref}`);
  return m[1];
}

/** True when a subschema only constrains (e.g. `{ required: [...] }`) and adds no type. */
function isConstraintOnly(s) {
  return s !== null && typeof s === 'object' && !('$ref' in s) && !('type' in s) && !('const' in s) && !('enum' in s) && !('oneOf' in s) && !('anyOf' in s);
}

function union(parts) {
  const unique = [...new Set(parts)];
  return unique.length === 1 ? unique[0] : unique.join(' | ');
}

function literal(value) {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

/** The TypeScript type of a subschema, written at the given indentation. */
function typeOf(s, indent) {
  if (s === true || s === undefined) return 'unknown';
  if (s === false) return 'never';
  if (s.$ref) return refName(s.$ref);
  if ('const' in s) return literal(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literal));
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches) && !branches.every(isConstraintOnly)) {
    return union(branches.map((b) => typeOf(b, indent)));
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return union(types.map((t) => typeOfType(t, s, indent)));
}

function typeOfType(t, s, indent) {
  switch (t) {
    case 'string': return 'string';
    case 'integer':
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'null': return 'null';
    case 'array': {
      const item = typeOf(s.items, indent);
      return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object': return objectBody(s, indent);
    default: throw new Error(`unsupported type: ${String(t)}`);
  }
}

/** `{ ... }` for an object schema, one documented member a line. */
function objectBody(s, indent) {
  const props = s.properties ?? {};
  const names = Object.keys(props);
  if (names.length === 0) {
    // A map keyed by the user's own names (e.g. BibTeX keys) to one kind of value.
    const values = typeof s.additionalProperties === 'object' ? typeOf(s.additionalProperties, indent) : 'unknown';
    return `Record<string, ${values}>`;
  }
  const required = new Set(s.required ?? []);
  const inner = `${indent}  `;
  let out = '{\n';
  for (const name of names) {
    const p = props[name];
    const key = IDENT.test(name) ? name : literal(name);
    out += doc(typeof p === 'object' ? p.description : undefined, inner);
    out += `${inner}${key}${required.has(name) ? '' : '?'}: ${typeOf(p, inner)};\n`;
  }
  return `${out}${indent}}`;
}

function declaration(name, s) {
  const branches = s.oneOf ?? s.anyOf;
  const typedBranches = Array.isArray(branches) && !branches.every(isConstraintOnly);
  const isInterface = s.type === 'object' && s.properties !== undefined && !typedBranches;
  const head = doc(s.description, '');
  if (isInterface) return `${head}export interface ${name} ${objectBody(s, '')}\n`;
  return `${head}export type ${name} = ${typeOf(s, '')};\n`;
}

/** Renders the whole TypeScript module for a cv.schema.json object. Pure. */
export function renderTypes(schema) {
  const parts = [HEADER];
  const { definitions = {}, ...root } = schema;
  parts.push(declaration(ROOT_NAME, root));
  for (const [name, def] of Object.entries(definitions)) parts.push(declaration(name, def));
  return parts.join('\n');
}

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, '../schema/cv.schema.json');
const outPath = resolve(here, '../src/validate/raw-cv.ts');

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = renderTypes(JSON.parse(readFileSync(schemaPath, 'utf8')));
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(outPath, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      process.stderr.write('src/validate/raw-cv.ts is out of date; run `npm run generate`.\n');
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, text);
  }
}
