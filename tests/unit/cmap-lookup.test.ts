import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cmapLookup } from '../../src/fonts/sfnt/cmap-lookup.js';
import { tableDirectory } from '../../src/fonts/sfnt/read-sfnt.js';
import { codePointSet } from '../../src/fonts/coverage.js';
import { glyphRanges } from '../../src/fonts/width-table/derive.js';
import { REPO } from '../helpers/cli-run.js';

const fontkit = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');

/** The bundled faces and the TrueType faces the fallback and language tests use (installed by the pretest step). */
function faces(): string[] {
  const bundled = readdirSync(join(REPO, 'fonts')).filter((f) => f.endsWith('.ttf')).map((f) => join(REPO, 'fonts', f));
  const walk = (dir: string, system: string[] = []): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return system;
    }
    for (const n of names) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p, system);
      else if (/\.ttf$/i.test(n)) system.push(p);
    }
    return system;
  };
  const some = (d: string) => walk(join('/usr/share/fonts/truetype', d)).sort().slice(0, 4);
  return [...bundled, ...some('dejavu'), ...some('liberation'), ...some('nanum')];
}

/** What the width tables store (derive.ts, from a fontkit face): its characterSet, less code points whose glyph is .notdef. */
const fontkitRanges = (bytes: Uint8Array) => glyphRanges(fontkit.create(Buffer.from(bytes)) as unknown as Parameters<typeof glyphRanges>[0]);

describe('glyph coverage read from the cmap is what fontkit (and so the width table) says', () => {
  const files = faces();
  test('at least the bundled faces are checked', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  test.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const has = cmapLookup(tableDirectory(bytes)!.get('cmap')!);
    expect(has).toBeDefined();
    const inRanges = codePointSet(fontkitRanges(bytes));
    // Every code point of the BMP and the next plane (where any bundled face ends), and the last one.
    const differ: number[] = [];
    for (let cp = 0; cp < 0x20000; cp++) if (has!(cp) !== inRanges(cp)) differ.push(cp);
    for (const cp of [0x10fffd, 0x10ffff, 0x110000]) if (has!(cp) !== inRanges(cp)) differ.push(cp);
    expect(differ.slice(0, 10)).toEqual([]);
  });
  test('a cmap table too short, or without a subtable of format 4 or 12, gives undefined', () => {
    expect(cmapLookup(new Uint8Array(2))).toBeUndefined();
    expect(cmapLookup(new Uint8Array(8))).toBeUndefined(); // no subtable at all
    expect(cmapLookup(new TextEncoder().encode('not a cmap at all, just text'))).toBeUndefined();
  });
});
