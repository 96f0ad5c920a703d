/**
 * PDF/UA-1 as far as a program can check it, with our own checker
 * (tests/helpers/pdfua-check.ts), on every layout, on hostile input and
 * with --pdfa. The checker itself is tested on PDFs that break each rule.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { expectOk, pdfsIn, REPO, removeTempDirs, runCvAsync, tempDir } from '../helpers/cli-run.js';
import { pdfuaProblems, untaggedOperators } from '../helpers/pdfua-check.js';

afterAll(removeTempDirs);

const builds: [string, string[]][] = [
  ['cv.yaml', []],
  ['cv.yaml --pdfa', ['--pdfa']],
  ['hostile.yaml', ['--input', join(REPO, 'tests/fixtures/build/hostile.yaml')]],
  ['justified-runs.yaml', ['--input', join(REPO, 'tests/fixtures/build/justified-runs.yaml')]],
  // Entries split across pages: the "(continued)" cues must be artifacts.
  ['long-entries.yaml', ['--input', join(REPO, 'tests/fixtures/build/long-entries.yaml'), '--layout', 'full']],
];

describe.each(builds)('cv build %s', (_name, args) => {
  test('every PDF passes the PDF/UA-1 checks', async () => {
    const out = tempDir('pdfua');
    expectOk(await runCvAsync(['build', '--out', out, ...args]), 'cv build');
    const files = pdfsIn(out);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect([f, pdfuaProblems(join(out, f))]).toEqual([f, []]);
  });
});

describe('the checker finds what it looks for', () => {
  test('text or paths outside marked content, and marked content without MCID, are reported', () => {
    expect(untaggedOperators('BT /F1 10 Tf <0001> Tj ET')).toHaveLength(1);
    expect(untaggedOperators('0 0 10 10 re f')).toHaveLength(1);
    expect(untaggedOperators('/P <</MCID 3>> BDC BT [(a) 10 (b)] TJ ET EMC')).toEqual([]);
    expect(untaggedOperators('/Artifact <</Type /Layout>> BDC 0 0 1 1 re f EMC')).toEqual([]);
    expect(untaggedOperators('/Span <</Lang (en)>> BDC BT (x\\)Tj) Tj ET EMC')).toHaveLength(1);
  });

  test('an untagged PDF with a bare link fails on identification, tagging and the link', async () => {
    const doc = new PDFDocument({ autoFirstPage: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.text('Untagged words', 72, 72).link(72, 72, 100, 12, 'https://example.org');
    doc.end();
    await done;
    const path = join(tempDir('pdfua-bad'), 'bad.pdf');
    writeFileSync(path, Buffer.concat(chunks));
    const problems = pdfuaProblems(path).join('\n');
    for (const expected of ['pdfuaid:part 1', '/DisplayDocTitle', 'MarkInfo', 'StructTreeRoot', 'neither tagged nor artifact', 'without /Contents', 'no /StructParent']) {
      expect(problems).toContain(expected);
    }
  });
});
