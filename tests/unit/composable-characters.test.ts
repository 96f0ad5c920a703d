/**
 * cv validate skips composing a layout when every character compose could
 * put in it has a glyph (compose/characters.ts composableCharacters). That is
 * sound only if the set really holds every composed character: checked here
 * on the sample CV in every language with labels, the every-field fixture and
 * random CVs, and against compose's own sources (a new mark or label must be
 * in the set, or these fail).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { composableCharacters, composeDocument } from '../../src/compose/index.js';
import { COMPOSE_MARKS, labelText } from '../../src/compose/characters.js';
import { LABEL_LANGUAGES, labelsFor } from '../../src/compose/labels.js';
import type { Layout } from '../../src/layout/types.js';
import { parseSource } from '../../src/load/index.js';
import type { Cv } from '../../src/normalize/types.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { uncoveredCharacters } from '../../src/plan/glyph-coverage.js';
import { loadLayouts } from '../../src/read/index.js';
import { selectContent } from '../../src/select/index.js';
import { validateCv } from '../../src/validate/index.js';
import { randomCv } from '../helpers/random-cv.js';
import { realisticCv } from '../helpers/realistic-cv.js';
import { REPO } from '../helpers/cli-run.js';

const read = loadLayouts(join(REPO, 'layouts'), join(REPO, 'fonts'));
if (!read.ok) throw new Error('bundled layouts do not load');
const layouts: Layout[] = [...read.layouts.values()];

function cvOf(text: string): Cv | undefined {
  const loaded = parseSource('cv.yaml', new TextEncoder().encode(text));
  if (!loaded.ok) return undefined;
  const valid = validateCv(loaded.doc);
  return valid.ok ? normalizeCv(valid.cv) : undefined;
}

/** Every character the glyph check asks about in the layout's composed document. */
function composedCharacters(cv: Cv, layout: Layout): Set<number> {
  const selected = selectContent(cv, layout, {});
  const asked = new Set<number>();
  if (!selected.ok) return asked;
  const recorder = { hasGlyph: (_font: string, cp: number) => (asked.add(cp), true) };
  uncoveredCharacters(composeDocument(selected.selected, layout), recorder, []);
  return asked;
}

/** The composed characters composableCharacters does not hold. */
function outside(cv: Cv): string[] {
  const out: string[] = [];
  for (const layout of layouts) {
    const possible = composableCharacters(cv, layout);
    for (const cp of composedCharacters(cv, layout)) if (!possible.has(cp)) out.push(`${layout.id}: U+${cp.toString(16)}`);
  }
  return out;
}

const sample = readFileSync(join(REPO, 'cv.yaml'), 'utf8');

describe('composableCharacters holds every character a composed document holds', () => {
  test('the sample CV, in every language with labels', () => {
    for (const lang of ['en', ...LABEL_LANGUAGES]) {
      const cv = cvOf(sample.replace(/^lang: .*$/m, `lang: ${lang}`));
      expect(cv?.lang).toBe(lang);
      expect(outside(cv!)).toEqual([]);
    }
  });

  test('the every-field fixture', () => {
    const cv = cvOf(readFileSync(join(REPO, 'tests/fixtures/valid/every-field.yaml'), 'utf8'));
    expect(cv).toBeDefined();
    expect(outside(cv!)).toEqual([]);
  });

  test('random CVs (schema walk and realistic)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 24; seed++) {
      for (const json of [randomCv(7000 + seed).cv, realisticCv(7000 + seed).cv]) {
        const cv = cvOf(JSON.stringify(json));
        if (!cv) continue;
        checked++;
        expect(outside(cv)).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });
});

/** Every non-ASCII character written in a TypeScript file, as a literal or a \u escape, outside comments. */
function writtenCharacters(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const chars = new Set<string>();
  for (const c of text) if (c.codePointAt(0)! > 0x7e) chars.add(c);
  for (const m of text.matchAll(/\\u\{?([0-9a-fA-F]{4,6})\}?/g)) chars.add(String.fromCodePoint(parseInt(m[1]!, 16)));
  return chars;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe("compose's own characters are all in the set", () => {
  test('every mark compose writes (outside the labels) is in COMPOSE_MARKS', () => {
    const files = [...sourcesUnder(join(REPO, 'src/compose')).filter((f) => !f.endsWith('labels.ts')), join(REPO, 'src/common/cv-date.ts')];
    const missing = files.flatMap((f) => [...writtenCharacters(f)].filter((c) => !COMPOSE_MARKS.includes(c)).map((c) => `${f}: ${c}`));
    expect(missing).toEqual([]);
  });

  test("every character of labels.ts is in some language's labelText", () => {
    const all = new Set([...['en', ...LABEL_LANGUAGES].map((l) => labelText(labelsFor(l))).join('')]);
    const missing = [...writtenCharacters(join(REPO, 'src/compose/labels.ts'))].filter((c) => !all.has(c));
    expect(missing).toEqual([]);
  });
});
