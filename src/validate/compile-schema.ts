import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { RoleHit } from './types.js';

/** Schema definition name -> role its strings play for semantic checks (e.g. Markup -> 'markup'). */
export type SchemaRoles = Readonly<Record<string, string>>;

/** A compiled schema plus what the error explainer needs to know about it. */
export interface CompiledSchema {
  /** Validates and returns errors (empty when valid) and the role of every string node met. */
  run(value: unknown): { errors: ErrorObject[]; roles: Map<string, RoleHit> };
  /** The definition (by name) that a subschema object belongs to, to describe it in messages. */
  definitionOf(subschema: unknown): DefinitionInfo | undefined;
}

/** A named definition of the schema; `scalar` when it describes a single value (a date, a URL). */
export interface DefinitionInfo {
  name: string;
  description?: string;
  scalar: boolean;
}

const ROLE_KEYWORD = 'x-cv-role';
const cache = new WeakMap<object, CompiledSchema>();
let roleSink: Map<string, RoleHit> | null = null;

/**
 * Compiles a JSON Schema once per schema object. The schema is cloned and the
 * named definitions get a no-op keyword that records where they matched, so
 * checks learn which strings are inline markup or URLs from the schema itself
 * rather than from a hard-coded list of field names.
 */
export function compileSchema(schema: object, roles: SchemaRoles = {}): CompiledSchema {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  const copy = structuredClone(schema) as Record<string, unknown>;
  const definitions = (copy['definitions'] ?? copy['$defs']) as Record<string, Record<string, unknown>> | undefined;
  for (const [name, role] of Object.entries(roles)) {
    const def = definitions?.[name];
    if (def !== undefined && typeof def === 'object') def[ROLE_KEYWORD] = role;
  }
  const ajv = createAjv(String(copy['$schema'] ?? ''), {
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: false,
    logger: false,
    code: { optimize: false },
  });
  ajv.addKeyword({
    keyword: ROLE_KEYWORD,
    schemaType: 'string',
    errors: false,
    validate: (role: string, data: unknown, _parent: unknown, cxt?: { instancePath: string }) => {
      if (roleSink !== null && cxt !== undefined) roleSink.set(cxt.instancePath, { role, value: data });
      return true;
    },
  });
  addLenientFormats(ajv);
  const validate: ValidateFunction = ajv.compile(copy);
  const owners = indexDefinitions(definitions ?? {});
  const compiled: CompiledSchema = {
    run(value) {
      const found = new Map<string, RoleHit>();
      roleSink = found;
      try {
        validate(value);
      } finally {
        roleSink = null;
      }
      return { errors: validate.errors ?? [], roles: found };
    },
    definitionOf: (subschema) => (typeof subschema === 'object' && subschema !== null ? owners.get(subschema) : undefined),
  };
  cache.set(schema, compiled);
  return compiled;
}

function createAjv(dialect: string, options: Options): Ajv {
  if (dialect.includes('2020-12') || dialect.includes('2019-09')) {
    const require = createRequire(import.meta.url);
    const mod = dialect.includes('2020-12') ? 'ajv/dist/2020' : 'ajv/dist/2019';
    const Ctor = (require(mod) as { default: new (o: Options) => Ajv }).default;
    return new Ctor(options);
  }
  return new Ajv(options);
}

/** Formats ajv leaves to the ajv-formats package, which we do not depend on: accept them loosely. */
function addLenientFormats(ajv: Ajv): void {
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
}

/** Maps every subschema object inside a definition (not following $ref) to that definition. */
function indexDefinitions(definitions: Record<string, Record<string, unknown>>): Map<object, DefinitionInfo> {
  const owners = new Map<object, DefinitionInfo>();
  for (const [name, def] of Object.entries(definitions)) {
    const scalar = def['type'] !== 'object' && def['type'] !== 'array' && def['properties'] === undefined;
    const owner: DefinitionInfo = { name, scalar };
    if (typeof def['description'] === 'string') owner.description = def['description'];
    const stack: unknown[] = [def];
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== 'object' || node === null || owners.has(node)) continue;
      owners.set(node, owner);
      for (const child of Object.values(node)) if (typeof child === 'object') stack.push(child);
    }
  }
  return owners;
}
