/**
 * The PDFs as files: structurally valid (qpdf), fonts embedded and subset,
 * tagged with the right metadata on the layout's page size, a link for every URL of
 * cv.yaml, and every word inside the layout's margins with no two words drawn
 * over each other.
 */
import { join } from 'node:path';
import { expectOk, outputFile, readCv, readLayouts, removeTempDirs, requireTool, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import type { Json, LayoutFile } from '../helpers/cli-run.js';
import { marginViolations, overlaps, wordBoxes } from '../helpers/pdf-read.js';
import { pdfFonts, pdfInfo, uriTargets } from '../helpers/pdf-tools.js';

const cv = readCv();
const owner = String(cv.name);
const layouts = [...readLayouts().values()];
let out = '';
const pdf = (l: LayoutFile): string => join(out, outputFile(l, owner));

beforeAll(async () => {
  for (const t of ['qpdf', 'pdfinfo', 'pdffonts', 'pdftotext']) requireTool(t);
  out = tempDir('quality');
  expectOk(await runCvAsync(['build', '--out', out]), 'cv build');
});

afterAll(removeTempDirs);

/** Every link target cv.yaml holds: url fields, the website, the email as mailto:, and [label](url) in text. */
function cvUrls(v: unknown, acc = new Set<string>()): Set<string> {
  if (typeof v === 'string') {
    for (const m of v.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) acc.add(m[1]!);
  } else if (Array.isArray(v)) {
    for (const x of v) cvUrls(x, acc);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Json)) {
      if ((k === 'url' || k === 'trackUrl' || k === 'website') && typeof x === 'string') acc.add(x);
      else if (k === 'email' && typeof x === 'string') acc.add(`mailto:${x}`);
      else cvUrls(x, acc);
    }
  }
  return acc;
}

describe.each(layouts.map((l) => [l.id, l] as const))('%s PDF', (_id, layout) => {
  it('passes qpdf --check', () => {
    const r = tool('qpdf', ['--check', pdf(layout)], true);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds and subsets every font', () => {
    const fonts = pdfFonts(pdf(layout));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.emb !== 'yes' || f.sub !== 'yes')).toEqual([]);
    // A subset font's name carries a six-letter tag.
    for (const f of fonts) expect(f.name).toMatch(/^[A-Z]{6}\+/);
  });

  it('is tagged, titled and authored, on pages of the size its layout file names', () => {
    const info = pdfInfo(pdf(layout));
    expect(info.get('Tagged')).toBe('yes');
    expect(info.get('Title')).toBe(`${owner} — ${layout.title}`);
    expect(info.get('Author')).toBe(owner);
    const pages = Number(info.get('Pages'));
    const sizes = tool('pdfinfo', ['-f', '1', '-l', String(pages), pdf(layout)]).stdout.match(/^Page\s+\d+ size:.*$/gm) ?? [];
    expect(sizes).toHaveLength(pages);
    const expected = layout.size === 'a4' ? /size:\s+595\.28 x 841\.89 pts/ : /size:\s+612 x 792 pts/;
    for (const s of sizes) expect(s).toMatch(expected);
  });

  it("keeps every word inside the layout's margins (header and page numbers in theirs)", () => {
    const pages = wordBoxes(pdf(layout));
    expect(pages.flatMap((p) => p.lines).length).toBeGreaterThan(10);
    expect(marginViolations(pages, layout.margins, `${owner} · ${layout.title}`)).toEqual([]);
  });

  it('never draws two words over each other', () => {
    expect(overlaps(wordBoxes(pdf(layout)))).toEqual([]);
  });
});

describe('the full CV', () => {
  it('has the title and author the design names', () => {
    const full = layouts.find((l) => l.id === 'full')!;
    const info = pdfInfo(pdf(full));
    expect(info.get('Title')).toBe('Haekyu Park — Curriculum Vitae');
    expect(info.get('Author')).toBe('Haekyu Park');
  });

  it('has a link annotation for every URL and email in cv.yaml', () => {
    const full = layouts.find((l) => l.id === 'full')!;
    const urls = [...cvUrls(cv)].sort();
    expect(urls.length).toBeGreaterThan(5);
    expect(urls).toContain(`mailto:${String((cv.contact as Json).email)}`);
    const targets = new Set(uriTargets(pdf(full)));
    expect(urls.filter((u) => !targets.has(u))).toEqual([]);
    // And no link goes anywhere cv.yaml does not say.
    expect([...targets].filter((t) => !urls.includes(t))).toEqual([]);
  });

  it('runs the header with the name from page 2 and numbers pages n / N', () => {
    const full = layouts.find((l) => l.id === 'full')!;
    const pages = wordBoxes(pdf(full));
    const header = `${owner} · ${full.title}`;
    pages.forEach((p, i) => {
      const texts = p.lines.map((l) => l.text);
      expect([i + 1, texts.includes(header)]).toEqual([i + 1, i > 0]);
      expect([i + 1, texts.filter((t) => t === `${i + 1} / ${pages.length}`).length]).toEqual([i + 1, 1]);
    });
  });
});
