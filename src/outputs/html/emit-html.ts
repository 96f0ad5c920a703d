/**
 * One self-contained, accessible HTML page of a DocTree: semantic elements
 * (h1, h2, section, ul, ol with the labels, time, a), the layout's sizes,
 * colours and spacing as CSS relative to its body size, the bundled faces
 * embedded, print rules that give the paper copy the layout's page, and no
 * script and nothing fetched.
 */
import type { Block, DocTree, FontId, Group, List, Paragraph, Row, Run } from '../../compose/types.js';
import { FONT } from '../../compose/theme.js';
import { spans, type Span } from '../inline.js';
import { StyleSheet } from './style-sheet.js';

/** A face as the page embeds it: WOFF2 bytes under its font id. */
export interface EmbeddedFont {
  id: FontId;
  data: Uint8Array;
}

/** The paper the print rules ask for, in points. */
export interface HtmlPage {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
}

/** CSS weight and style of each main face; fallbacks become families of their own. */
const FACE: Record<string, { weight: number; style: 'normal' | 'italic' }> = {
  [FONT.regular]: { weight: 400, style: 'normal' },
  [FONT.italic]: { weight: 400, style: 'italic' },
  [FONT.bold]: { weight: 700, style: 'normal' },
  [FONT.boldItalic]: { weight: 700, style: 'italic' },
  [FONT.semibold]: { weight: 600, style: 'normal' },
};

const FAMILY = 'CV Serif';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Per-document state: the style sheet, the body size and colour everything is relative to, heading ids. */
interface Ctx {
  sheet: StyleSheet;
  size: number;
  color: string;
  ids: Set<string>;
}

