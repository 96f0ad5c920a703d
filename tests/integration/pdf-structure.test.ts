/**
 * The full CV read back as a screen reader or an applicant-tracking system
 * sees it: the structure tree (Document, H1 for the name, H2 per section in
 * order, lists, links tied to their annotations) and the outline.
 */
import { join } from 'node:path';
import { expectOk, readCv, removeTempDirs, requireTool, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import type { Json } from '../helpers/cli-run.js';

type Dict = Record<string, unknown>;
let objects: Record<string, { value?: unknown; stream?: { dict?: unknown } }> = {};
let outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[] = [];
const value = (ref: unknown): Dict => ((objects[`obj:${String(ref)}`]?.value ?? {}) as Dict);
const all = (): Dict[] => Object.values(objects).map((o) => (o.value ?? {}) as Dict);
const cv = readCv();
const sections = (cv.sections as Json[]).map((s) => String(s.title));

beforeAll(async () => {
  requireTool('qpdf', '--version');
  const out = tempDir('structure');
  expectOk(await runCvAsync(['build', '--layout', 'full', '--out', out]), 'cv build');
  const file = join(out, 'haekyu-park-cv.pdf');
  objects = (JSON.parse(tool('qpdf', ['--json', '--json-key=qpdf', file]).stdout) as { qpdf: [unknown, typeof objects] }).qpdf[1];
  outlines = (JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', file]).stdout) as { outlines: typeof outlines }).outlines;
});

afterAll(removeTempDirs);

/** Roles of the structure elements below `ref`, depth first, in reading order. */
function roles(ref: unknown, acc: string[] = []): string[] {
  const el = value(ref);
  if (typeof el['/S'] === 'string') acc.push(el['/S'].slice(1));
  for (const k of Array.isArray(el['/K']) ? el['/K'] : [el['/K']]) if (typeof k === 'string') roles(k, acc);
  return acc;
}

describe('full CV structure', () => {
  it('is a tagged Document that opens with the name as H1, then one H2 per section in cv.yaml order', () => {
    const catalog = all().find((v) => v['/Type'] === '/Catalog')!;
    expect(catalog['/Lang']).toBe('u:en-US');
    const root = value(catalog['/StructTreeRoot']);
    const tree = roles((root['/K'] as string[])[0]);
    expect(tree[0]).toBe('Document');
    expect(tree[1]).toBe('H1');
    expect(tree.filter((r) => r === 'H2')).toHaveLength(sections.length);
    expect(tree.filter((r) => r === 'Sect')).toHaveLength(sections.length);
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'P', 'Link', 'H3']) expect(tree).toContain(role);
  });

  it('ties every link annotation to a Link element', () => {
    const annots = all().filter((v) => v['/Subtype'] === '/Link');
    const objrs = all()
      .filter((v) => v['/S'] === '/Link')
      .flatMap((e) => (Array.isArray(e['/K']) ? e['/K'] : [e['/K']]) as unknown[])
      .filter((k): k is Dict => typeof k === 'object' && k !== null && (k as Dict)['/Type'] === '/OBJR');
    expect(annots.length).toBeGreaterThan(10);
    expect(objrs).toHaveLength(annots.length);
    for (const a of annots) expect(typeof a['/StructParent']).toBe('number');
  });

  it('has one bookmark per section, and one per publication group under Publications', () => {
    expect(outlines.map((o) => o.title)).toEqual(sections);
    const pubs = outlines.find((o) => o.title === (cv.sections as Json[]).find((s) => s.kind === 'publication')!.title)!;
    expect((pubs.kids as { title: string }[]).map((k) => k.title)).toEqual([
      'Journal and Conference Papers',
      'Workshop and Late-Breaking Papers',
      'Demos and Posters',
    ]);
    // Bookmarks point forward through the document.
    const pages = outlines.map((o) => o.destpageposfrom1);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });
});
