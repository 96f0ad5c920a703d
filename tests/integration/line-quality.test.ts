/**
 * Justified spacing of the owner's CV as built: every justified line's spaces
 * within 0.8x-1.5x of natural (the bench prints the same numbers).
 */
import { join } from 'node:path';
import { REPO } from '../helpers/cli-run.js';
import { lineQuality } from '../../src/pipeline/line-quality.js';

test('the worst justified line of every layout is within 0.8x-1.5x of the natural space', async () => {
  const report = await lineQuality({ input: join(REPO, 'cv.yaml'), layoutsDir: join(REPO, 'layouts'), fontsDir: join(REPO, 'fonts') });
  expect([...report.keys()].sort()).toEqual(['full', 'publications', 'resume']);
  expect(report.get('full')!.lines).toBeGreaterThan(10);
  for (const [id, q] of report) {
    // A layout with justified lines reports both extremes (only the publication list has none).
    if (q.lines > 0) expect([id, q.loosest !== undefined && q.tightest !== undefined]).toEqual([id, true]);
    if (q.loosest) expect([id, q.loosest.ratio <= 1.5 + 1e-9]).toEqual([id, true]);
    if (q.tightest) expect([id, q.tightest.ratio >= 0.8 - 1e-9]).toEqual([id, true]);
  }
});
