/**
 * Issue 14's typesetting cases, read back from the PDF of every layout: a
 * justified line keeps a real space between a regular and a bold run and no
 * two words overlap; a justified bullet of long Cyrillic words stays inside
 * the margins; a 90-word name gives a one-line running header inside the top
 * margin.
 */
import { join } from 'node:path';
import { expectOk, pdfsIn, readCv, readLayouts, REPO, removeTempDirs, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import { marginViolations, overlaps, wordBoxes } from '../helpers/pdf-read.js';

const FIXTURE = join(REPO, 'tests/fixtures/build/justified-runs.yaml');
const owner = String(readCv(FIXTURE).name);
const layouts = readLayouts();
let out = '';

beforeAll(async () => {
  out = tempDir('justified');
  expectOk(await runCvAsync(['build', '--input', FIXTURE, '--out', out, '--layout', 'full', '--layout', 'resume']), 'cv build');
});

afterAll(removeTempDirs);

describe.each(['full', 'resume'])('layout %s', (id) => {
  const pdf = (): string => join(out, pdfsIn(out).find((f) => f.endsWith(`-${id === 'full' ? 'cv' : id}.pdf`))!);

  test('no two words overlap and every body word is inside the margins', () => {
    const pages = wordBoxes(pdf());
    const layout = layouts.get(id)!;
    const body = pages.map((p) => ({ ...p, lines: p.lines.filter((l) => l.words.every((w) => w.y0 >= layout.margins.top - 0.5)) }));
    expect(overlaps(pages)).toEqual([]);
    expect(marginViolations(body, layout.margins, undefined)).toEqual([]);
  });

  test('a regular word followed by a bold one is read with a space between them', () => {
    const text = tool('pdftotext', [pdf(), '-']).stdout.replace(/\s+/g, ' ');
    for (const pair of ['develop interactive', 'compare them with', 'older machine across', 'над вычислительнымипреобразованиями']) {
      expect(text).toContain(pair);
    }
  });
});

test('a 90-word name: the running header is one line in the top margin, cut with "…"', () => {
  const layout = layouts.get('full')!;
  const pages = wordBoxes(join(out, pdfsIn(out).find((f) => f.endsWith('-cv.pdf'))!));
  expect(pages.length).toBeGreaterThan(1);
  expect(owner.split(' ')).toHaveLength(90);
  for (const page of pages.slice(1)) {
    const header = page.lines.filter((l) => l.words.some((w) => w.y1 <= layout.margins.top + 0.5));
    expect(header).toHaveLength(1);
    expect(header[0]!.text.endsWith('\u2026')).toBe(true);
    for (const w of header[0]!.words) expect(w.y0).toBeGreaterThan(5);
  }
});
