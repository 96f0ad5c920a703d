/**
 * Page fill, measured on the PageTree as built: no page ends more than three
 * body lines early, except before a section whose heading and first lines
 * would not have fitted; an entry too long to move whole splits between its
 * bullets, and the page that continues it opens with its title and
 * "(continued)", an artifact the tagged text does not repeat.
 */
import { join } from 'node:path';
import { expectOk, pdfsIn, REPO, removeTempDirs, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import { taggedBlocks } from '../helpers/tagged-text.js';
import { lineQuality } from '../../src/pipeline/line-quality.js';

const paths = (input: string) => ({ input, layoutsDir: join(REPO, 'layouts'), fontsDir: join(REPO, 'fonts') });
const LONG = join(REPO, 'tests/fixtures/build/long-entries.yaml');

afterAll(removeTempDirs);

test('the owner’s full CV: at most 6 pages, none ending more than 3 lines early but before a section that does not fit', async () => {
  const full = (await lineQuality(paths(join(REPO, 'cv.yaml')), ['full'])).get('full')!;
  expect(full.pages).toBeLessThanOrEqual(6);
  expect(full.ends).toHaveLength(full.pages - 1);
  expect(full.ends.filter((e) => e.linesEarly > 3 && !e.sectionDoesNotFit)).toEqual([]);
});

describe('entries of 25 and 70 bullets', () => {
  let pages: string[] = [];
  let path = '';
  beforeAll(async () => {
    const out = tempDir('page-fill');
    expectOk(await runCvAsync(['build', '--input', LONG, '--layout', 'full', '--out', out]), 'cv build');
    path = join(out, pdfsIn(out)[0]!);
    pages = tool('pdftotext', ['-layout', path, '-']).stdout.split('\f').slice(0, -1);
  });

  test('no page ends more than 3 lines early: the 25-bullet entry starts at the foot of page 1', async () => {
    const full = (await lineQuality(paths(LONG), ['full'])).get('full')!;
    expect(full.ends.filter((e) => e.linesEarly > 3 && !e.sectionDoesNotFit)).toEqual([]);
    expect(pages[0]).toContain('Bullet 2 of the engine analyst');
  });

  test('every page that continues an entry opens with its title and "(continued)", under the running header', () => {
    const openings = pages.map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== '')[1]);
    expect(openings.slice(1)).toEqual(['Engine Analyst (continued)', ...Array.from({ length: pages.length - 2 }, () => 'Chief Programmer (continued)')]);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    // The cue repeats what was read: it is an artifact, not tagged text.
    expect(taggedBlocks(path).some((b) => b.text.includes('(continued)'))).toBe(false);
  });

  test('every split leaves at least two bullets on each side', () => {
    for (const [i, page] of pages.entries()) {
      const bullets = page.match(/Bullet \d+ of the/g) ?? [];
      if (i > 0) expect([i + 1, bullets.length >= 2]).toEqual([i + 1, true]);
    }
    expect(pages.at(-1)).toMatch(/Bullet 70 of the chief programmer/);
  });
});
