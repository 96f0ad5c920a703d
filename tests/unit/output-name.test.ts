import { outputName } from '../../src/plan/index.js';
import type { Layout } from '../../src/layout/types.js';
import type { Cv } from '../../src/normalize/types.js';

const layout = { output: '{name}-cv.pdf' } as Layout;
const named = (name: string): string => outputName(layout, { name } as Cv);

describe('outputName', () => {
  it('writes a name in Latin letters: accents off, Greek and Cyrillic transliterated', () => {
    expect(named('Haekyu Park')).toBe('haekyu-park-cv.pdf');
    expect(named('Zoë Ångström-Łukasiewicz')).toBe('zoe-angstrom-lukasiewicz-cv.pdf');
    expect(named('Jürgen Straße')).toBe('jurgen-strasse-cv.pdf');
    expect(named('Γιώργος Παπαδόπουλος')).toBe('giorgos-papadopoulos-cv.pdf');
    expect(named('Ярослав Мудрий')).toBe('yaroslav-mudriy-cv.pdf');
    expect(named('Їжак Йосипович Сергієнко')).toBe('yizhak-yosipovich-sergiyenko-cv.pdf');
    expect(named('Ђорђе Шћепановић')).toBe('djordje-shcepanovic-cv.pdf');
  });

  it('falls back to "cv" for a name with no letter it can write, and stays within the bound', () => {
    expect(named('박해규')).toBe('cv-cv.pdf');
    expect(named('…')).toBe('cv-cv.pdf');
    expect(named('Ωμέγα '.repeat(40)).length).toBeLessThanOrEqual(80 + '-cv.pdf'.length);
  });
});
