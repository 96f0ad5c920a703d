import { composeMarks } from './compose-marks.js';
import type { CachedMeasurer } from '../measure-cache.js';
import type { Run } from '../../compose/types.js';

/** A face with the letters A-z and É, Â, Ω and the combining acute and circumflex, but no Ǹ. */
const has = new Set([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÉÂΩ \u0301\u0302\u0300'].map((c) => c.codePointAt(0)!));
const m = { hasGlyph: (_font: string, cp: number) => has.has(cp) } as unknown as CachedMeasurer;
const run = (text: string): Run => ({ text, font: 'regular', size: 10, color: '#000000' });

describe('composeMarks', () => {
  it('writes a letter and its accent as the precomposed letter the face has', () => {
    expect(composeMarks([run('E\u0301cole'), run(' A\u0302ge')], m).map((r) => r.text)).toEqual(['École', ' Âge']);
  });

  it('leaves a run alone when the composed letter is not in the face, or nothing composes', () => {
    const runs = [run('N\u0300ame'), run('plain'), run('x\u0302y')];
    expect(composeMarks(runs, m)).toBe(runs);
  });
});
