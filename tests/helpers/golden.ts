/**
 * Golden-file checks: a layout change shows up as a readable JSON diff.
 * Run with UPDATE_GOLDEN=1 to (re)write the files instead of comparing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const updating = (): boolean => process.env.UPDATE_GOLDEN === '1';

/** Sorted keys, numbers rounded to 3 decimals (no -0), undefined dropped: the same value always gives the same text. */
export function stableJson(value: unknown): string {
  const normalize = (v: unknown): unknown => {
    if (typeof v === 'number') {
      const r = Math.round(v * 1000) / 1000;
      return Object.is(r, -0) ? 0 : r;
    }
    if (Array.isArray(v)) return v.map(normalize);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        const child = (v as Record<string, unknown>)[key];
        if (child !== undefined) out[key] = normalize(child);
      }
      return out;
    }
    return v;
  };
  return `${JSON.stringify(normalize(value), null, 2)}\n`;
}

/** Compares `value` with tests/golden/<name>.json (name may contain a folder, e.g. "typeset/row"). */
export function expectGolden(name: string, value: unknown): void {
  const file = join(GOLDEN_ROOT, `${name}.json`);
  const actual = stableJson(value);
  if (updating()) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name}.json is missing; run with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * Checks a whole folder of golden files at once: every entry must match and
 * the folder must hold no other file, so a stale or missing golden fails
 * (a check that passes when any one file matches proves nothing).
 */
export function expectGoldenSet(folder: string, entries: Record<string, unknown>): void {
  const dir = join(GOLDEN_ROOT, folder);
  const names = Object.keys(entries).sort();
  const existing = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort() : [];
  if (updating()) {
    for (const stale of existing.filter((n) => !names.includes(n))) unlinkSync(join(dir, `${stale}.json`));
  } else {
    expect(existing).toEqual(names);
  }
  for (const name of names) expectGolden(`${folder}/${name}`, entries[name]);
}
