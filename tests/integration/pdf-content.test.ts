/**
 * What the PDFs say, read back with pdf-parse and compared with cv.yaml (read
 * with js-yaml): reading order, publication labels and authors, and that the
 * full CV prints everything cv.yaml holds.
 */
import { join } from 'node:path';
import { expectOk, outputFile, readCv, readLayouts, removeTempDirs, runCvAsync, tempDir } from '../helpers/cli-run.js';
import type { Json } from '../helpers/cli-run.js';
import { entryDates, entryTitle, printedStrings, sectionsOf } from '../helpers/cv-content.js';
import { bodyText, findText, normalizeText, pdfPages } from '../helpers/pdf-read.js';

const cv = readCv();
const owner = String(cv.name);
const aliases = ((cv.aliases as string[] | undefined) ?? []).map(String);
const layouts = readLayouts();
const sections = sectionsOf(cv);
const publications = sections.filter((s) => s.kind === 'publication').flatMap((s) => s.entries);

let fullPages: string[] = [];
let fullBody = '';
let fullText = '';
let pubText = '';

beforeAll(async () => {
  const out = tempDir('content');
  const r = await runCvAsync(['build', '--layout', 'full', '--layout', 'publications', '--out', out]);
  expectOk(r, 'cv build');
  const full = layouts.get('full')!;
  const pubs = layouts.get('publications')!;
  fullPages = await pdfPages(join(out, outputFile(full, owner)));
  fullBody = bodyText(fullPages, `${owner} · ${full.title}`);
  fullText = normalizeText(fullBody);
  pubText = normalizeText(bodyText(await pdfPages(join(out, outputFile(pubs, owner))), `${owner} · ${pubs.title}`));
});

afterAll(removeTempDirs);

/** Line index of every section heading, searched in order (a heading is a line of its own). */
function headingLines(body: string): { title: string; line: number }[] {
  const lines = body.split('\n').map((l) => l.trim());
  let from = 0;
  return sections.map((s) => {
    const i = lines.indexOf(s.title, from);
    if (i >= 0) from = i + 1;
    return { title: s.title, line: i };
  });
}

describe('the full CV in reading order', () => {
  it('starts with the owner name', () => {
    expect(fullPages.length).toBeGreaterThan(1);
    expect((fullPages[0] ?? '').trimStart().startsWith(owner)).toBe(true);
  });

  it('has every section heading, in cv.yaml order', () => {
    const found = headingLines(fullBody);
    expect(found.filter((h) => h.line < 0).map((h) => h.title)).toEqual([]);
    const lines = found.map((h) => h.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('prints each dated entry title before its dates', () => {
    const body = fullBody.split('\n');
    const heads = headingLines(fullBody);
    const problems: string[] = [];
    let checked = 0;
    sections.forEach((s, si) => {
      const start = heads[si]?.line ?? -1;
      const end = heads[si + 1]?.line ?? body.length;
      const segment = normalizeText(body.slice(start + 1, end < 0 ? body.length : end).join('\n'));
      const placed = s.entries
        .map((e) => ({ e, title: entryTitle(e) }))
        .filter((x): x is { e: Json; title: string } => x.title !== undefined)
        .map((x) => ({ ...x, at: findText(segment, x.title) }));
      const starts = placed.map((p) => p.at.index).filter((i) => i >= 0).sort((a, b) => a - b);
      for (const p of placed) {
        const dates = entryDates(p.e);
        if (dates.length === 0) continue;
        checked++;
        if (p.at.index < 0) {
          problems.push(`${s.id}: title '${p.title}' not found`);
          continue;
        }
        const next = starts.find((i) => i > p.at.index) ?? segment.length;
        let from = p.at.end;
        for (const d of dates) {
          const at = findText(segment, d, from);
          if (at.index < 0 || at.index >= next) {
            problems.push(`${s.id}: '${d}' does not follow '${p.title}' (before the next entry): …${segment.slice(p.at.index, Math.min(next, p.at.index + 200))}…`);
            break;
          }
          from = at.end;
        }
      }
    });
    expect(checked).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('prints the equal-contribution legend', () => {
    // One wording everywhere (publications and project sections alike).
    expect(fullText).toContain('* Equal contribution.');
    expect(fullText).not.toContain('Authors contributed equally');
    expect(fullText).not.toContain('(* Equal Contribution)');
  });
});

describe('the publication list', () => {
  it('has every publication of cv.yaml, each after its own label like [C3], [W1], [D2]', () => {
    expect(publications.length).toBe(13);
    const labels: string[] = [];
    const missing: string[] = [];
    for (const p of publications) {
      const title = String(p.title);
      const at = findText(pubText, title);
      const label = at.index < 0 ? undefined : /\[([A-Z]\d+)\] $/.exec(pubText.slice(Math.max(0, at.index - 12), at.index))?.[1];
      if (label === undefined) missing.push(title);
      else labels.push(label);
    }
    expect(missing).toEqual([]);
    expect(new Set(labels).size).toBe(publications.length);
  });

  it("names the owner in every publication's author list", () => {
    const titles = publications.map((p) => findText(pubText, String(p.title)));
    const starts = titles.map((t) => t.index).sort((a, b) => a - b);
    const without: string[] = [];
    publications.forEach((p, i) => {
      const at = titles[i]!;
      expect(at.index).toBeGreaterThanOrEqual(0);
      const next = starts.find((s) => s > at.index) ?? pubText.length;
      const item = pubText.slice(at.end, next);
      if (![owner, ...aliases].some((n) => findText(item, n).index >= 0)) without.push(String(p.title));
    });
    expect(without).toEqual([]);
  });

  it('prints the equal-contribution legend', () => {
    expect(pubText).toContain('* Equal contribution.');
  });
});

describe('completeness of the full CV', () => {
  it('prints every piece of content of cv.yaml', () => {
    const strings = printedStrings(cv);
    expect(strings.length).toBeGreaterThan(200);
    const missing = strings.filter((s) => findText(fullText, s.text).index < 0).map((s) => `${s.path}: ${JSON.stringify(s.text)}`);
    if (missing.length > 0) throw new Error(`${missing.length} of ${strings.length} strings of cv.yaml are not in the full CV:\n${missing.join('\n')}`);
  });
});
