import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { emitPdf, PDF_CREATOR, PDF_PRODUCER } from '../../src/outputs/pdf/index.js';
import type { FontFace, PdfMeta } from '../../src/outputs/pdf/types.js';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import type { LinkItem, PageItem, PageTree, StructNode, TextItem } from '../../src/typeset/types.js';

const ROOT = process.cwd();
const FACES: FontFace[] = [
  { id: 'serif', file: join(ROOT, 'fonts/EBGaramond-Regular.ttf') },
  { id: 'serif-italic', file: join(ROOT, 'fonts/EBGaramond-Italic.ttf') },
  { id: 'serif-bold', file: join(ROOT, 'fonts/EBGaramond-Bold.ttf') },
  { id: 'serif-bolditalic', file: join(ROOT, 'fonts/EBGaramond-BoldItalic.ttf') },
  { id: 'serif-semibold', file: join(ROOT, 'fonts/EBGaramond-SemiBold.ttf') },
];
const META: PdfMeta = {
  title: 'Jane Doe — Curriculum Vitae & <Résumé>',
  author: 'Jane Doe',
  subject: 'Curriculum vitae',
  keywords: ['HCI', 'visualization', 'R&D'],
  lang: 'en-US',
  date: new Date('2024-05-06T00:00:00Z'),
};

const W = 612;
const H = 792;
const LEFT = 72;
const MEASURE = W - 2 * LEFT;
const loaded = loadFonts(FACES);
const measurer = createMeasurer(loaded);

// ---------------------------------------------------------------- the tree

function text(t: string, x: number, y: number, font: string, size: number, struct: TextItem['struct'], wordSpacing = 0): TextItem {
  const spaces = wordSpacing === 0 ? 0 : (t.match(/ /g) ?? []).length;
  return { kind: 'text', x, y, text: t, font, size, color: '#1a1a1a', width: measurer.width(t, font, size) + wordSpacing * spaces, wordSpacing, struct };
}

function linkOver(item: TextItem, href: string, struct: number): LinkItem {
  const m = measurer.metrics(item.font, item.size);
  return { kind: 'link', x: item.x, y: item.y - m.ascent, width: item.width, height: m.ascent + m.descent, href, struct };
}

/** Greedy lines of `words` at `size`, all justified but the last. */
function justify(words: string[], size: number): { text: string; wordSpacing: number }[] {
  const lines: string[][] = [[]];
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if (line.length > 0 && measurer.width([...line, word].join(' '), 'serif', size) > MEASURE) lines.push([word]);
    else line.push(word);
  }
  return lines.map((line, i) => {
    const t = line.join(' ');
    if (i === lines.length - 1) return { text: t, wordSpacing: 0 };
    return { text: t, wordSpacing: (MEASURE - measurer.width(t, 'serif', size)) / (line.length - 1) };
  });
}

const PARAGRAPH =
  'Office affinity workflows in typographic visualization: we study how AVAWAY kerning, ligatures such as ffi and fl, and justified ' +
  'lines affect the reading of long documents, and we build tools that make reproducible, accessible PDF documents from one ' +
  'structured source, with careful attention to the details that screen readers and tracking systems depend on.';

const S = { doc: 1, h1: 2, contact: 3, mail: 4, sect1: 5, h2a: 6, para: 7, list: 8, li1: 9, lbl1: 10, body1: 11, li2: 12, lbl2: 13, body2: 14, url: 15, sect2: 16, h2b: 17, p2: 18, empty: 19 };

function node(id: number, role: StructNode['role'], children: StructNode[] = [], href?: string): StructNode {
  return { id, role, children, ...(href ? { href } : {}) };
}

