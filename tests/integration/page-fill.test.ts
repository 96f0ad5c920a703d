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
import { planBuild } from '../../src/plan/index.js';
import { readInputs } from '../../src/read/index.js';
import { createSession } from '../../src/session/index.js';
import type { PageTree, StructNode, TextItem } from '../../src/typeset/types.js';

const paths = (input: string) => ({ input, layoutsDir: join(REPO, 'layouts'), fontsDir: join(REPO, 'fonts') });
const LONG = join(REPO, 'tests/fixtures/build/long-entries.yaml');

afterAll(removeTempDirs);

test('the owner’s full CV: at most 6 pages, none ending more than 3 lines early but before a section that does not fit', async () => {
  const full = (await lineQuality(paths(join(REPO, 'cv.yaml')), ['full'])).get('full')!;
  expect(full.pages).toBeLessThanOrEqual(6);
  expect(full.ends).toHaveLength(full.pages - 1);
  expect(full.ends.filter((e) => e.linesEarly > 3 && !e.sectionDoesNotFit)).toEqual([]);
});

/** Every paragraph (P) of a tree as its lines' texts, with whether any line is justified. */
function paragraphs(tree: PageTree): { lines: string[]; justified: boolean }[] {
  const ps = new Set<number>();
  const collect = (n: StructNode): void => {
    if (n.role === 'P') ps.add(n.id);
    n.children.forEach(collect);
  };
  collect(tree.structure);
  const parentP = new Map<number, number>();
  const walk = (n: StructNode, p?: number): void => {
    const here = ps.has(n.id) ? n.id : p;
    if (here !== undefined) parentP.set(n.id, here);
    n.children.forEach((c) => walk(c, here));
  };
  walk(tree.structure);
  const byP = new Map<number, Map<string, TextItem[]>>();
  tree.pages.forEach((page) => {
    for (const i of page.items) {
      if (i.kind !== 'text' || i.struct === 'artifact') continue;
      const p = parentP.get(i.struct);
      if (p === undefined) continue;
      const lines = byP.get(p) ?? new Map<string, TextItem[]>();
      byP.set(p, lines);
      const key = `${page.number}:${i.y.toFixed(2)}`;
      lines.set(key, [...(lines.get(key) ?? []), i]);
    }
  });
  return [...byP.values()].map((lines) => ({
    lines: [...lines.values()].map((items) => items.map((i) => i.text).join('').trim()),
    justified: [...lines.values()].flat().some((i) => i.wordSpacing !== 0),
  }));
}

test('the owner’s full CV: no title, venue or author list ends in a one-word line', async () => {
  const session = createSession();
  const input = join(REPO, 'cv.yaml');
  const read = await readInputs({ ...paths(input), layouts: ['full'] }, session);
  if (!read.ok) throw new Error('cv.yaml does not read');
  const tree = planBuild(read.inputs, { selection: {} }, session, input).plans[0]!.tree;
  const ragged = paragraphs(tree).filter((p) => p.lines.length > 1 && !p.justified);
  expect(ragged.length).toBeGreaterThan(20);
  expect(ragged.filter((p) => !/\s/u.test(p.lines.at(-1)!)).map((p) => p.lines.join(' / '))).toEqual([]);
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

  test('every split leaves at least two lines of the entry on each side', () => {
    const TITLES = ['Engine Analyst', 'Chief Programmer'];
    const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    // An entry's body lines: its bullets and their wrapped continuations (which start in lower case here).
    const body = (ls: string[], entry: string) => ls.filter((l) => l.includes(`of the ${entry.toLowerCase()}`) || /^[a-z]/.test(l)).length;
    for (const [i, page] of pages.entries()) {
      const entry = TITLES.find((t) => page.includes(`${t} (continued)`));
      if (i === 0 || entry === undefined) continue;
      const before = lines(pages[i - 1]!);
      const after = lines(page);
      const start = after.findIndex((l) => l.startsWith(`${entry} (continued)`));
      const next = after.findIndex((l, k) => k > start && TITLES.some((t) => l.startsWith(t)));
      const lastTitle = before.map((l) => TITLES.some((t) => l.startsWith(t))).lastIndexOf(true);
      expect([i + 1, entry, body(before.slice(lastTitle), entry) >= 2, body(after.slice(start, next < 0 ? undefined : next), entry) >= 2]).toEqual([i + 1, entry, true, true]);
    }
    expect(pages.at(-1)).toMatch(/Bullet 70 of the chief programmer/);
  });
});
