/**
 * Our own PDF/UA-1 checker: the machine-checkable part of ISO 14289-1 (the
 * Matterhorn protocol's failure conditions that need no human judgement),
 * read back with `qpdf --json` and decoded content streams, independent of
 * how the product wrote the file. Returns one message per failure; [] when
 * every check passes. What it checks is listed in README ("Accessibility").
 */
import { tool } from './cli-run.js';

type Obj = Record<string, unknown>;

interface QpdfJson {
  qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: Obj; data?: string } }>];
}

export function pdfuaProblems(path: string): string[] {
  const json = JSON.parse(tool('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', path]).stdout) as QpdfJson;
  const objects = json.qpdf[1];
  const get = (ref: unknown): Obj | undefined => {
    if (typeof ref !== 'string' || !/^\d+ \d+ R$/.test(ref)) return ref as Obj | undefined;
    const o = objects[`obj:${ref}`];
    return (o?.value ?? o?.stream?.dict) as Obj | undefined;
  };
  const data = (ref: unknown): string => {
    const s = typeof ref === 'string' ? objects[`obj:${ref}`]?.stream : undefined;
    return s?.data ? Buffer.from(s.data, 'base64').toString('latin1') : '';
  };
  const problems: string[] = [];
  const all = Object.values(objects).map((o) => (o.value ?? o.stream?.dict) as Obj);
  const catalog = all.find((o) => o?.['/Type'] === '/Catalog');
  if (!catalog) return ['no document catalog'];

  // 1. Identification and document-level settings.
  const xmp = data(catalog['/Metadata']);
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) problems.push('XMP metadata does not declare pdfuaid:part 1');
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) problems.push('XMP metadata has no dc:title');
  if (get(catalog['/ViewerPreferences'])?.['/DisplayDocTitle'] !== true) problems.push('ViewerPreferences /DisplayDocTitle is not true');
  if (get(catalog['/MarkInfo'])?.['/Marked'] !== true) problems.push('MarkInfo /Marked is not true');
  if (typeof catalog['/Lang'] !== 'string' || catalog['/Lang'] === 'u:') problems.push('catalog has no /Lang');
  const root = get(catalog['/StructTreeRoot']);
  if (!root) problems.push('no StructTreeRoot');

  // 2. Fonts embedded.
  for (const o of all) {
    if (o?.['/Type'] === '/FontDescriptor' && !o['/FontFile'] && !o['/FontFile2'] && !o['/FontFile3']) problems.push(`font ${String(o['/FontName'])} is not embedded`);
  }

  // 3. Pages: tab order, annotations, every content item tagged or an artifact.
  const pages = all.filter((o) => o?.['/Type'] === '/Page');
  pages.forEach((page, i) => {
    const annots = ((get(page['/Annots']) as unknown as unknown[] | undefined) ?? (page['/Annots'] as unknown[] | undefined) ?? []).map(get);
    if (annots.length > 0 && page['/Tabs'] !== '/S') problems.push(`page ${i + 1}: annotations but /Tabs is not /S`);
    for (const a of annots) {
      if (a?.['/Subtype'] !== '/Link') continue;
      if (typeof a['/Contents'] !== 'string' || a['/Contents'] === 'u:') problems.push(`page ${i + 1}: link annotation without /Contents (alternate description)`);
      if (typeof a['/StructParent'] !== 'number') problems.push(`page ${i + 1}: link annotation not in the structure tree (no /StructParent)`);
    }
    const contents = Array.isArray(page['/Contents']) ? page['/Contents'] : [page['/Contents']];
    const untagged = untaggedOperators(contents.map(data).join('\n'));
    if (untagged.length > 0) problems.push(`page ${i + 1}: ${untagged.length} content operators neither tagged nor artifact, first: ${untagged[0]}`);
  });

  // 4. Structure elements: lists with labels say how they count; figures have alt text.
  for (const o of all) {
    if (o?.['/S'] === '/L') {
      const kids = ((Array.isArray(o['/K']) ? o['/K'] : [o['/K']]) as unknown[]).map(get);
      const labelled = kids.some((li) => ((Array.isArray(li?.['/K']) ? li['/K'] : [li?.['/K']]) as unknown[]).some((k) => get(k)?.['/S'] === '/Lbl'));
      const attrs = get(o['/A']);
      if (labelled && typeof attrs?.['/ListNumbering'] !== 'string') problems.push('a list with labels has no ListNumbering attribute');
    }
    if (o?.['/S'] === '/Figure' && typeof o['/Alt'] !== 'string') problems.push('a Figure has no /Alt');
  }
  return problems;
}

const PAINT = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/**
 * Painting operators outside any marked content with an MCID or an Artifact
 * tag. A small tokenizer: strings, hex strings, arrays, dictionaries and
 * names are skipped as operands.
 */
export function untaggedOperators(content: string): string[] {
  const out: string[] = [];
  const stack: boolean[] = []; // per open BMC/BDC: does it tag (MCID) or artifact its content?
  const operands: string[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '%') { while (i < n && content[i] !== '\n') i++; continue; }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (content[j] === '\\') { j++; continue; }
        if (content[j] === '(') depth++;
        else if (content[j] === ')' && --depth === 0) break;
      }
      operands.push(content.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (content.startsWith('<<', j)) { depth++; j++; } else if (content.startsWith('>>', j)) { depth--; j++; if (depth === 0) break; }
      }
      operands.push(content.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '<') { const j = content.indexOf('>', i); operands.push(content.slice(i, j + 1)); i = j + 1; continue; }
    if (c === '[' || c === ']') { i++; continue; }
    let j = i;
    while (j < n && !/[\s()<>[\]/%]/.test(content[j]!)) j++;
    if (c === '/') { j = i + 1; while (j < n && !/[\s()<>[\]/%{}]/.test(content[j]!)) j++; operands.push(content.slice(i, j)); i = j; continue; }
    const token = content.slice(i, j);
    i = j;
    if (/^[-+.\d]/.test(token)) { operands.push(token); continue; }
    if (token === 'BDC' || token === 'BMC') {
      const tag = operands[0] ?? '';
      const props = operands[1] ?? '';
      stack.push(tag === '/Artifact' || /\/MCID\s+\d+/.test(props));
    } else if (token === 'EMC') {
      stack.pop();
    } else if (PAINT.has(token) && !stack.some(Boolean)) {
      out.push(`${token} (operands ${operands.join(' ').slice(0, 40)})`);
    }
    operands.length = 0;
  }
  return out;
}
