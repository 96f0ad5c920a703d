import { createRequire } from 'node:module';
import { Ajv, _, type KeywordDefinition, type Options } from 'ajv';
import { strConcat } from 'ajv/dist/compile/codegen/index.js';
import names from 'ajv/dist/compile/names.js';
import { recordRole } from './role-sink.js';

/** Schema definition name -> role its strings play for semantic checks (e.g. Markup -> 'markup'). */
export type SchemaRoles = Readonly<Record<string, string>>;

export const ROLE_KEYWORD = 'x-cv-role';

/**
 * The one ajv configuration cv validates with, shared by the schemas compiled
 * at run time and by the precompiled validators (scripts/generate-validators.mjs),
 * so both report the same errors.
 */
export function createAjv(dialect: string, extra: Options = {}): Ajv {
  const options: Options = { allErrors: true, verbose: true, discriminator: true, strict: false, logger: false, ...extra, code: { optimize: false, ...extra.code } };
  let ajv: Ajv;
  if (dialect.includes('2020-12') || dialect.includes('2019-09')) {
    const require = createRequire(import.meta.url);
    const mod = dialect.includes('2020-12') ? 'ajv/dist/2020' : 'ajv/dist/2019';
    const Ctor = (require(mod) as { default: new (o: Options) => Ajv }).default;
    ajv = new Ctor(options);
  } else {
    ajv = new Ajv(options);
  }
  ajv.addKeyword(roleKeyword);
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
const roleKeyword: KeywordDefinition = {
  keyword: ROLE_KEYWORD,
  schemaType: 'string',
  code(cxt) {
    const record = cxt.gen.scopeValue('keyword', { ref: recordRole, code: _`recordRole` });
    cxt.gen.code(_`${record}(${cxt.schema as string}, ${strConcat(names.default.instancePath, cxt.it.errorPath)}, ${cxt.data})`);
  },
};
