/**
 * Picking content for one application: --sections, --exclude-sections and
 * --tags, checked on the full CV's text and bookmarks against cv.yaml.
 */
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { readFileSync } from 'node:fs';
import { expectOk, outputFile, pdfsIn, readCv, readLayouts, removeTempDirs, runCv, runCvAsync, tempDir } from '../helpers/cli-run.js';
import type { CvRun, Json } from '../helpers/cli-run.js';
import { printedStrings, sectionsOf } from '../helpers/cv-content.js';
import { bodyText, findText, normalizeText, pdfPages } from '../helpers/pdf-read.js';

const cv = readCv();
const owner = String(cv.name);
const sections = sectionsOf(cv);
const full = readLayouts().get('full')!;
const header = `${owner} · ${full.title}`;

interface Built {
  run: CvRun;
  file: string;
}
const built: Record<'sections' | 'exclude' | 'industry', Built> = {} as never;

beforeAll(async () => {
  const flags = {
    sections: ['--sections', 'education,publications'],
    exclude: ['--exclude-sections', 'publications'],
    industry: ['--tags', 'industry'],
  };
  await Promise.all(
    Object.entries(flags).map(async ([name, f]) => {
      const out = tempDir(`select-${name}`);
      const run = await runCvAsync(['build', '--layout', 'full', ...f, '--out', out]);
      expectOk(run, `cv build ${f.join(' ')}`);
      built[name as keyof typeof built] = { run, file: join(out, outputFile(full, owner)) };
    }),
  );
});

afterAll(removeTempDirs);

/** Titles of cv.yaml's sections that are printed as a heading line of their own, in order. */
async function headings(file: string): Promise<string[]> {
  const lines = bodyText(await pdfPages(file), header).split('\n').map((l) => l.trim());
  const titles = new Set(sections.map((s) => s.title));
  return lines.filter((l) => titles.has(l));
}

/** Top-level bookmarks: one per section. */
async function bookmarks(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  try {
    const info = await parser.getInfo();
    return ((info.outline ?? []) as { title: string }[]).map((o) => o.title);
  } finally {
    await parser.destroy();
  }
}

const titleOf = (id: string): string => sections.find((s) => s.id === id)!.title;

describe('--sections and --exclude-sections', () => {
  it('--sections education,publications prints exactly those two sections', async () => {
    const want = [titleOf('education'), titleOf('publications')];
    expect(await headings(built.sections.file)).toEqual(want);
    expect(await bookmarks(built.sections.file)).toEqual(want);
  });

  it('--exclude-sections publications removes that section and keeps every other', async () => {
    const want = sections.filter((s) => s.id !== 'publications').map((s) => s.title);
    expect(await headings(built.exclude.file)).toEqual(want);
    expect(await bookmarks(built.exclude.file)).toEqual(want);
    const text = normalizeText(bodyText(await pdfPages(built.exclude.file), header));
    expect(text).not.toMatch(/\[[CWDP]\d+\]/);
  });
});

describe('--tags industry', () => {
  const keeps = (e: Json): boolean => {
    const tags = (e.tags as string[] | undefined) ?? [];
    return tags.length === 0 || tags.includes('industry');
  };
  const titled = sections.flatMap((s) => s.entries.filter((e) => typeof e.title === 'string').map((e) => ({ section: s.id, e, title: String(e.title) })));

  it('keeps untagged and industry entries and drops the others', async () => {
    const text = normalizeText(bodyText(await pdfPages(built.industry.file), header));
    // What must still be printed: cv.yaml with only the kept entries.
    const keptCv = { ...cv, sections: sections.map((s) => ({ ...s, entries: s.entries.filter(keeps) })) };
    const kept = printedStrings(keptCv).map((p) => p.text);
    const missing = titled.filter((t) => keeps(t.e) && findText(text, t.title).index < 0).map((t) => `${t.section}: ${t.title}`);
    expect(missing).toEqual([]);
    // A dropped entry's title must be gone, unless a kept entry prints the same words.
    const dropped = titled.filter((t) => !keeps(t.e) && !kept.some((k) => k.includes(t.title)));
    expect(dropped.length).toBeGreaterThan(5);
    expect(dropped.filter((t) => findText(text, t.title).index >= 0).map((t) => `${t.section}: ${t.title}`)).toEqual([]);
  });

  it('drops an entry tagged only academic, keeps an untagged one and an industry one', async () => {
    const text = normalizeText(bodyText(await pdfPages(built.industry.file), header));
    const academic = titled.find((t) => JSON.stringify(t.e.tags) === '["academic"]');
    const untagged = titled.find((t) => t.e.tags === undefined);
    const industry = titled.find((t) => ((t.e.tags as string[] | undefined) ?? []).includes('industry'));
    expect([academic, untagged, industry].every(Boolean)).toBe(true);
    expect(findText(text, academic!.title).index).toBe(-1);
    expect(findText(text, untagged!.title).index).toBeGreaterThanOrEqual(0);
    expect(findText(text, industry!.title).index).toBeGreaterThanOrEqual(0);
    // A section whose every entry is tagged academic disappears with its heading.
    const allAcademic = sections.find((s) => s.entries.length > 0 && s.entries.every((e) => JSON.stringify(e.tags) === '["academic"]'));
    if (allAcademic) expect(await headings(built.industry.file)).not.toContain(allAcademic.title);
  });
});

describe('unknown ids', () => {
  const allTags = [...new Set(sections.flatMap((s) => s.entries.flatMap((e) => (e.tags as string[] | undefined) ?? [])))].sort();

  it('an unknown section id exits 2 and lists the valid section ids', () => {
    const out = join(tempDir('unknown-section'), 'out');
    const r = runCv(['build', '--sections', 'education,nope', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'nope'");
    const valid = /valid sections: (.*)$/m.exec(r.stderr)?.[1]?.split(', ');
    expect(valid?.sort()).toEqual(sections.map((s) => s.id).sort());
    expect(pdfsIn(out)).toEqual([]);
  });

  it('an unknown tag exits 2 and lists the valid tags', () => {
    const out = join(tempDir('unknown-tag'), 'out');
    const r = runCv(['build', '--tags', 'industry,nope', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'nope'");
    const valid = /valid tags: (.*)$/m.exec(r.stderr)?.[1]?.split(', ');
    expect(valid?.sort()).toEqual(allTags);
    expect(pdfsIn(out)).toEqual([]);
  });

  it('says so once, not once per layout', () => {
    const r = runCv(['build', '--sections', 'nope', '--out', join(tempDir('unknown-once'), 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.includes("'nope'"))).toHaveLength(1);
  });
});
