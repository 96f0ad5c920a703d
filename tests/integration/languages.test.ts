/**
 * A Spanish and a Korean CV build with the labels and dates of their
 * language, from tables shipped with the code. The Korean one uses a layout
 * in the user's own folder that extends the bundled full CV and adds a
 * Hangul fallback font; without it, the error names the line to add.
 */
import { join } from 'node:path';
import { expectOk, pdfsIn, REPO, removeTempDirs, runCv, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import { pdfuaProblems } from '../helpers/pdfua-check.js';
import { taggedBlocks } from '../helpers/tagged-text.js';

const fixture = (name: string): string => join(REPO, 'tests/fixtures/build', name);

afterAll(removeTempDirs);

test('a Spanish CV: Spanish months, "actualidad", the Spanish legend and « » quotes', async () => {
  const out = tempDir('lang-es');
  expectOk(await runCvAsync(['build', '--input', fixture('lang-es.yaml'), '--layout', 'full', '--out', out]), 'cv build');
  const [file] = pdfsIn(out);
  const text = tool('pdftotext', [join(out, file!), '-']).stdout.replace(/\s+/g, ' ');
  for (const s of ['ago. 2018 – actualidad', 'mar. 2019', '* Contribución igualitaria.', 'Director: Dr. José «Pepe» Pérez']) expect(text).toContain(s);
  expect(text).not.toMatch(/Present|Aug|Advisor|Equal/);
  expect(pdfuaProblems(join(out, file!))).toEqual([]);
});

test('a Korean CV with a Hangul fallback added in a layout of the user’s own that extends a bundled one', async () => {
  const out = tempDir('lang-ko');
  const layouts = join(REPO, 'tests/fixtures/layouts-korean');
  expectOk(await runCvAsync(['build', '--input', fixture('lang-ko.yaml'), '--layouts', layouts, '--layout', 'korean', '--out', out]), 'cv build');
  const [file] = pdfsIn(out);
  const path = join(out, file!);
  const text = tool('pdftotext', [path, '-']).stdout.replace(/\s+/g, ' ');
  for (const s of ['박해규', '2018년 8월 – 현재', '지도교수: Polo Chau', '2020년 10월', '* 동등 기여.']) expect(text).toContain(s);
  expect(tool('pdffonts', [path]).stdout).toMatch(/NanumGothic/);
  expect(taggedBlocks(path).map((b) => b.text)).toContain('박해규');
  expect(pdfuaProblems(path)).toEqual([]);
});

test('without the fallback, the missing-glyph error says which line to add and where', () => {
  const r = runCv(['build', '--input', fixture('lang-ko.yaml'), '--layout', 'full', '--out', tempDir('lang-ko-bad')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/lang-ko\.yaml:1:7: error: character '박'/);
  expect(r.stderr).toContain("add the line '  fallbacks: [/usr/share/fonts/truetype/nanum/NanumGothic.ttf]' under 'fonts:'");
  expect(r.stderr).toContain("layouts/full.yaml with 'id: full' and 'extends: full'");
});
