/**
 * Text that reads back exactly: the tagged text (what a screen reader says)
 * and pdftotext (what an applicant-tracking system sees) of every layout
 * hold every word of cv.yaml, apart, with no line-end hyphen glued in.
 */
import { join } from 'node:path';
import { expectOk, outputFile, readCv, readLayouts, removeTempDirs, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import { printedStrings } from '../helpers/cv-content.js';
import { stripMarkup } from '../helpers/pdf-read.js';
import { taggedBlocks, words } from '../helpers/tagged-text.js';

const cv = readCv();
const owner = String(cv.name);
const layouts = readLayouts();
const paths = new Map<string, string>();

beforeAll(async () => {
  const out = tempDir('reading');
  expectOk(await runCvAsync(['build', '--out', out]), 'cv build');
  for (const [id, layout] of layouts) paths.set(id, join(out, outputFile(layout, owner)));
});

afterAll(removeTempDirs);

/** The words of cv.yaml's printed strings, as a reader would split them. */
const sourceWords = new Set(printedStrings(cv).flatMap((s) => words(stripMarkup(s.text))));

describe.each([...layouts.keys()])('layout %s', (id) => {
  test('every word of the tagged text is a word pdftotext also reads: no glued words, no "aug-" halves', () => {
    const path = paths.get(id)!;
    const plain = new Set(words(tool('pdftotext', [path, '-']).stdout));
    const blocks = taggedBlocks(path);
    expect(blocks.length).toBeGreaterThan(5);
    const strange = blocks.flatMap((b) => words(b.text)).filter((w) => !plain.has(w));
    expect(strange).toEqual([]);
  });

  test('every long word of a tagged paragraph that cv.yaml has is whole in it (a hyphenated word reads whole)', () => {
    const tagged = new Set(taggedBlocks(paths.get(id)!).flatMap((b) => words(b.text)));
    const glued = [...tagged].filter((w) => w.length > 25 && !sourceWords.has(w) && !/[/@.]/.test(w));
    expect(glued).toEqual([]);
    const halves = [...tagged].filter((w) => /\p{L}-$/u.test(w));
    expect(halves).toEqual([]);
  });
});

test('the full CV: pdftotext and the tagged text give every word of cv.yaml', () => {
  const path = paths.get('full')!;
  const plain = new Set(words(tool('pdftotext', [path, '-']).stdout));
  const tagged = new Set(taggedBlocks(path).flatMap((b) => words(b.text)));
  const missingPlain = [...sourceWords].filter((w) => !plain.has(w));
  const missingTagged = [...sourceWords].filter((w) => !tagged.has(w));
  expect(missingPlain).toEqual([]);
  expect(missingTagged).toEqual([]);
});

test('quotes and apostrophes typed straight in cv.yaml are printed curly', () => {
  const text = tool('pdftotext', [paths.get('full')!, '-']).stdout;
  expect(text).toContain('\u201cThank a Teacher\u201d');
  expect(text).toContain('team\u2019s');
  expect(text).not.toMatch(/\p{L}'\p{L}/u);
});
