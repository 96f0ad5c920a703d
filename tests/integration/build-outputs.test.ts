/**
 * `cv build`: which files it writes, the manifest that describes them, what it
 * prints, and how it answers --json, --layout and a bad layout id.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectOk, outputFile, pdfsIn, readCv, readLayouts, removeTempDirs, runCv, runCvAsync, sha256, tempDir, tool } from '../helpers/cli-run.js';
import type { CvRun } from '../helpers/cli-run.js';

const layouts = readLayouts();
const owner = String(readCv().name);
const expectedFiles = [...layouts.values()].map((l) => outputFile(l, owner)).sort();

interface Entry {
  layout: string;
  file: string;
  pages: number;
  bytes: number;
  sha256: string;
  dropped: unknown[];
}

let plainOut = '';
let plain: CvRun;
let jsonOut = '';
let json: CvRun;

beforeAll(async () => {
  plainOut = tempDir('outputs');
  jsonOut = tempDir('outputs-json');
  [plain, json] = await Promise.all([runCvAsync(['build', '--out', plainOut]), runCvAsync(['build', '--json', '--out', jsonOut])]);
  expectOk(plain, 'cv build');
});

afterAll(removeTempDirs);

const manifest = (dir: string): { date: string; outputs: Entry[] } => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('cv build with no flags', () => {
  it('exits 0 and writes one PDF per layout plus manifest.json, nothing else', () => {
    expect(plain.status).toBe(0);
    // The three layouts the product ships are always among them.
    expect(layouts.has('full') && layouts.has('resume') && layouts.has('publications')).toBe(true);
    expect(readdirSync(plainOut).sort()).toEqual([...expectedFiles, 'manifest.json'].sort());
  });

  it('describes every PDF in the manifest with a size and sha256 that match the file', () => {
    const m = manifest(plainOut);
    expect(m.outputs.map((o) => o.layout).sort()).toEqual([...layouts.keys()].sort());
    for (const o of m.outputs) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['layout', 'file', 'pages', 'bytes', 'sha256', 'dropped']));
      const file = join(plainOut, o.file);
      expect(existsSync(file)).toBe(true);
      expect(o.file).toBe(outputFile(layouts.get(o.layout)!, owner));
      expect([o.layout, o.bytes]).toEqual([o.layout, statSync(file).size]);
      expect([o.layout, o.sha256]).toEqual([o.layout, sha256(file)]);
      expect(o.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Array.isArray(o.dropped)).toBe(true);
      expect(Number.isInteger(o.pages) && o.pages >= 1).toBe(true);
      // The page count is the PDF's own.
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', [file]).stdout)?.[1]);
      expect([o.layout, o.pages]).toEqual([o.layout, pages]);
    }
  });

  it('prints exactly one line per PDF on stdout, each naming its file', () => {
    const lines = plain.stdout.split('\n').filter((l) => l !== '');
    expect(plain.stdout.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(expectedFiles.length);
    for (const f of expectedFiles) expect(lines.filter((l) => l.includes(f))).toHaveLength(1);
  });

  it('fits the resume on one page and the full CV on more than one', () => {
    const byLayout = new Map(manifest(plainOut).outputs.map((o) => [o.layout, o]));
    expect(byLayout.get('resume')?.pages).toBe(1);
    expect(byLayout.get('full')?.pages).toBeGreaterThan(1);
  });
});

describe('cv build --json', () => {
  it('prints only the manifest as JSON, equal to manifest.json', () => {
    expectOk(json, 'cv build --json');
    const printed = JSON.parse(json.stdout);
    expect(printed).toEqual(manifest(jsonOut));
    expect(json.stdout.trim().startsWith('{')).toBe(true);
    expect(pdfsIn(jsonOut)).toEqual(expectedFiles);
  });
});

describe('cv build --layout', () => {
  it('--layout resume builds that layout only', () => {
    const out = tempDir('only-resume');
    const r = runCv(['build', '--layout', 'resume', '--out', out]);
    expectOk(r, 'cv build --layout resume');
    const resumeFile = outputFile(layouts.get('resume')!, owner);
    expect(readdirSync(out).sort()).toEqual([resumeFile, 'manifest.json'].sort());
    expect(manifest(out).outputs.map((o) => o.layout)).toEqual(['resume']);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--layout nope exits 2, lists the valid layout ids on stderr and writes nothing', () => {
    const parent = tempDir('bad-layout');
    const out = join(parent, 'out');
    const r = runCv(['build', '--layout', 'nope', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'nope'");
    for (const id of layouts.keys()) expect(r.stderr).toMatch(new RegExp(`\\b${id}\\b`));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});