function buildTree(): { tree: PageTree; justified: TextItem[]; links: LinkItem[] } {
  const lines = justify(PARAGRAPH.split(' '), 11);
  expect(lines.length).toBeGreaterThanOrEqual(4);
  const p1: PageItem[] = [];
  const p2: PageItem[] = [];
  const justified: TextItem[] = [];
  const links: LinkItem[] = [];

  p1.push(text('Jane Doe', LEFT, 100, 'serif-bold', 24, S.h1));
  const contact = text('jane.doe@example.org', LEFT, 124, 'serif', 11, S.mail);
  p1.push(contact);
  const mailLink = linkOver(contact, 'mailto:jane.doe@example.org', S.mail);
  p1.push(mailLink);
  links.push(mailLink);
  p1.push({ kind: 'rule', x: LEFT, y: 134, width: MEASURE, thickness: 0.5, color: '#888888' });
  p1.push(text('Research', LEFT, 160, 'serif-semibold', 14, S.h2a));
  // The paragraph: all lines but the last on page 1, the last on page 2.
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    const item = text(line.text, LEFT, last ? 90 : 180 + 14 * i, 'serif', 11, S.para, line.wordSpacing);
    (last ? p2 : p1).push(item);
    if (line.wordSpacing !== 0) justified.push(item);
  });
  p1.push(text('1 / 2', W / 2 - measurer.width('1 / 2', 'serif', 9) / 2, H - 40, 'serif', 9, 'artifact'));

  p2.unshift(text('Jane Doe — Curriculum Vitae', LEFT, 50, 'serif-italic', 9, 'artifact'));
  p2.push({ kind: 'rule', x: LEFT, y: 56, width: MEASURE, thickness: 0.4, color: '#888888' });
  p2.push(text('•', LEFT, 120, 'serif', 11, S.lbl1));
  p2.push(text('Greek: λόγος and Cyrillic: слово', LEFT + 12, 120, 'serif', 11, S.body1));
  p2.push(text('•', LEFT, 136, 'serif', 11, S.lbl2));
  const see = text('See ', LEFT + 12, 136, 'serif', 11, S.body2);
  p2.push(see);
  const url1 = text('https://example.org/a/rather/long/', see.x + see.width, 136, 'serif', 11, S.url);
  const url2 = text('path/to/the/resource', LEFT + 12, 150, 'serif', 11, S.url);
  const after = text(' for details.', url2.x + url2.width, 150, 'serif', 11, S.body2);
  p2.push(url1, url2, after);
  for (const u of [url1, url2]) {
    const l = linkOver(u, 'https://example.org/a/rather/long/path/to/the/resource', S.url);
    p2.push(l);
    links.push(l);
  }
  p2.push(text('Teaching', LEFT, 180, 'serif-semibold', 14, S.h2b));
  p2.push(text('Introduction to Typography, Fall 2023', LEFT, 198, 'serif-italic', 11, S.p2));
  p2.push(text('2 / 2', W / 2 - measurer.width('2 / 2', 'serif', 9) / 2, H - 40, 'serif', 9, 'artifact'));

  const structure = node(S.doc, 'Document', [
    node(S.h1, 'H1'),
    node(S.contact, 'P', [node(S.mail, 'Link', [], 'mailto:jane.doe@example.org')]),
    node(S.sect1, 'Sect', [
      node(S.h2a, 'H2'),
      node(S.para, 'P'),
      node(S.list, 'L', [
        node(S.li1, 'LI', [node(S.lbl1, 'Lbl'), node(S.body1, 'LBody')]),
        node(S.li2, 'LI', [node(S.lbl2, 'Lbl'), node(S.body2, 'LBody', [node(S.url, 'Link', [], 'https://example.org/')])]),
      ]),
    ]),
    node(S.sect2, 'Sect', [node(S.h2b, 'H2'), node(S.p2, 'P'), node(S.empty, 'P')]),
  ]);
  const tree: PageTree = {
    width: W,
    height: H,
    pages: [
      { number: 1, items: p1 },
      { number: 2, items: p2 },
    ],
    structure,
    outline: [
      { title: 'Research', page: 1, y: 146, children: [] },
      { title: 'Teaching — Λόγος', page: 2, y: 166, children: [] },
    ],
    missingGlyphs: [],
  };
  return { tree, justified, links };
}

// ---------------------------------------------------------------- tools

