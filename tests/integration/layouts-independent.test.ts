/**
 * A PDF does not depend on which other layouts the same cv build made: the
 * faces (and their shaping memos) are shared across the build, and a glyph's
 * text once came from its first request anywhere in the process. On this random
 * CV (seed 1330 of an outside generator) the publication list's page-2 running
 * header then read "ublications" when every layout was built, and the PDF
 * differed from the one `--layout publications` made.
 */
import { join } from 'node:path';
import { expectOk, pdfsIn, REPO, removeTempDirs, runCvAsync, sha256, tempDir, tool } from '../helpers/cli-run.js';

afterAll(removeTempDirs);

const INPUT = join(REPO, 'tests/fixtures/build/random-1330.yaml');
const env = { SOURCE_DATE_EPOCH: '1600000000' };

test('each layout built with the others is byte for byte the layout built alone', async () => {
  const together = tempDir('together');
  expectOk(await runCvAsync(['build', '--input', INPUT, '--out', together], { env }), 'cv build (every layout)');
  const files = pdfsIn(together);
  expect(files).toHaveLength(3);
  for (const layout of ['full', 'resume', 'publications']) {
    const alone = tempDir(`alone-${layout}`);
    expectOk(await runCvAsync(['build', '--input', INPUT, '--layout', layout, '--out', alone], { env }), `cv build --layout ${layout}`);
    const [file] = pdfsIn(alone);
    expect(files).toContain(file);
    expect(sha256(join(alone, file!))).toBe(sha256(join(together, file!)));
  }
  const publications = files.find((f) => f.endsWith('-publications.pdf'))!;
  const page2 = tool('pdftotext', ['-f', '2', '-l', '2', join(together, publications), '-']).stdout;
  expect(page2.split('\n')[0]).toBe('Jürgen Okafor Tok1330zq · Publications');
});
