import { resolveDate } from '../../src/cli/commands/build.js';
import { buildDate } from '../../src/pipeline/build-date.js';

describe('the build date', () => {
  it('comes from --date, else SOURCE_DATE_EPOCH, else nothing (the build then uses updated)', () => {
    expect(resolveDate('2024-02-29', { SOURCE_DATE_EPOCH: '0' })).toEqual({ date: '2024-02-29' });
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: '1600000000' })).toEqual({ date: '2020-09-13' });
    expect(resolveDate(undefined, {})).toEqual({});
  });

  it('refuses dates that do not exist and epochs out of range, as usage errors', () => {
    expect(resolveDate('2023-02-29', {}).error).toMatch(/real date/);
    expect(resolveDate('2023-2-3', {}).error).toMatch(/YYYY-MM-DD/);
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: 'yesterday' }).error).toMatch(/whole seconds/);
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: '99999999999999' }).error).toMatch(/9999/);
  });

  it('falls back to cv.yaml updated, then to a fixed epoch, never the clock', () => {
    expect(buildDate(undefined, { kind: 'date', year: 2020, month: 10 }).toISOString()).toBe('2020-10-01T00:00:00.000Z');
    expect(buildDate(undefined, undefined).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(buildDate('2021-01-02', { kind: 'date', year: 2020 }).toISOString()).toBe('2021-01-02T00:00:00.000Z');
  });
});