function tool(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { status?: number; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error(`'${cmd}' is not installed: these tests need qpdf and poppler-utils (apt-get install -y qpdf poppler-utils)`);
    }
    // qpdf exits 3 for warnings; let the caller judge the output.
    if (e.status === 3 && typeof e.stdout === 'string') return e.stdout + (e.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed (${e.status}): ${e.stderr ?? ''}${e.stdout ?? ''}`);
  }
}

interface QpdfObjects {
  qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>];
}

/** Word boxes per page from `pdftotext -bbox`. */
function wordBoxes(pdf: string): { xMin: number; yMin: number; xMax: number; yMax: number; text: string }[][] {
  const html = tool('pdftotext', ['-bbox', pdf, '-']);
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!,
    })),
  );
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// ---------------------------------------------------------------- tests

describe('emitPdf', () => {
  let dir: string;
  let file: string;
  let bytes: Uint8Array;
  let built: ReturnType<typeof buildTree>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cv-emit-'));
    built = buildTree();
    bytes = await emitPdf(built.tree, FACES, META);
    file = join(dir, 'small.pdf');
    writeFileSync(file, bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a PDF that qpdf finds no errors in', () => {
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    const out = tool('qpdf', ['--check', file]);
    expect(out).toMatch(/No syntax or stream encoding errors found/);
    expect(out).not.toMatch(/WARNING/i);
  });

  it('reads back in order with pdf-parse: pages, text and metadata', async () => {
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      const result = await parser.getText();
      expect(result.total).toBe(2);
      const all = result.text;
      const order = ['Jane Doe', 'jane.doe@example.org', 'Research', 'Office affinity', 'tracking systems depend on.',
        'λόγος', 'слово', 'https://example.org/a/rather/long/', 'path/to/the/resource', 'Teaching', 'Introduction to Typography'];
      let at = -1;
      for (const s of order) {
        const next = all.indexOf(s, at + 1);
        expect([s, next]).not.toEqual([s, -1]);
        expect(next).toBeGreaterThan(at);
        at = next;
      }
      // Justified lines keep their word boundaries when read back.
      expect(all).toMatch(/AVAWAY kerning/);
      expect(result.pages[0]!.text).toContain('1 / 2');
      expect(result.pages[1]!.text).toContain('2 / 2');

      const info = await parser.getInfo({ parsePageInfo: true });
      expect(info.total).toBe(2);
      const i = info.info as Record<string, unknown>;
      expect(i.Title).toBe(META.title);
      expect(i.Author).toBe('Jane Doe');
      expect(i.Subject).toBe('Curriculum vitae');
      expect(i.Keywords).toBe('HCI, visualization, R&D');
      expect(i.Creator).toBe(PDF_CREATOR);
      expect(i.Producer).toBe(PDF_PRODUCER);
      expect(i.Language).toBe('en-US');
      const dates = info.getDateNode();
      expect(dates.CreationDate?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
      expect(dates.ModDate?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
      expect(dates.XmpCreateDate?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
      expect(dates.XmpModifyDate?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
      // The XMP packet parsed, escaped title included.
      expect(info.metadata?.get('dc:title')).toBe(META.title);
      expect(info.outline?.map((o) => o.title)).toEqual(['Research', 'Teaching — Λόγος']);
      const pageLinks = info.pages.flatMap((p) => p.links.map((l) => [p.pageNumber, l.url]));
      expect(pageLinks).toEqual([
        [1, 'mailto:jane.doe@example.org'],
        [2, 'https://example.org/a/rather/long/path/to/the/resource'],
        [2, 'https://example.org/a/rather/long/path/to/the/resource'],
      ]);
    } finally {
      await parser.destroy();
    }
  });

  it('embeds every used face as a subset with tags fixed by registration order', () => {
    const out = tool('pdffonts', [file]);
    const rows = out.trim().split('\n').slice(2);
    const names = rows.map((r) => r.split(/\s+/)[0]).sort();
    // F1 = serif (Regular), F2 = serif-italic, F3 = serif-bold, F5 = serif-semibold; BoldItalic is unused.
    expect(names).toEqual(['BZZZZZ+EBGaramond-Regular', 'CZZZZZ+EBGaramond-Italic', 'DZZZZZ+EBGaramond-Bold', 'FZZZZZ+EBGaramond-SemiBold'].sort());
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('is tagged, titled and sized as the tree says (pdfinfo)', () => {
    const out = tool('pdfinfo', [file]);
    expect(out).toMatch(/^Tagged:\s+yes$/m);
    expect(out).toMatch(/^Pages:\s+2$/m);
    expect(out).toMatch(/^Page size:\s+612 x 792 pts/m);
    expect(out).toMatch(/^PDF version:\s+1\.7$/m);
    expect(out).toContain('Jane Doe — Curriculum Vitae & <Résumé>');
  });

  it('puts each baseline at item.y and draws justified lines exactly item.width wide', () => {
    const pages = wordBoxes(file);
    expect(pages.length).toBe(2);
    const words = pages[0]!; // the justified lines are all on page 1
    // pdftotext puts a word's box from baseline - ascent*size to baseline - descent*size (FontDescriptor, 1/1000 em).
    const m = measurer.metrics('serif', 1000);
    const baselineOf = (w: { yMin: number; yMax: number }) => w.yMin + ((w.yMax - w.yMin) * m.ascent) / (m.ascent + m.descent);
    expect(built.justified.length).toBeGreaterThanOrEqual(3);
    for (const line of built.justified) {
      const first = line.text.split(' ')[0]!;
      const last = line.text.split(' ').at(-1)!;
      const onLine = words.filter((w) => Math.abs(baselineOf(w) - line.y) < 0.05);
      expect(onLine.length).toBe(line.text.split(' ').length);
      const start = onLine.find((w) => w.text === first)!;
      const end = onLine.find((w) => w.text === last)!;
      expect(Math.abs(start.xMin - line.x)).toBeLessThan(0.05);
      expect(Math.abs(end.xMax - (line.x + line.width))).toBeLessThan(0.05);
      expect(Math.abs(line.x + line.width - (LEFT + MEASURE))).toBeLessThan(1e-9);
    }
    const name = words.find((w) => w.text === 'Jane')!;
    expect(Math.abs(name.xMin - LEFT)).toBeLessThan(0.05);
    expect(Math.abs(baselineOf(name) - 100)).toBeLessThan(0.05);
  });

  it('keeps the advance of leading spaces on a justified line (pdfkit trims them)', async () => {
    const item = text(' Hello brave world', LEFT, 100, 'serif', 12, 2, 3);
    const tree: PageTree = { width: W, height: H, pages: [{ number: 1, items: [item] }], structure: node(1, 'Document', [node(2, 'P')]), outline: [], missingGlyphs: [] };
    const f = join(dir, 'leading.pdf');
    writeFileSync(f, await emitPdf(tree, FACES, META));
    const words = wordBoxes(f)[0]!;
    expect(words.map((w) => w.text)).toEqual(['Hello', 'brave', 'world']);
    expect(Math.abs(words[0]!.xMin - (LEFT + measurer.width(' ', 'serif', 12) + 3))).toBeLessThan(0.05);
    expect(Math.abs(words[2]!.xMax - (item.x + item.width))).toBeLessThan(0.05);
  });

  it('adds link annotations with the right rectangles, tied into the Link structure elements', () => {
    const json = JSON.parse(tool('qpdf', ['--json', '--json-key=qpdf', file])) as QpdfObjects;
    const objects = json.qpdf[1];
    const value = (ref: unknown): Record<string, unknown> => {
      const o = objects[`obj:${String(ref)}`];
      return ((o?.value ?? o?.stream?.dict) ?? {}) as Record<string, unknown>;
    };
    const annots = Object.values(objects)
      .map((o) => (o.value ?? {}) as Record<string, unknown>)
      .filter((v) => v['/Subtype'] === '/Link');
    expect(annots.length).toBe(built.links.length);
    const rects = annots.map((a) => (a['/Rect'] as number[]).map((n) => Math.round(n * 1000) / 1000));
    const expected = built.links.map((l) => [l.x, H - l.y - l.height, l.x + l.width, H - l.y].map((n) => Math.round(n * 1000) / 1000));
    expect(rects).toEqual(expected);
    for (const a of annots) {
      expect(typeof a['/StructParent']).toBe('number');
      expect(value(a['/A'])['/S']).toBe('/URI');
    }
    // Every annotation appears as an OBJR in a /Link structure element, on the right page.
    const pages = Object.entries(objects).filter(([, o]) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Page').map(([k]) => k.slice(4));
    const linkElems = Object.values(objects).map((o) => (o.value ?? {}) as Record<string, unknown>).filter((v) => v['/S'] === '/Link');
    expect(linkElems.length).toBe(2);
    const objrs = linkElems.flatMap((e) => (e['/K'] as unknown[]).filter((k) => typeof k === 'object') as Record<string, unknown>[]).filter((k) => k['/Type'] === '/OBJR');
    expect(objrs.length).toBe(3);
    const pageOfAnnot = new Map<string, string>();
    for (const p of pages) for (const a of (value(p)['/Annots'] as string[] | undefined) ?? []) pageOfAnnot.set(a, p);
    for (const o of objrs) expect(o['/Pg']).toBe(pageOfAnnot.get(o['/Obj'] as string));
  });

  it('builds the structure tree in reading order, across pages', () => {
    const json = JSON.parse(tool('qpdf', ['--json', '--json-key=qpdf', file])) as QpdfObjects;
    const objects = json.qpdf[1];
    const value = (ref: unknown) => ((objects[`obj:${String(ref)}`]?.value ?? {}) as Record<string, unknown>);
    const catalog = Object.values(objects).map((o) => (o.value ?? {}) as Record<string, unknown>).find((v) => v['/Type'] === '/Catalog')!;
    expect(catalog['/Lang']).toBe('u:en-US');
    expect(catalog['/PageMode']).toBe('/UseOutlines');
    expect(value(catalog['/MarkInfo'])['/Marked']).toBe(true);
    expect(value(catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    const root = value(catalog['/StructTreeRoot']);
    const outline = (ref: unknown): string => {
      const el = value(ref);
      const kids = Array.isArray(el['/K']) ? el['/K'] : [];
      const inner = kids.map((k) => (typeof k === 'string' ? outline(k) : typeof k === 'number' ? '#' : (k as Record<string, unknown>)['/Type'] === '/MCR' ? '#' : '@'));
      return `${String(el['/S']).slice(1)}(${inner.join(' ')})`;
    };
    // '#': marked content, '@': a link annotation (OBJR). The empty P is left out.
    expect(outline((root['/K'] as string[])[0])).toBe(
      'Document(H1(#) P(Link(# @)) Sect(H2(#) P(# # # #) L(LI(Lbl(#) LBody(#)) LI(Lbl(#) LBody(# Link(# # @ @) #)))) Sect(H2(#) P(#)))',
    );
    // The paragraph continues on page 2: its last MCR names that page.
    const para = Object.values(objects).map((o) => (o.value ?? {}) as Record<string, unknown>).find((v) => v['/S'] === '/P' && (v['/K'] as unknown[]).length === 4)!;
    const mcr = (para['/K'] as unknown[]).at(-1) as Record<string, unknown>;
    expect(mcr['/Type']).toBe('/MCR');
    expect(mcr['/Pg']).not.toBe(para['/Pg']);
  });

  it('adds one bookmark per outline item, at its page and height', () => {
    const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', '--json-key=pages', file])) as {
      outlines: { title: string; destpageposfrom1: number; dest: unknown[] }[];
    };
    expect(json.outlines.map((o) => [o.title, o.destpageposfrom1])).toEqual([
      ['Research', 1],
      ['Teaching — Λόγος', 2],
    ]);
    expect(json.outlines[0]!.dest.slice(1)).toEqual(['/XYZ', 0, H - 146, 0]);
  });

  it('is byte-identical when emitted twice', async () => {
    const again = await emitPdf(buildTree().tree, FACES, META);
    expect(sha256(again)).toBe(sha256(bytes));
    const otherDate = await emitPdf(buildTree().tree, FACES, { ...META, date: new Date('2024-05-07T00:00:00Z') });
    expect(sha256(otherDate)).not.toBe(sha256(bytes));
  });

  it('with releaseDrawn, empties each page once drawn and writes the same bytes', async () => {
    const { tree } = buildTree();
    const pages = tree.pages.length;
    const released = await emitPdf(tree, FACES, META, { releaseDrawn: true });
    expect(sha256(released)).toBe(sha256(bytes));
    expect(tree.pages).toHaveLength(pages);
    expect(tree.pages.every((p) => p.items.length === 0)).toBe(true);
    // Without it the tree is left as it was.
    const kept = buildTree().tree;
    await emitPdf(kept, FACES, META);
    expect(kept.pages.some((p) => p.items.length > 0)).toBe(true);
  });

  it('gives the same bytes when drawing with the fonts the Measurer parsed, however often they were used', async () => {
    const shared = await emitPdf(buildTree().tree, FACES, META, { loadedFonts: loaded });
    expect(sha256(shared)).toBe(sha256(bytes));
    const { tree } = buildTree();
    const other = { ...tree, pages: [...tree.pages].reverse().map((p, i) => ({ ...p, number: i + 1 })) };
    await emitPdf(other, FACES, META, { loadedFonts: loaded });
    const again = await emitPdf(buildTree().tree, FACES, META, { loadedFonts: loaded });
    expect(sha256(again)).toBe(sha256(bytes));
  });

  it('does not depend on the time zone or locale (child processes)', () => {
    // Run emitPdf in plain Node (TypeScript stripped by swc in a loader hook),
    // so the time zone is fixed at process start as in the real CLI.
    writeFileSync(join(dir, 'tree.json'), JSON.stringify({ tree: built.tree, faces: FACES, meta: { ...META, date: META.date.toISOString() } }));
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
const swc = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('@swc/core');
export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (err) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw err;
  }
}
export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = await swc.transform(await readFile(filename, 'utf8'), { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } });
  return { format: 'module', source: code, shortCircuit: true };
}
`,
    );
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
    writeFileSync(
      join(dir, 'child.mjs'),
      `import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { emitPdf } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/outputs/pdf/index.ts')).href)};
const { tree, faces, meta } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = await emitPdf(tree, faces, { ...meta, date: new Date(meta.date) });
process.stdout.write(createHash('sha256').update(bytes).digest('hex') + ' ' + new Date('2024-01-01T00:00:00Z').getTimezoneOffset());
`,
    );
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, join(dir, 'child.mjs'), join(dir, 'tree.json')], {
        encoding: 'utf8',
        cwd: tmpdir(),
        env: { PATH: process.env.PATH ?? '', ...env },
      }).split(' ');
    const [utc, utcOffset] = run({ TZ: 'UTC', LC_ALL: 'C' });
    const [kiritimati, kOffset] = run({ TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'tr_TR.UTF-8' });
    expect(utcOffset).toBe('0');
    expect(kOffset).toBe('-840'); // the zone really was in effect
    expect(kiritimati).toBe(utc);
    expect(utc).toBe(sha256(bytes));
  });

  it('writes PDF/A-2b identification and an output intent when asked, still tagged', async () => {
    const pdfa = await emitPdf(buildTree().tree, FACES, { ...META, pdfa: true });
    const f = join(dir, 'pdfa.pdf');
    writeFileSync(f, pdfa);
    expect(tool('qpdf', ['--check', f])).toMatch(/No syntax or stream encoding errors found/);
    expect(tool('pdfinfo', [f])).toMatch(/^Tagged:\s+yes$/m);
    const xmp = tool('pdfinfo', ['-meta', f]);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('Curriculum Vitae &amp; &lt;Résumé&gt;');
    expect(Buffer.from(pdfa).toString('latin1')).toMatch(/\/OutputIntents/);
  });

  it('rejects trees that point outside themselves', async () => {
    const { tree } = buildTree();
    await expect(emitPdf({ ...tree, outline: [{ title: 'x', page: 3, y: 0, children: [] }] }, FACES, META)).rejects.toThrow(/page 3 of 2/);
    const bad = { ...tree, pages: [{ number: 1, items: [text('x', 0, 10, 'serif', 10, 99)] }] };
    await expect(emitPdf(bad, FACES, META)).rejects.toThrow(/unknown structure node 99/);
    const font = { ...tree, pages: [{ number: 1, items: [text('x', 0, 10, 'serif', 10, 'artifact')].map((i) => ({ ...i, font: 'sans' })) }] };
    await expect(emitPdf(font, FACES, META)).rejects.toThrow(/unregistered font 'sans'/);
  });
});
