/**
 * The fields and kinds of issue 9 end to end: tests/fixtures/valid/every-field.yaml
 * built by the real CLI with every bundled layout, the full CV read back with
 * poppler's pdftotext and qpdf.
 */
import { join } from 'node:path';
import { expectOk, pdfsIn, removeTempDirs, REPO, requireTool, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import type { CvRun } from '../helpers/cli-run.js';
import { findText, normalizeText } from '../helpers/pdf-read.js';
import { uriTargets } from '../helpers/pdf-tools.js';

const FIXTURE = join(REPO, 'tests/fixtures/valid/every-field.yaml');

let run: CvRun;
let out = '';
let layoutText = '';
let text = '';

beforeAll(async () => {
  for (const t of ['pdftotext', 'qpdf']) requireTool(t, t === 'qpdf' ? '--version' : '-v');
  out = tempDir('fields');
  run = await runCvAsync(['build', '-i', FIXTURE, '--out', out]);
  expectOk(run, 'cv build every-field.yaml');
  layoutText = tool('pdftotext', ['-layout', join(out, 'ada-lovelace-cv.pdf'), '-']).stdout;
  text = normalizeText(tool('pdftotext', [join(out, 'ada-lovelace-cv.pdf'), '-']).stdout);
});

afterAll(removeTempDirs);

describe('a CV with every new field and kind', () => {
  it('builds all three layouts, warning only about the RenderCV owner mark', () => {
    expect(pdfsIn(out)).toEqual(['ada-lovelace-cv.pdf', 'ada-lovelace-publications.pdf', 'ada-lovelace-resume.pdf']);
    expect(run.stderr).toContain("every-field.yaml:60:35: warning: '**A. Lovelace**' marks the owner RenderCV-style");
    expect(run.stderr).not.toContain('error');
  });

  it.each([
    'GitHub: adalovelace',
    'B.A., Mathematics',
    'Studied calculus with Augustus De Morgan, by letter; his notes are kept at www.example.org/de-morgan-letters.',
    'GPA 3.9/4.0',
    'Courses: Calculus, Symbolic algebra, Logic',
    'First-class honours',
    'Oct 1842 – Present',
    "Translated Menabrea's memoir and added notes three times its length.",
    '• Wrote Note G – An algorithm for the Bernoulli numbers',
    'London Mechanics',
    'L. F. Menabrea and A. Lovelace',
    'Scientific Memoirs, vol. 3, no. 29, pp. 666–731, Richard and John E. Taylor, 1843',
    'doi:10.5555/sketch.1843',
    'Notes on a Calculating Engine doi:10.5555/notes-1843',
    'Charles Babbage and Ada Lovelace',
    'GB 1843-042 (UK Patent Office), Granted, Mar 1844',
    'Punched Card Reader Pending',
    'Roles: Author, Editor',
    'Mathematics (Advanced): Calculus, Algebra',
    'Poetry (Beginner)',
    'English — Native',
    'French — Fluent',
    'Italian',
    'Music: Harp, Singing',
    'Lucasian Professor, University of Cambridge',
    'babbage@example.org',
    '“The Enchantress of Numbers.”',
    '• Mary Somerville, On the Connexion of the Physical Sciences',
    "• Menabrea's memoir, in French",
  ])('the full CV prints %s', (value) => {
    expect(findText(text, value).index).toBeGreaterThanOrEqual(0);
  });

  it('prints no RenderCV asterisks, one date for a single date and no dash for an undated entry', () => {
    expect(text).not.toContain('*');
    const line = (needle: string) => layoutText.split('\n').find((l) => l.includes(needle)) ?? '';
    expect(line('B.A., Mathematics').trim()).toMatch(/^B\.A\., Mathematics\s+1835$/);
    expect(line('Independent scholar').trim()).toBe('Independent scholar');
    expect(line('Home tutoring').trim()).toBe('Home tutoring');
  });

  it('links DOIs to doi.org, titles to their pages, and bare URLs and emails in running text', () => {
    const targets = uriTargets(join(out, 'ada-lovelace-cv.pdf'));
    expect(targets).toEqual(expect.arrayContaining([
      'https://doi.org/10.5555/sketch.1843',
      'https://doi.org/10.5555/notes-1843',
      'https://example.org/sketch',
      'https://example.org/patent',
      'https://example.org/difference',
      'https://www.example.org/de-morgan-letters',
      'https://example.org/a-very-long-path/to_the-notes/on.the-analytical-engine/note-g',
      'https://example.org/notes',
      'mailto:babbage@example.org',
      'https://github.com/adalovelace',
    ]));
  });
});
