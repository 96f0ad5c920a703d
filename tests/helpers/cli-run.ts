/**
 * Runs the real, built CLI (`node bin/cv.cjs`, the package's bin, which runs dist/bundle/cv.cjs) as a subprocess, the way
 * a user or CI does. dist/ is made current by tests/helpers/global-setup.js.
 * Outputs go to fresh folders under the OS temp dir, never into the repo.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: { cv: string } }).bin.cv);
/** The one-file bundle the bin runs, made by the jest global setup. */
export const BUNDLE = join(REPO, 'dist/bundle/cv.cjs');
export const CV_YAML = join(REPO, 'cv.yaml');
export const LAYOUTS_DIR = join(REPO, 'layouts');

export interface CvRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Extra variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Node's arguments before cv's own, instead of the package's bin. */
  entry?: readonly string[];
}

/** The environment of a clean shell: nothing the test runner set that could change a build. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['SOURCE_DATE_EPOCH', 'NODE_OPTIONS', 'CV_DEBUG', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function checkBuilt(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: the jest globalSetup (tests/helpers/global-setup.js) should have built it`);
}

/** `cv ...args`, synchronously. */
export function runCv(args: readonly string[], opts: RunOptions = {}): CvRun {
  checkBuilt();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? REPO, encoding: 'utf8', env: cleanEnv(opts.env) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `cv ...args` without blocking, so that independent builds run side by side. */
export function runCvAsync(args: readonly string[], opts: RunOptions = {}): Promise<CvRun> {
  checkBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.entry ?? [BIN]), ...args], { cwd: opts.cwd ?? REPO, env: cleanEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Throws with the CLI's own output when a build that should work did not. */
export function expectOk(r: CvRun, what: string): void {
  if (r.status !== 0) throw new Error(`${what}: exit ${r.status}\n--- stderr ---\n${r.stderr}\n--- stdout ---\n${r.stdout}`);
}

const made: string[] = [];

/** A fresh, empty folder under the OS temp dir; removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cv-it-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function pdfsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort() : [];
}

/** Fails with a clear message when an external tool the tests need is not installed. */
export function requireTool(name: string, versionArg = '-v'): void {
  const r = spawnSync(name, [versionArg], { encoding: 'utf8' });
  if (r.error) throw new Error(`'${name}' is not installed or not on PATH (${r.error.message}); install qpdf and poppler-utils (CI does so in .ci/run)`);
}

/** Runs an external tool; throws with its output on a non-zero exit unless `allowFail`. */
export function tool(name: string, args: readonly string[], allowFail = false): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(name, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`'${name}' could not run (${r.error.message}); install qpdf and poppler-utils`);
  if (!allowFail && r.status !== 0) throw new Error(`${name} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---- data files, read directly (not through the product) --------------------------------------

export type Json = Record<string, unknown>;

export function readYaml(path: string): Json {
  return load(readFileSync(path, 'utf8')) as Json;
}

export function readCv(path = CV_YAML): Json {
  return readYaml(path);
}

export interface LayoutFile {
  id: string;
  file: string;
  raw: Json;
  /** Resolved through `extends`. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** page.size as the layout file says it (default letter). */
  size: 'letter' | 'a4';
  title: string;
  output: string;
  runningHeader: boolean;
  pageNumbers: boolean;
}

/** Every layouts/*.yaml, with the few fields the tests need resolved through `extends` (child wins). */
export function readLayouts(dir = LAYOUTS_DIR): Map<string, LayoutFile> {
  const raw = new Map<string, Json>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const value = readYaml(join(dir, f));
    raw.set(String(value.id), value);
  }
  const lookup = (id: string, get: (l: Json) => unknown): unknown => {
    const seen = new Set<string>();
    for (let cur: Json | undefined = raw.get(id); cur && !seen.has(String(cur.id)); cur = raw.get(String(cur.extends))) {
      seen.add(String(cur.id));
      const v = get(cur);
      if (v !== undefined) return v;
      if (cur.extends === undefined) break;
    }
    return undefined;
  };
  const out = new Map<string, LayoutFile>();
  for (const [id, value] of raw) {
    const margins = lookup(id, (l) => (l.page as Json | undefined)?.margins) as LayoutFile['margins'] | undefined;
    if (!margins) throw new Error(`layout '${id}' has no page.margins (directly or through extends)`);
    out.set(id, {
      id,
      file: join(dir, `${id}.yaml`),
      raw: value,
      margins,
      size: (lookup(id, (l) => (l.page as Json | undefined)?.size) as LayoutFile['size'] | undefined) ?? 'letter',
      title: String(lookup(id, (l) => l.title)),
      output: String(lookup(id, (l) => l.output)),
      runningHeader: lookup(id, (l) => (l.header as Json | undefined)?.runningHeader) === true,
      pageNumbers: lookup(id, (l) => (l.header as Json | undefined)?.pageNumbers) === true,
    });
  }
  return out;
}

/** "{name}-cv.pdf" with the owner's name as the product slugs it: ASCII, lower case, hyphens. */
export function outputFile(layout: LayoutFile, ownerName: string): string {
  const slug = ownerName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return layout.output.replace(/\{name\}/g, slug);
}
