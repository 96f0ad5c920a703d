/**
 * How `cv build` fails: the exit code of DESIGN.md, a compiler-style message
 * without a stack trace, and never a new, broken or half-written PDF where a
 * good one was.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CV_YAML, expectOk, outputFile, pdfsIn, readCv, readLayouts, removeTempDirs, requireTool, runCv, runCvAsync, sha256, tempDir, tool } from '../helpers/cli-run.js';
import type { Json } from '../helpers/cli-run.js';

const layouts = readLayouts();
const cv = readCv();
const owner = String(cv.name);
const resumeFile = outputFile(layouts.get('resume')!, owner);
const noStack = (stderr: string): void => expect(stderr).not.toMatch(/^ {4}at /m);

/** cv.yaml with the first experience entry ending before it starts; returns the file and where the bad value is. */
function brokenCv(dir: string): { file: string; line: number; col: number } {
  const text = readFileSync(CV_YAML, 'utf8');
  const lines = text.split('\n');
  const startLine = lines.findIndex((l) => /^\s+start: "2020-05"$/.test(l));
  const endLine = lines.findIndex((l, i) => i > startLine && /^\s+end: "2020-07"$/.test(l));
  if (startLine < 0 || endLine !== startLine + 1) throw new Error('cv.yaml changed: the test cannot find the NVIDIA 2020 internship dates to break');
  lines[endLine] = lines[endLine]!.replace('"2020-07"', '"2020-01"');
  const file = join(dir, 'broken.yaml');
  writeFileSync(file, lines.join('\n'));
  return { file, line: endLine + 1, col: lines[endLine]!.indexOf('"2020-01"') + 1 };
}

afterAll(removeTempDirs);

describe('invalid input', () => {
  it('exits 1 with file:line:col diagnostics, no stack trace and no PDF', () => {
    const dir = tempDir('broken');
    const bad = brokenCv(dir);
    const out = join(dir, 'out');
    const r = runCv(['build', '--input', bad.file, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad.file}:${bad.line}:${bad.col}: error: 'end' (2020-01) is before 'start' (2020-05)`);
    expect(r.stderr).toMatch(/^\S+:\d+:\d+: error: /m);
    noStack(r.stderr);
    expect(r.stdout).toBe('');
    expect(pdfsIn(out)).toEqual([]);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('leaves a good PDF (and manifest) already in the out folder byte-identical', () => {
    const dir = tempDir('keep');
    const out = join(dir, 'out');
    expectOk(runCv(['build', '--layout', 'resume', '--out', out]), 'first, good build');
    const before = { pdf: sha256(join(out, resumeFile)), manifest: sha256(join(out, 'manifest.json')) };
    const r = runCv(['build', '--layout', 'resume', '--input', brokenCv(dir).file, '--out', out]);
    expect(r.status).toBe(1);
    expect({ pdf: sha256(join(out, resumeFile)), manifest: sha256(join(out, 'manifest.json')) }).toEqual(before);
    expect(readdirSync(out).sort()).toEqual([resumeFile, 'manifest.json'].sort());
  });
});

describe('page budgets', () => {
  it('--max-pages 1 --layout full exits 3, says how many pages it needs, and writes no PDF', () => {
    const out = join(tempDir('budget'), 'out');
    const r = runCv(['build', '--max-pages', '1', '--layout', 'full', '--out', out]);
    expect(r.status).toBe(3);
    const needs = /needs (\d+) pages/.exec(r.stderr);
    expect(needs).not.toBeNull();
    expect(Number(needs![1])).toBeGreaterThan(1);
    expect(r.stderr).toMatch(/budget is 1\b/);
    noStack(r.stderr);
    expect(pdfsIn(out)).toEqual([]);
  });

  it('fits a resume with four times the content on one page by leaving out what ranks lowest, and says so', async () => {
    requireTool('pdfinfo');
    const dir = tempDir('bloated');
    const big = JSON.parse(JSON.stringify(cv)) as Json;
    const multiply = (kind: string, times: number): void => {
      for (const s of big.sections as Json[]) {
        if (s.kind !== kind) continue;
        const entries = s.entries as Json[];
        s.entries = Array.from({ length: times }, (_, k) =>
          entries.map((e) =>
            k === 0 ? e : { ...e, ...(e.id ? { id: `${String(e.id)}-copy-${k}` } : {}), title: `${String(e.title)} (variant ${k + 1})` },
          ),
        ).flat();
      }
    };
    multiply('publication', 4);
    multiply('experience', 4);
    multiply('award', 4);
    const input = join(dir, 'big.yaml');
    writeFileSync(input, `${JSON.stringify(big, null, 2)}\n`); // JSON is YAML
    const out = join(dir, 'out');
    const r = await runCvAsync(['build', '--layout', 'resume', '--max-pages', '1', '--input', input, '--out', out]);
    expectOk(r, 'cv build of the bloated resume');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: { pages: number; dropped: unknown[] }[] };
    const [resume] = manifest.outputs;
    expect(resume?.pages).toBe(1);
    expect(tool('pdfinfo', [join(out, resumeFile)]).stdout).toMatch(/^Pages:\s+1$/m);
    expect(resume?.dropped.length).toBeGreaterThan(0);
    const dropLines = r.stderr.split('\n').filter((l) => /left out/.test(l));
    expect(dropLines).toHaveLength(resume!.dropped.length);
    for (const l of dropLines) expect(l).toMatch(/^cv: resume: left out /);
  });
});

describe('output that cannot be written', () => {
  it('exits 4 when the out folder is under a regular file', () => {
    const dir = tempDir('unwritable');
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder\n');
    const r = runCv(['build', '--layout', 'resume', '--out', join(file, 'out')]);
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/^cv: .*a-file/m);
    noStack(r.stderr);
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });
});
