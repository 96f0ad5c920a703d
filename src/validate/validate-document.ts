import { sortDiagnostics } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceDoc } from '../load/types.js';
import { SourceLocator } from '../load/locator.js';
import { compileSchema } from './compile-schema.js';
import type { CompiledSchema, SchemaRoles } from './compile-schema.js';
import { explainSchemaErrors } from './schema-errors.js';
import type { Check, DocumentResult, Finding } from './types.js';

/**
 * Validates any YAML document (cv.yaml, a layout) against a JSON Schema and
 * then runs semantic checks, returning every problem at once with its line
 * and column, sorted. Checks run even when the schema fails, so one run
 * shows the owner everything to fix; a check's finding replaces a vaguer
 * schema error at the same spot when it says it supersedes it.
 */
export function validateDocument(
  doc: SourceDoc,
  schema: object,
  checks: readonly Check[],
  roles: SchemaRoles = {},
  /** `schema` already compiled with `roles` (the published schemas are, ahead of time). */
  precompiled?: CompiledSchema,
): DocumentResult {
  const locator = new SourceLocator(doc);
  const locate = (pointer: string) => locator.node(pointer);
  const toDiagnostic = (f: Finding): Diagnostic => {
    const span = locator.at(f.pointer, { key: f.at === 'key', ...(f.offset !== undefined ? { offset: f.offset } : {}) });
    return { file: doc.path, line: span.line, col: span.col, severity: f.severity, message: f.message };
  };

  if (doc.value === null || doc.value === undefined) {
    const empty = isBlank(doc.text);
    const required = (schema as { required?: unknown }).required;
    const wants = Array.isArray(required) && required.length > 0 ? ` with ${required.map((k) => `'${String(k)}'`).join(' and ')}` : '';
    const message = empty ? `file is empty; expected a mapping${wants}` : `expected a mapping${wants} at the top level, found an empty value`;
    return { ok: false, diagnostics: [{ file: doc.path, line: 1, col: 1, severity: 'error', message }] };
  }

  const compiled = precompiled ?? compileSchema(schema, roles);
  const run = compiled.run(doc.value);
  const schemaFindings = explainSchemaErrors(run.errors, doc.value, compiled);
  const checkFindings = checks.flatMap((check) => check({ value: doc.value, roles: run.roles, locate }));

  const checkDiagnostics = checkFindings.map(toDiagnostic);
  const superseding = new Set(
    checkFindings.flatMap((f, i) => {
      const d = checkDiagnostics[i];
      return f.supersedesSchema === true && d !== undefined ? [`${d.line}:${d.col}`] : [];
    }),
  );
  const schemaDiagnostics = schemaFindings.map(toDiagnostic).filter((d) => !superseding.has(`${d.line}:${d.col}`));

  const seen = new Set<string>();
  const diagnostics = sortDiagnostics([...schemaDiagnostics, ...checkDiagnostics]).filter((d) => {
    const key = `${d.line}:${d.col}:${d.severity}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, value: doc.value, diagnostics };
}

function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}
