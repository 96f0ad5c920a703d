import { escapePointer } from '../common/json-pointer.js';
import type { ErrorObject } from 'ajv';
import type { CompiledSchema } from './compile-schema.js';
import { describeField, describeObject, describeSchemaType, describeType, joinOr, showValue } from './describe.js';
import { closest } from './suggest.js';
import type { Finding } from './types.js';

const isUnder = (path: string, base: string): boolean => path === base || path.startsWith(`${base}/`);

/**
 * Turns ajv's errors into messages for people, one per real problem. ajv
 * reports every failed alternative of a oneOf/anyOf; a person wants the one
 * alternative they meant, so alternatives that failed only on the value's
 * type are dropped when another alternative got further, and when none did
 * the type errors merge into one "expected a string or a mapping".
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], root: unknown, schema: CompiledSchema): Finding[] {
  const all = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'then' && e.keyword !== 'else');
  const dead = new Set<ErrorObject>();
  const merged = new Map<ErrorObject, Finding>();

  all.forEach((e, i) => {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') return;
    const run: ErrorObject[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const s = all[j];
      if (s === undefined || !isUnder(s.instancePath, e.instancePath)) break;
      if (!dead.has(s)) run.push(s);
    }
    if (run.length === 0) return; // matched several alternatives: keep the combinator's own error
    dead.add(e);
    const shape = run.filter((s) => s.instancePath === e.instancePath && s.keyword === 'type');
    const rest = run.filter((s) => !shape.includes(s));
    if (rest.length > 0) {
      shape.forEach((s) => dead.add(s));
      const required = rest.filter((s) => s.keyword === 'required' && s.instancePath === e.instancePath);
      if (required.length === rest.length && required.length > 1) {
        required.forEach((s) => dead.add(s));
        const keys = required.map((s) => `'${String(s.params['missingProperty'])}'`).reverse();
        merged.set(e, {
          pointer: e.instancePath,
          severity: 'error',
          message: `${describeObject(root, e.instancePath)} needs ${joinOr(keys)}`,
        });
      }
      return;
    }
    shape.forEach((s) => dead.add(s));
    const types = [...new Set(shape.reverse().flatMap((s) => typeList(s.params['type'])))];
    merged.set(e, { pointer: e.instancePath, severity: 'error', message: typeMessage(types, e.instancePath, e.data) });
  });

  const findings: Finding[] = [];
  for (const e of all) {
    const replacement = merged.get(e);
    if (replacement !== undefined) findings.push(replacement);
    else if (!dead.has(e)) {
      const f = explainOne(e, all, root, schema);
      if (f !== null) findings.push(f);
    }
  }
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.pointer}|${f.at ?? 'value'}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function typeList(t: unknown): string[] {
  return Array.isArray(t) ? t.map(String) : [String(t)];
}

function typeMessage(types: readonly string[], pointer: string, data: unknown): string {
  const expected = joinOr(types.map(describeSchemaType));
  const where = pointer === '' ? 'at the top level' : `for ${describeField(pointer)}`;
  return `expected ${expected} ${where}, found ${describeType(data)}`;
}

function explainOne(e: ErrorObject, all: readonly ErrorObject[], root: unknown, schema: CompiledSchema): Finding | null {
  const p = e.params as Record<string, unknown>;
  const field = describeField(e.instancePath);
  const error = (message: string, pointer = e.instancePath, at: 'key' | 'value' = 'value'): Finding => ({
    pointer,
    severity: 'error',
    message,
    at,
  });
  switch (e.keyword) {
    case 'type':
      return error(typeMessage(typeList(p['type']), e.instancePath, e.data));
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(p['additionalProperty'] ?? p['unevaluatedProperty']);
      const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const guess = closest(key, Object.keys(props));
      const hint = guess === undefined ? '' : `; did you mean '${guess}'?`;
      return error(`unknown key '${key}' in ${describeObject(root, e.instancePath)}${hint}`, `${e.instancePath}/${escapePointer(key)}`, 'key');
    }
    case 'required': {
      const missing = String(p['missingProperty']);
      const misspelt = all.some(
        (o) =>
          o.keyword === 'additionalProperties' &&
          o.instancePath === e.instancePath &&
          closest(String(o.params['additionalProperty']), [missing]) !== undefined,
      );
      if (misspelt) return null; // "unknown key 'instituton'; did you mean 'institution'?" covers it
      return error(`missing required key '${String(p['missingProperty'])}' in ${describeObject(root, e.instancePath)}`);
    }
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map((v) => showValue(v));
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      const hint = guess === undefined ? '' : `; did you mean '${guess}'?`;
      return error(`${field} must be one of: ${allowed.join(', ')} (found '${showValue(e.data)}'${hint})`);
    }
    case 'const':
      return error(`${field} must be '${showValue(p['allowedValue'])}' (found '${showValue(e.data)}')`);
    case 'pattern':
    case 'format': {
      const expected = expectation(e, schema);
      const tail = expected ?? (e.keyword === 'pattern' ? `does not match ${String(p['pattern'])}` : `is not a valid ${String(p['format'])}`);
      return error(`${field} (${showValue(e.data)}) ${expected === undefined ? tail : `is not valid; expected ${tail}`}`);
    }
    case 'minLength':
      return error(p['limit'] === 1 ? `${field} must not be empty` : `${field} must be at least ${String(p['limit'])} characters long`);
    case 'maxLength':
      return error(`${field} must be at most ${String(p['limit'])} characters long`);
    case 'minItems':
      return error(`${field} must have at least ${plural(Number(p['limit']), 'item')}`);
    case 'maxItems':
      return error(`${field} must have at most ${plural(Number(p['limit']), 'item')}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return error(`${field} must be ${String(p['comparison'])} ${String(p['limit'])} (found ${showValue(e.data)})`);
    case 'uniqueItems':
      return error(`${field} has duplicate items: item ${Number(p['i']) + 1} repeats item ${Number(p['j']) + 1}`);
    case 'discriminator': {
      const tag = String(p['tag']);
      const tagPointer = `${e.instancePath}/${escapePointer(tag)}`;
      if (all.some((o) => o !== e && (o.instancePath === tagPointer || (o.instancePath === e.instancePath && o.keyword === 'required')))) {
        return null; // the enum or required error on the tag already says it better
      }
      if (p['error'] === 'mapping') return error(`unknown ${tag} '${showValue(p['tagValue'])}'`, tagPointer);
      return error(`'${tag}' must be a string in ${describeObject(root, e.instancePath)}`);
    }
    default:
      return error(`${field} ${e.message ?? 'is invalid'}`);
  }
}

/** What a pattern or format wanted, from the schema's own description, e.g. "a date: YYYY, ...". */
function expectation(e: ErrorObject, schema: CompiledSchema): string | undefined {
  const parent = e.parentSchema as { description?: unknown } | undefined;
  const def = schema.definitionAt(e.schemaPath);
  const text = def?.scalar === true && def.description !== undefined ? def.description : parent?.description;
  if (typeof text !== 'string' || text === '') return undefined;
  const sentence = text.split(/(?<!\b(?:e\.g|i\.e|etc))\.(?:\s|$)/)[0] ?? text;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
