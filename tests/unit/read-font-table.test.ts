/** One font table read alone from the file (what cv validate reads of each face) is the table read from the whole file. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFontTable } from '../../src/fonts/sfnt/read-table.js';
import { tableDirectory } from '../../src/fonts/sfnt/read-sfnt.js';
import { REPO } from '../helpers/cli-run.js';

const FONTS = join(REPO, 'fonts');
const faces = readdirSync(FONTS).filter((f) => f.endsWith('.ttf'));
const dir = mkdtempSync(join(tmpdir(), 'cv-font-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(faces)('%s: every table, read alone, is the bytes tableDirectory gives', (face) => {
  const path = join(FONTS, face);
  const whole = tableDirectory(new Uint8Array(readFileSync(path)))!;
  for (const [tag, bytes] of whole) expect(Buffer.from(readFontTable(path, tag, 64 << 20)!).equals(Buffer.from(bytes))).toBe(true);
  expect(readFontTable(path, 'nope', 64 << 20)).toBeUndefined();
});

test('anything tableDirectory would refuse, or no regular file, gives undefined', () => {
  const bytes = readFileSync(join(FONTS, faces[0]!));
  const truncated = join(dir, 'truncated.ttf');
  writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1)); // tables past the end
  expect(tableDirectory(new Uint8Array(readFileSync(truncated)))).toBeUndefined();
  expect(readFontTable(truncated, 'cmap', 64 << 20)).toBeUndefined();
  const tiny = join(dir, 'tiny.ttf');
  writeFileSync(tiny, 'abc');
  expect(readFontTable(tiny, 'cmap', 64 << 20)).toBeUndefined();
  expect(readFontTable(join(FONTS, faces[0]!), 'cmap', 1000)).toBeUndefined(); // over the limit
  expect(readFontTable(dir, 'cmap', 64 << 20)).toBeUndefined();
  expect(readFontTable(join(dir, 'missing.ttf'), 'cmap', 64 << 20)).toBeUndefined();
  const fifo = join(dir, 'fifo.ttf');
  execFileSync('mkfifo', [fifo]);
  expect(readFontTable(fifo, 'cmap', 64 << 20)).toBeUndefined(); // at once, never waiting for a writer
});
