import type { ErrorObject } from 'ajv';
import { createAjv, withRoles, type SchemaRoles } from './ajv-setup.js';
import { collectRoles } from './role-sink.js';
import type { RoleHit } from './types.js';

export type { SchemaRoles } from './ajv-setup.js';

/** A compiled schema plus what the error explainer needs to know about it. */
export interface CompiledSchema {
  /** Validates and returns errors (empty when valid) and the role of every string node met. */
  run(value: unknown): { errors: ErrorObject[]; roles: Map<string, RoleHit> };
  /** The named definition an error's schemaPath (`#/definitions/Name/...`) lies in, to describe it in messages. */
  definitionAt(schemaPath: string): DefinitionInfo | undefined;
}

/** A named definition of the schema; `scalar` when it describes a single value (a date, a URL). */
export interface DefinitionInfo {
  name: string;
  description?: string;
  scalar: boolean;
}

/** What ajv compiles a schema to, at run time or ahead of time (src/validate/precompiled/). */
export interface ValidatorFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const cache = new WeakMap<object, CompiledSchema>();

/**
 * Compiles a JSON Schema once per schema object. The schema is cloned and the
 * named definitions get a keyword that records where they matched, so checks
 * learn which strings are inline markup or URLs from the schema itself rather
 * than from a hard-coded list of field names. The published schemas are
 * precompiled instead (see precompiled.ts); this is for any other schema.
 */
export function compileSchema(schema: object, roles: SchemaRoles = {}): CompiledSchema {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  const copy = withRoles(schema, roles);
  const compiled = wrapValidator(createAjv(String(copy['$schema'] ?? '')).compile(copy), schema);
  cache.set(schema, compiled);
  return compiled;
}

/** A CompiledSchema over a validator function compiled from `schema`. */
export function wrapValidator(validate: ValidatorFunction, schema: object): CompiledSchema {
  const definitions = ((schema as Record<string, unknown>)['definitions'] ?? (schema as Record<string, unknown>)['$defs'] ?? {}) as Record<string, Record<string, unknown>>;
  return {
    run(value) {
      const roles = collectRoles(() => validate(value));
      return { errors: validate.errors ?? [], roles };
    },
    definitionAt(schemaPath) {
      const name = /^#\/(?:definitions|\$defs)\/([^/]+)/.exec(schemaPath)?.[1];
      const def = name === undefined ? undefined : definitions[name.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (name === undefined || def === undefined || typeof def !== 'object') return undefined;
      const info: DefinitionInfo = { name, scalar: def['type'] !== 'object' && def['type'] !== 'array' && def['properties'] === undefined };
      if (typeof def['description'] === 'string') info.description = def['description'];
      return info;
    },
  };
}