function num(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

function rem(ctx: Ctx, pt: number): string | undefined {
  return pt === 0 ? undefined : `${num(pt / ctx.size)}rem`;
}

/** The value most of the text has (by characters; ties go to the first seen). */
function dominant<T>(runs: readonly Run[], key: (r: Run) => T, fallback: T): T {
  const weight = new Map<T, number>();
  for (const r of runs) weight.set(key(r), (weight.get(key(r)) ?? 0) + r.text.trim().length);
  let best = fallback;
  let most = -1;
  for (const [k, w] of weight) if (w > most) [best, most] = [k, w];
  return best;
}

function allRuns(blocks: readonly Block[]): Run[] {
  return blocks.flatMap((b): Run[] => {
    if (b.kind === 'paragraph') return b.role === 'P' ? b.runs : [];
    if (b.kind === 'row') return [...b.left.runs, ...b.right.runs];
    if (b.kind === 'list') return b.items.flatMap((i) => allRuns(i.body));
    if (b.kind === 'group') return allRuns(b.children);
    return [];
  });
}

/** A date run as `<time>`: "Aug 2018 – Present" is two dates, the machine-readable one where there is one. */
function timeHtml(s: Span): string {
  const dates = s.dates ?? [];
  const parts = s.text.split(' – ');
  if (parts.length !== dates.length) return esc(s.text);
  return parts.map((p, i) => (dates[i] ? `<time datetime="${esc(dates[i]!)}">${esc(p)}</time>` : esc(p))).join(' – ');
}

function inline(ctx: Ctx, runs: readonly Run[], size: number, color: string, plain = false): string {
  return spans(runs)
    .map((s) => {
      let h = s.dates ? timeHtml(s) : esc(s.text);
      if (!plain && s.italic) h = `<em>${h}</em>`;
      if (!plain && s.bold) h = `<strong>${h}</strong>`;
      const cls = ctx.sheet.cls({ color: s.color !== color ? s.color : undefined, 'font-size': s.size !== size ? rem(ctx, s.size) : undefined });
      const attr = cls ? ` class="${cls}"` : '';
      if (s.link) return `<a href="${esc(s.link)}"${attr}>${h}</a>`;
      return cls ? `<span${attr}>${h}</span>` : h;
    })
    .join('');
}

function classes(...names: (string | false | undefined)[]): string {
  const list = names.filter((n): n is string => !!n);
  return list.length > 0 ? ` class="${list.join(' ')}"` : '';
}

/** The class of a block of text: its size, leading, colour and space, relative to the body. */
function textClass(ctx: Ctx, p: Paragraph, extra: Record<string, string | undefined> = {}): { cls: string; size: number; color: string } {
  const size = dominant(p.runs, (r) => r.size, ctx.size);
  const color = dominant(p.runs, (r) => r.color, ctx.color);
  const cls = ctx.sheet.cls({
    'font-size': size !== ctx.size ? rem(ctx, size) : undefined,
    'line-height': num(p.leading / size),
    color: color !== ctx.color ? color : undefined,
    'margin-top': rem(ctx, p.spaceBefore),
    'margin-bottom': rem(ctx, p.spaceAfter),
    ...extra,
  });
  return { cls, size, color };
}

function headingId(ctx: Ctx, text: string): string {
  const base = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
  let id = base;
  for (let n = 2; ctx.ids.has(id); n++) id = `${base}-${n}`;
  ctx.ids.add(id);
  return id;
}

/**
 * A paragraph or heading. Text is set ragged right on every screen and on
 * paper: a browser without hyphenation patterns justifies with holes.
 */
function paragraphHtml(ctx: Ctx, p: Paragraph, opts: { rule?: Extract<Block, { kind: 'rule' }>; id?: string; className?: string } = {}): string {
  const { rule, id, className } = opts;
  const heading = p.role !== 'P';
  const underline = rule
    ? { 'border-bottom': `${num(rule.thickness)}pt solid ${rule.color}`, 'padding-bottom': rem(ctx, rule.spaceBefore), 'margin-bottom': rem(ctx, rule.spaceAfter) }
    : {};
  const { cls, size, color } = textClass(ctx, p, underline);
  const tag = heading ? p.role.toLowerCase() : 'p';
  return `<${tag}${id ? ` id="${id}"` : ''}${classes(className, cls)}>${inline(ctx, p.runs, size, color, heading)}</${tag}>`;
}

function rowHtml(ctx: Ctx, r: Row): string {
  const row = ctx.sheet.cls({ 'column-gap': rem(ctx, r.gap), 'margin-top': rem(ctx, r.spaceBefore), 'margin-bottom': rem(ctx, r.spaceAfter) });
  const right = r.right.runs.some((x) => x.text.trim() !== '') ? paragraphHtml(ctx, r.right, { className: 'when' }) : '';
  return `<div${classes('row', row)}>${paragraphHtml(ctx, r.left)}${right}</div>`;
}

function listHtml(ctx: Ctx, list: List): string {
  const label = list.items[0]?.label ?? [];
  const labelColor = dominant(label, (r) => r.color, ctx.color);
  const gap = ctx.sheet.cls({ 'margin-top': rem(ctx, list.itemGap) });
  const space = { 'margin-top': rem(ctx, list.spaceBefore), 'margin-bottom': rem(ctx, list.spaceAfter) };
  if (list.numbered) {
    const cls = ctx.sheet.cls({ 'grid-template-columns': `minmax(${rem(ctx, list.labelWidth) ?? '0'}, max-content) 1fr`, 'padding-left': rem(ctx, list.indent) });
    const labelCls = ctx.sheet.cls({ color: labelColor !== ctx.color ? labelColor : undefined });
    const items = list.items.map(
      (item, i) => `<li${classes(cls, i > 0 && gap)}><span${classes('label', labelCls)}>${esc(item.label.map((r) => r.text).join('').trim())}</span><div>${item.body.map((b) => blockHtml(ctx, b)).join('')}</div></li>`,
    );
    return `<ol${classes('labelled', ctx.sheet.cls(space))}>${items.join('')}</ol>`;
  }
  const cls = ctx.sheet.cls({ ...space, 'padding-left': rem(ctx, list.indent + list.labelWidth) });
  const marker = ctx.sheet.cls({ '--marker': labelColor });
  const items = list.items.map((item, i) => {
    const only = item.body.length === 1 ? item.body[0] : undefined;
    if (only?.kind === 'paragraph') {
      const { cls: text, size, color } = textClass(ctx, { ...only, spaceBefore: 0, spaceAfter: 0 });
      return `<li${classes(text, i > 0 && gap)}>${inline(ctx, only.runs, size, color)}</li>`;
    }
    return `<li${classes(i > 0 && gap)}>${item.body.map((b) => blockHtml(ctx, b)).join('')}</li>`;
  });
  return `<ul${classes('bullets', cls, marker)}>${items.join('')}</ul>`;
}

/** Children in order; a rule right under a heading becomes the heading's underline. */
function childrenHtml(ctx: Ctx, blocks: readonly Block[], headingId?: string): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'paragraph' && b.role !== 'P' && next?.kind === 'rule') {
      out.push(paragraphHtml(ctx, b, { rule: next, id: headingId }));
      i++;
    } else if (b.kind === 'paragraph' && b.role !== 'P') out.push(paragraphHtml(ctx, b, { id: headingId }));
    else out.push(blockHtml(ctx, b));
  }
  return out.join('\n');
}

