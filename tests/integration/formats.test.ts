/**
 * `cv build --format pdf,txt,md,html`: four files per layout, in the manifest,
 * the same bytes every time, and holding what the PDF holds. The HTML is then
 * loaded in headless Chromium: no console error, no request but the file
 * itself, no axe-core violation, and no sideways scrolling on a phone.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { CV_YAML, LAYOUTS_DIR, REPO, expectOk, readCv, readLayouts, removeTempDirs, runCv, runCvAsync, sha256, tempDir, tool } from '../helpers/cli-run.js';
import { printedStrings } from '../helpers/cv-content.js';
import { findText, normalizeText, stripMarkup } from '../helpers/pdf-read.js';
import { launchBrowser } from '../helpers/browser.js';

const layouts = readLayouts();
const owner = String(readCv().name);
const FORMATS = ['pdf', 'txt', 'md', 'html'];

interface Entry {
  layout: string;
  format: string;
  file: string;
  bytes: number;
  sha256: string;
  pages?: number;
  dropped: unknown[];
  fit: unknown;
  sameContentAs?: string;
}

let dir = '';
let out = '';
let again = '';
let entries: Entry[] = [];

beforeAll(async () => {
  // Inputs outside the repository: a copy of cv.yaml in a temp folder.
  dir = tempDir('formats');
  copyFileSync(CV_YAML, join(dir, 'cv.yaml'));
  out = join(dir, 'out');
  again = join(dir, 'again');
  const [a, b] = await Promise.all([
    runCvAsync(['build', '--input', join(dir, 'cv.yaml'), '--format', 'pdf,txt,md,html', '--out', out]),
    runCvAsync(['build', '--input', join(dir, 'cv.yaml'), '--format', 'html, md,txt,pdf', '--out', again]),
  ]);
  expectOk(a, 'cv build --format pdf,txt,md,html');
  expectOk(b, 'cv build --format html,md,txt,pdf');
  entries = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Entry[] }).outputs;
}, 300_000);

afterAll(removeTempDirs);

const file = (layout: string, format: string) => entries.find((e) => e.layout === layout && e.format === format)!;

describe('cv build --format pdf,txt,md,html', () => {
  it('writes four files per layout, named like the PDF, each in the manifest with its size and sha256', () => {
    expect(entries.length).toBe(layouts.size * 4);
    for (const id of layouts.keys()) {
      expect(entries.filter((e) => e.layout === id).map((e) => e.format)).toEqual(FORMATS);
      const pdf = file(id, 'pdf');
      for (const format of FORMATS) {
        const e = file(id, format);
        expect(e.file).toBe(pdf.file.replace(/\.pdf$/, `.${format}`));
        expect([e.file, e.bytes, e.sha256]).toEqual([e.file, statSync(join(out, e.file)).size, sha256(join(out, e.file))]);
      }
    }
  });

  it('says the other files hold the same content as the PDF: the same dropped list and fit', () => {
    for (const id of layouts.keys()) {
      const pdf = file(id, 'pdf');
      expect(Number.isInteger(pdf.pages)).toBe(true);
      for (const format of ['txt', 'md', 'html']) {
        const e = file(id, format);
        expect([format, e.sameContentAs, e.dropped, e.fit]).toEqual([format, pdf.file, pdf.dropped, pdf.fit]);
        expect(e.pages).toBeUndefined();
      }
    }
    // The resume has to leave something out to fit its page: every format says so.
    expect(file('resume', 'pdf').dropped.length).toBeGreaterThan(0);
  });

  it('writes the same bytes again, whatever order the formats are named in', () => {
    const second = (JSON.parse(readFileSync(join(again, 'manifest.json'), 'utf8')) as { outputs: Entry[] }).outputs;
    expect(second).toEqual(entries);
    for (const e of entries) expect(readFileSync(join(again, e.file)).equals(readFileSync(join(out, e.file)))).toBe(true);
  });

  it('writes plain text of at most 80 columns with the name underlined', () => {
    const txt = readFileSync(join(out, file('full', 'txt').file), 'utf8');
    expect(txt.split('\n').slice(0, 2)).toEqual([owner, '='.repeat(owner.length)]);
    const tooWide = txt.split('\n').filter((l) => [...l].length > 80 && !/<[a-z]+:[^ ]+>/.test(l));
    expect(tooWide).toEqual([]);
  });

  it('writes Markdown that parses as CommonMark with no raw HTML', () => {
    const md = new MarkdownIt({ html: true });
    for (const id of layouts.keys()) {
      const tokens = md.parse(readFileSync(join(out, file(id, 'md').file), 'utf8'), {}).flatMap((t) => [t, ...(t.children ?? [])]);
      expect([id, tokens.filter((t) => t.type.startsWith('html')).length]).toEqual([id, 0]);
      expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1').length).toBe(1);
    }
  });

  it('exits 2 for a format it does not know, listing the valid ones, and writes nothing', () => {
    const bad = join(dir, 'bad');
    const r = runCv(['build', '--input', join(dir, 'cv.yaml'), '--format', 'pdf,docx', '--out', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown format 'docx'; valid formats: pdf, txt, md, html");
    expect(existsSync(bad)).toBe(false);
  });

  it('writes what a layout lists under formats when no --format is given', () => {
    const layoutsDir = tempDir('formats-layouts');
    for (const id of layouts.keys()) copyFileSync(join(LAYOUTS_DIR, `${id}.yaml`), join(layoutsDir, `${id}.yaml`));
    writeFileSync(join(layoutsDir, 'resume.yaml'), `${readFileSync(join(LAYOUTS_DIR, 'resume.yaml'), 'utf8')}formats: [md, txt]\n`);
    const o = join(dir, 'by-layout');
    expectOk(runCv(['build', '--input', join(dir, 'cv.yaml'), '--layouts', layoutsDir, '--layout', 'resume', '--out', o]), 'cv build with formats in the layout');
    const m = (JSON.parse(readFileSync(join(o, 'manifest.json'), 'utf8')) as { outputs: Entry[] }).outputs;
    expect(m.map((e) => [e.format, e.file])).toEqual([['txt', file('resume', 'txt').file], ['md', file('resume', 'md').file]]);
    // Without the PDF there is nothing to name, but the content is the same.
    expect(m.map((e) => e.sameContentAs)).toEqual([undefined, undefined]);
    expect(m.map((e) => e.sha256)).toEqual([file('resume', 'txt').sha256, file('resume', 'md').sha256]);
  });
});

describe('cv preview', () => {
  it('prints the file:// URL of the HTML and then the PDF of every layout, each a file that exists', () => {
    const r = runCv(['preview', '--out', out]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/));
    expect(lines.map(([layout, format]) => `${layout} ${format}`)).toEqual([...layouts.keys()].flatMap((id) => [`${id} html`, `${id} pdf`]));
    for (const [layout, format, url] of lines) expect(url).toBe(pathToFileURL(join(out, file(layout!, format!).file)).href);
  });

  it('exits 4 with a hint when there is no build to preview', () => {
    const r = runCv(['preview', '--out', join(dir, 'nothing-here')]);
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/manifest\.json does not exist; run 'cv build --format pdf,html/);
    expect(r.stdout).toBe('');
  });
});

/** The text a reader gets from each format, whitespace collapsed. */
function mdText(source: string): string {
  return new MarkdownIt({ html: false })
    .render(source)
    .replace(/<\/?(em|strong|a|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The PDF's text as pdftotext reads it, normalised. */
function pdfText(path: string): string {
  return normalizeText(tool('pdftotext', ['-enc', 'UTF-8', path, '-']).stdout);
}

describe('every format holds what the PDF holds', () => {
  const htmlText = new Map<string, string>();
  const browserFindings = new Map<string, { consoleErrors: string[]; requests: string[]; violations: { id: string; nodes: number }[]; phoneOverflow: number; screenshot: number }>();

  beforeAll(async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const browser = await launchBrowser();
    try {
      for (const id of layouts.keys()) {
        const url = pathToFileURL(join(out, file(id, 'html').file)).href;
        const page = await browser.context.newPage();
        const consoleErrors: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
        page.on('pageerror', (e) => void consoleErrors.push(e.message));
        page.on('request', (r) => void requests.push(r.url()));
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        htmlText.set(id, await page.innerText('main'));
        const screenshot = (await page.screenshot({ fullPage: false })).length;
        await page.setViewportSize({ width: 375, height: 800 });
        const phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.setViewportSize({ width: 1000, height: 900 });
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
        });
        browserFindings.set(id, { consoleErrors, requests, violations, phoneOverflow, screenshot });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('loads each HTML page in Chromium with no console error and no request but the file itself', () => {
    for (const id of layouts.keys()) {
      const f = browserFindings.get(id)!;
      expect([id, f.consoleErrors]).toEqual([id, []]);
      expect([id, f.requests]).toEqual([id, [pathToFileURL(join(out, file(id, 'html').file)).href]]);
      // A screenshot of a page with text is tens of kilobytes of PNG, a blank one a few.
      expect(f.screenshot).toBeGreaterThan(20_000);
    }
  });

  it('passes axe-core with no violation and does not scroll sideways on a phone', () => {
    for (const id of layouts.keys()) {
      const f = browserFindings.get(id)!;
      expect([id, f.violations]).toEqual([id, []]);
      expect([id, f.phoneOverflow]).toEqual([id, 0]);
    }
  });

  it('finds every string of cv.yaml that a PDF prints in its txt, md and html too', () => {
    const strings = printedStrings(readCv(join(dir, 'cv.yaml')));
    expect(strings.length).toBeGreaterThan(50);
    const heldByPdf = new Map<string, number>();
    for (const id of layouts.keys()) {
      const pdf = pdfText(join(out, file(id, 'pdf').file));
      const others = {
        txt: normalizeText(readFileSync(join(out, file(id, 'txt').file), 'utf8')),
        md: normalizeText(mdText(readFileSync(join(out, file(id, 'md').file), 'utf8'))),
        html: normalizeText(htmlText.get(id) ?? ''),
      };
      for (const s of strings) {
        if (findText(pdf, s.text).index < 0) continue;
        heldByPdf.set(id, (heldByPdf.get(id) ?? 0) + 1);
        for (const [format, text] of Object.entries(others)) expect([id, format, s.path, findText(text, s.text).index >= 0]).toEqual([id, format, s.path, true]);
      }
    }
    // The check has teeth: the full CV prints nearly all of cv.yaml, the resume a part.
    expect(heldByPdf.get('full')!).toBeGreaterThan(strings.length * 0.9);
    expect(heldByPdf.get('resume')!).toBeGreaterThan(20);
  });

  it('holds the owner text the full PDF holds, phrase by phrase, in its txt, md and html', () => {
    const seed = readFileSync(join(REPO, 'tests/fixtures/owner-cv.txt'), 'utf8');
    const phrases = [...new Set(stripMarkup(seed).split(/[\n.;:()]+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.split(' ').length >= 3))];
    const pdf = pdfText(join(out, file('full', 'pdf').file));
    const held = phrases.filter((p) => findText(pdf, p).index >= 0);
    expect(held.length).toBeGreaterThan(30);
    const txt = normalizeText(readFileSync(join(out, file('full', 'txt').file), 'utf8'));
    const html = normalizeText(htmlText.get('full') ?? '');
    const md = normalizeText(mdText(readFileSync(join(out, file('full', 'md').file), 'utf8')));
    expect(held.filter((p) => findText(txt, p).index < 0)).toEqual([]);
    expect(held.filter((p) => findText(md, p).index < 0)).toEqual([]);
    expect(held.filter((p) => findText(html, p).index < 0)).toEqual([]);
  });
});
