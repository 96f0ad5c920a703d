import { createRequire } from 'node:module';
import type { Ajv, KeywordDefinition, Options } from 'ajv';
import { recordRole } from './role-sink.js';

/** ajv is required when a schema is compiled, never at start-up: the published schemas are precompiled. */
const require = createRequire(import.meta.url);

/** Schema definition name -> role its strings play for semantic checks (e.g. Markup -> 'markup'). */
export type SchemaRoles = Readonly<Record<string, string>>;

const ROLE_KEYWORD = 'x-cv-role';

/**
 * The one ajv configuration cv validates with, shared by the schemas compiled
 * at run time and by the precompiled validators (scripts/generate-validators.mjs),
 * so both report the same errors.
 */
export function createAjv(dialect: string, extra: Options = {}): Ajv {
  const options: Options = { allErrors: true, verbose: true, discriminator: true, strict: false, logger: false, ...extra, code: { optimize: false, ...extra.code } };
  const mod = dialect.includes('2020-12') ? 'ajv/dist/2020' : dialect.includes('2019-09') ? 'ajv/dist/2019' : 'ajv';
  const Ctor = (require(mod) as { default: new (o: Options) => Ajv }).default;
  const ajv = new Ctor(options);
  ajv.addKeyword(roleKeyword());
  // Formats ajv leaves to the ajv-formats package, which we do not depend on: accept them loosely.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv;
}

/** A copy of the schema whose role-carrying definitions record where they matched (see role-sink.ts). */
export function withRoles(schema: object, roles: SchemaRoles): Record<string, unknown> {
  const copy = structuredClone(schema) as Record<string, unknown>;
  const definitions = (copy['definitions'] ?? copy['$defs']) as Record<string, Record<string, unknown>> | undefined;
  for (const [name, role] of Object.entries(roles)) {
    const def = definitions?.[name];
    if (def !== undefined && typeof def === 'object') def[ROLE_KEYWORD] = role;
  }
  return copy;
}

/** Generates a call of recordRole; precompiled code imports recordRole by that name. */
function roleKeyword(): KeywordDefinition {
  const { _ } = require('ajv') as typeof import('ajv');
  const { strConcat } = require('ajv/dist/compile/codegen/index.js') as typeof import('ajv/dist/compile/codegen/index.js');
  const names = (require('ajv/dist/compile/names.js') as typeof import('ajv/dist/compile/names.js')).default;
  return {
    keyword: ROLE_KEYWORD,
    schemaType: 'string',
    code(cxt) {
      const record = cxt.gen.scopeValue('keyword', { ref: recordRole, code: _`recordRole` });
      cxt.gen.code(_`${record}(${cxt.schema as string}, ${strConcat(names.instancePath, cxt.it.errorPath)}, ${cxt.data})`);
    },
  };
}
