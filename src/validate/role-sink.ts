import type { RoleHit } from './types.js';

let sink: Map<string, RoleHit> | null = null;

/**
 * Called by the compiled schema (the `x-cv-role` keyword, see ajv-setup.ts)
 * for every string node inside a definition that has a role, so that checks
 * learn which strings are markup, URLs or dates from the schema itself.
 */
export function recordRole(role: string, instancePath: string, value: unknown): void {
  sink?.set(instancePath, { role, value });
}

/** Runs one validation and returns the roles it met, by instance path. */
export function collectRoles(validate: () => void): Map<string, RoleHit> {
  const found = new Map<string, RoleHit>();
  sink = found;
  try {
    validate();
  } finally {
    sink = null;
  }
  return found;
}
