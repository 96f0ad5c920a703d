/** Format ids: --format parsing and file names. */
import { fileForFormat, parseFormats } from '../../src/outputs/index.js';

describe('parseFormats', () => {
  it('gives the formats in build order, each once', () => {
    expect(parseFormats(['html', 'txt', 'pdf', 'txt'])).toEqual({ ok: true, formats: ['pdf', 'txt', 'html'] });
  });

  it('names every value that is not a format', () => {
    expect(parseFormats(['pdf', 'docx', 'PDF'])).toEqual({ ok: false, unknown: ['docx', 'PDF'] });
  });

  it('refuses an empty list', () => {
    expect(parseFormats([])).toEqual({ ok: false, unknown: [] });
  });
});

describe('fileForFormat', () => {
  it('swaps the extension of the layout output name', () => {
    expect(['pdf', 'txt', 'md', 'html'].map((f) => fileForFormat('haekyu-park-cv.pdf', f as 'pdf'))).toEqual(['haekyu-park-cv.pdf', 'haekyu-park-cv.txt', 'haekyu-park-cv.md', 'haekyu-park-cv.html']);
  });
});
