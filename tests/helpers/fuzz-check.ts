/**
 * What the property tests check of one generated CV (tests/property/): it is
 * validated and built with every layout, and
 *  - cv build exits 0, 1 or 3, never with a stack trace or "internal error";
 *  - cv validate agrees with cv build (valid exactly when the build is not refused as invalid);
 *  - every PDF passes qpdf --check, keeps every word inside the page and the
 *    margins (running header and page numbers excepted) with no two words
 *    overlapping, and prints the token planted in the owner's name;
 *  - when the generator lists the words it wrote, the full CV (which never
 *    leaves anything out) prints every one of them.
 * Each problem names the seed and how to replay it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { readLayouts, runCvAsync, tempDir, tool } from './cli-run.js';
import { bodyText, marginViolations, normalizeText, overlaps, wordBoxes } from './pdf-read.js';

const layouts = readLayouts();
const STACK = /\n\s+at .+[:(]\d+:\d+\)?/;

export interface Generated {
  seed: number;
  cv: Record<string, unknown>;
  token: string;
  words?: readonly string[];
}

export interface Checked {
  seed: number;
  problems: string[];
  /** PDFs read back. */
  built: number;
  /** Words looked for in the full CV. */
  words: number;
  status: number | null;
  validate: string;
}

/**
 * Letters only, lower case: pdftotext splits a word that was hyphenated or cut
 * at a line end, and a heading may be set in capitals; what must survive is
 * every letter of the word, in order.
 */
function squeeze(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ς/g, 'σ').replace(/[\s\u0001\u00ad-]/g, '');
}

/** Builds `g.cv` into a fresh folder and returns everything wrong with it; `replay` says how to run this seed alone. */
export async function checkGenerated(g: Generated, replay: string): Promise<Checked> {
  const dir = tempDir(`fuzz-${g.seed}`);
  const file = join(dir, 'cv.yaml');
  writeFileSync(file, dump(g.cv, { lineWidth: -1 }));
  const out = join(dir, 'out');
  const [v, b] = await Promise.all([runCvAsync(['validate', file]), runCvAsync(['build', '--input', file, '--out', out, '--json'])]);
  const problems: string[] = [];
  const say = (what: string) => problems.push(`seed ${g.seed}: ${what} (replay: ${replay}; file ${file})`);
  if (![0, 1, 3].includes(b.status ?? -1)) say(`cv build exited ${b.status}: ${b.stderr.slice(0, 400)}`);
  for (const r of [v, b]) if (STACK.test(r.stderr) || /internal error/.test(r.stderr)) say(`a stack trace or internal error: ${r.stderr.slice(0, 400)}`);
  const validOk = v.status === 0;
  const buildAccepted = b.status === 0 || b.status === 3;
  if (validOk !== buildAccepted) say(`cv validate exited ${v.status} but cv build exited ${b.status}:\n${v.stderr.slice(0, 300)}\n${b.stderr.slice(0, 300)}`);
  let words = 0;
  const done = (built: number) => ({ seed: g.seed, problems, built, words, status: b.status, validate: v.stderr });
  if (b.status !== 0 && b.status !== 3) return done(0);
  let manifest: { outputs: { layout: string; file: string; format?: string }[] };
  try {
    manifest = JSON.parse(b.stdout) as typeof manifest;
  } catch {
    say(`no manifest on stdout: ${b.stdout.slice(0, 200)}`);
    return done(0);
  }
  const pdfs = manifest.outputs.filter((o) => (o.format ?? 'pdf') === 'pdf');
  for (const o of pdfs) {
    const pdf = join(out, o.file);
    const layout = layouts.get(o.layout)!;
    const check = tool('qpdf', ['--check', pdf], true);
    if (check.status !== 0) say(`${o.layout}: qpdf --check: ${check.stdout.slice(-300)}${check.stderr.slice(-300)}`);
    const pages = wordBoxes(pdf);
    const header = `${String(g.cv['name'])} · ${layout.title}`;
    for (const p of [...marginViolations(pages, layout.margins, header), ...overlaps(pages)].slice(0, 5)) say(`${o.layout}: ${p}`);
    const raw = tool('pdftotext', [pdf, '-']).stdout;
    if (!normalizeText(raw).includes(g.token)) say(`${o.layout}: the token '${g.token}' is not in the text`);
    if (o.layout === 'full' && g.words) {
      // In drawing order (-raw), which is reading order: pdftotext's own order may put an entry's
      // date after the page number, between the halves of a word cut at the page's end.
      // Page numbers too, at the end of each page: pdftotext may print "6 / 7" as "6/7", or
      // join it to the page's last line ("inter-" + "6 / 7" as "inter6 / 7"), which bodyText keeps.
      const inOrder = tool('pdftotext', ['-raw', pdf, '-']).stdout;
      const pages = inOrder.split('\f').map((p) => p.replace(/\d+\s*\/\s*\d+\s*$/, ''));
      const text = squeeze(bodyText(pages, header));
      const lost = g.words.filter((w) => !text.includes(squeeze(w)));
      words += g.words.length;
      if (lost.length > 0) say(`full: ${lost.length} of ${g.words.length} words are not in the text: ${lost.slice(0, 8).map((w) => `'${w.slice(0, 40)}'`).join(', ')}`);
    }
  }
  if (g.words && !pdfs.some((o) => o.layout === 'full')) say('no full CV was built');
  return done(pdfs.length);
}

export function countBy(xs: readonly (number | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[String(x)] = (out[String(x)] ?? 0) + 1;
  return out;
}