function groupHtml(ctx: Ctx, g: Group): string {
  const space = ctx.sheet.cls({ 'margin-top': rem(ctx, g.spaceBefore), 'margin-bottom': rem(ctx, g.spaceAfter) });
  if (g.bookmark) {
    const id = headingId(ctx, g.bookmark.title);
    return `<section aria-labelledby="${id}"${classes(space)}>\n${childrenHtml(ctx, g.children, id)}\n</section>`;
  }
  return `<div${classes(g.keepTogether && 'entry', space)}>${childrenHtml(ctx, g.children)}</div>`;
}

function blockHtml(ctx: Ctx, b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraphHtml(ctx, b);
    case 'row':
      return rowHtml(ctx, b);
    case 'list':
      return listHtml(ctx, b);
    case 'group':
      return groupHtml(ctx, b);
    case 'rule':
      return `<hr${classes(ctx.sheet.cls({ border: '0', 'border-top': `${num(b.thickness)}pt solid ${b.color}`, 'margin-top': rem(ctx, b.spaceBefore), 'margin-bottom': rem(ctx, b.spaceAfter) }))}>`;
    case 'spacer':
      return '';
  }
}

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

function fontFaces(fonts: readonly EmbeddedFont[]): { css: string; stack: string } {
  const fallbacks: string[] = [];
  const css = fonts.map((f) => {
    const face = FACE[f.id];
    const family = face ? FAMILY : `CV ${f.id}`;
    if (!face) fallbacks.push(`"${family}"`);
    const { weight, style } = face ?? { weight: 400, style: 'normal' };
    const src = `url(data:font/woff2;base64,${Buffer.from(f.data).toString('base64')}) format("woff2")`;
    return `@font-face{font-family:"${family}";src:${src};font-weight:${weight};font-style:${style};font-display:block}`;
  });
  return { css: css.join('\n'), stack: [`"${FAMILY}"`, ...fallbacks, 'Georgia', 'serif'].join(',') };
}

