/**
 * The same input gives the same bytes: time zone, locale and working folder
 * change nothing; the build date (--date, else SOURCE_DATE_EPOCH, else
 * cv.yaml's `updated`) is the only date in the file, and the clock is never read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CV_YAML, expectOk, pdfsIn, readCv, readLayouts, removeTempDirs, requireTool, runCvAsync, sha256, tempDir } from '../helpers/cli-run.js';
import type { CvRun } from '../helpers/cli-run.js';
import { pdfInfo } from '../helpers/pdf-tools.js';

const layoutCount = readLayouts().size;
const updated = String(readCv().updated); // "2020-10"
const EPOCH_DAY = '2023-03-14';
const EPOCH = String(Date.UTC(2023, 2, 14, 15, 9, 26) / 1000); // mid-day, so a time zone could move the date
const FLAG_DAY = '2021-01-02';

interface Build {
  out: string;
  run: CvRun;
}
const builds: Record<'utc' | 'kiritimati' | 'flag' | 'plain1' | 'plain2', Build> = {} as never;

function shas(out: string): Record<string, string> {
  return Object.fromEntries(pdfsIn(out).map((f) => [f, sha256(join(out, f))]));
}

beforeAll(async () => {
  requireTool('pdfinfo');
  const spec = {
    utc: { env: { TZ: 'UTC', LC_ALL: 'C', LANG: 'C', SOURCE_DATE_EPOCH: EPOCH }, args: [] as string[], cwd: undefined as string | undefined },
    kiritimati: { env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8', SOURCE_DATE_EPOCH: EPOCH }, args: [], cwd: tempDir('elsewhere') },
    flag: { env: { TZ: 'America/Los_Angeles', SOURCE_DATE_EPOCH: EPOCH }, args: ['--date', FLAG_DAY], cwd: undefined },
    plain1: { env: { TZ: 'Asia/Seoul' }, args: [], cwd: undefined },
    plain2: { env: { TZ: 'Pacific/Pago_Pago', LC_ALL: 'de_DE.UTF-8' }, args: [], cwd: tempDir('elsewhere2') },
  };
  await Promise.all(
    Object.entries(spec).map(async ([name, s]) => {
      const out = tempDir(`det-${name}`);
      // Absolute --input and --out, so the working folder is the only thing that differs.
      const run = await runCvAsync(['build', '--input', CV_YAML, '--out', out, ...s.args], { env: s.env, ...(s.cwd ? { cwd: s.cwd } : {}) });
      expectOk(run, `cv build (${name})`);
      builds[name as keyof typeof builds] = { out, run };
    }),
  );
});

afterAll(removeTempDirs);

describe('reproducible builds', () => {
  it('gives identical bytes in another time zone, locale and working folder with the same SOURCE_DATE_EPOCH', () => {
    const a = shas(builds.utc.out);
    expect(Object.keys(a)).toHaveLength(layoutCount);
    expect(shas(builds.kiritimati.out)).toEqual(a);
    expect(readFileSync(join(builds.kiritimati.out, 'manifest.json'), 'utf8')).toBe(readFileSync(join(builds.utc.out, 'manifest.json'), 'utf8'));
  });

  it('takes the date from SOURCE_DATE_EPOCH (in UTC) when there is no --date', () => {
    for (const f of pdfsIn(builds.utc.out)) {
      const info = pdfInfo(join(builds.kiritimati.out, f));
      expect([f, info.get('CreationDate')?.slice(0, 10)]).toEqual([f, EPOCH_DAY]);
    }
  });

  it('lets --date win over SOURCE_DATE_EPOCH, and the date changes the bytes', () => {
    const withFlag = shas(builds.flag.out);
    const withEpoch = shas(builds.utc.out);
    expect(Object.keys(withFlag)).toEqual(Object.keys(withEpoch));
    for (const f of Object.keys(withFlag)) {
      expect([f, withFlag[f] === withEpoch[f]]).toEqual([f, false]);
      const info = pdfInfo(join(builds.flag.out, f));
      expect([f, info.get('CreationDate')?.slice(0, 10)]).toEqual([f, FLAG_DAY]);
    }
    expect(JSON.parse(readFileSync(join(builds.flag.out, 'manifest.json'), 'utf8')).date).toBe(FLAG_DAY);
  });

  it("without --date or SOURCE_DATE_EPOCH, builds are identical and dated by cv.yaml's `updated`", () => {
    const one = shas(builds.plain1.out);
    expect(Object.keys(one)).toHaveLength(layoutCount);
    expect(shas(builds.plain2.out)).toEqual(one);
    for (const f of Object.keys(one)) {
      const info = pdfInfo(join(builds.plain1.out, f));
      expect([f, info.get('CreationDate')?.slice(0, 7)]).toEqual([f, updated]);
      expect(one[f]).not.toBe(shas(builds.utc.out)[f]);
    }
  });
});