/** Print rules: the layout's paper and margins, its running header and page numbers in the margin boxes. */
function printCss(doc: DocTree, page: HtmlPage, ctx: Ctx): string {
  const m = page.margins;
  const f = doc.furniture;
  const boxes: string[] = [];
  if (f.pageNumbers) boxes.push(`@bottom-center{content:counter(page) " / " counter(pages);font-size:${num(f.pageNumbers.size)}pt;color:${f.pageNumbers.color}}`);
  const header = f.header?.runs;
  if (header) {
    const size = dominant(header, (r) => r.size, ctx.size);
    boxes.push(`@top-left{content:${cssString(header.map((r) => r.text).join(''))};font-size:${num(size)}pt;color:${dominant(header, (r) => r.color, ctx.color)};vertical-align:bottom;padding-bottom:6pt}`);
  }
  return [
    `@page{size:${num(page.width)}pt ${num(page.height)}pt;margin:${num(m.top)}pt ${num(m.right)}pt ${num(m.bottom)}pt ${num(m.left)}pt;${boxes.join('')}}`,
    header && f.header!.fromPage > 1 ? '@page:first{@top-left{content:none}}' : '',
    `@media print{:root{font-size:${num(ctx.size)}pt}body{background:none}main{max-width:none;padding:0}a{text-decoration:none}h1,h2,h3{break-after:avoid}.entry,li,.row{break-inside:avoid}p{orphans:2;widows:2}}`,
  ].filter(Boolean).join('\n');
}

/** The stylesheet every page shares: screen sizes, the row and list shapes, and a narrow-screen variant. */
const BASE_CSS = [
  ':root{font-size:18px;-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  '*,*::before,*::after{box-sizing:border-box}',
  'body{margin:0;background:#fff;font-synthesis:none;font-kerning:normal;font-variant-ligatures:common-ligatures;text-rendering:optimizeLegibility}',
  'main{max-width:44rem;margin:0 auto;padding:3rem 1.5rem 4rem}',
  'h1,h2,h3,p,ul,ol{margin:0}',
  'h1,h2,h3{font-weight:600}',
  'strong{font-weight:700}',
  'a{color:inherit;text-decoration:underline;text-decoration-thickness:.05em;text-underline-offset:.18em}',
  'a:hover,a:focus-visible{text-decoration-thickness:.1em}',
  '.row{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline}',
  '.row>:first-child{flex:1 1 18rem}',
  '.row>.when{flex:0 0 auto;white-space:nowrap}',
  '.bullets{list-style:disc outside}',
  '.bullets>li::marker{color:var(--marker)}',
  '.labelled{list-style:none;padding:0}',
  '.labelled>li{display:grid}',
  '.labelled .label{font-variant-numeric:lining-nums tabular-nums;padding-right:.25em}',
  '.entry{break-inside:avoid}',
  '@media (max-width:32rem){:root{font-size:17px}main{padding:1.5rem 1rem 2.5rem}.labelled>li{display:block}.labelled .label{display:block}}',
].join('\n');

/** The page, as a string of HTML5. Pure: same document and fonts, same text. */
export function emitHtml(doc: DocTree, fonts: readonly EmbeddedFont[], page: HtmlPage): string {
  const runs = allRuns(doc.body);
  const ctx: Ctx = { sheet: new StyleSheet(), size: dominant(runs, (r) => r.size, 11), color: dominant(runs, (r) => r.color, '#000000'), ids: new Set() };
  const firstGroup = doc.body.findIndex((b) => b.kind === 'group');
  const head = firstGroup < 0 ? doc.body : doc.body.slice(0, firstGroup);
  const rest = firstGroup < 0 ? [] : doc.body.slice(firstGroup);
  const body = [`<header>\n${childrenHtml(ctx, head)}\n</header>`, ...rest.map((b) => blockHtml(ctx, b))].join('\n');
  const faces = fontFaces(fonts);
  const meta = doc.meta;
  const css = [faces.css, BASE_CSS, `body{font-family:${faces.stack};color:${ctx.color};line-height:1.3}`, ctx.sheet.css(), printCss(doc, page, ctx)].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(meta.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(meta.title)}</title>`,
    `<meta name="author" content="${esc(meta.author)}">`,
    `<meta name="description" content="${esc(meta.subject)}">`,
    `<meta name="keywords" content="${esc(meta.keywords.join(', '))}">`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    `<main>\n${body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
