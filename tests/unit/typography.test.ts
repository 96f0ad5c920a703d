import { quotesFor, typographicQuotes, typographicRuns, withTypographicQuotes } from '../../src/normalize/typography.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { tinyRaw } from '../helpers/tiny-cv.js';

const en = quotesFor('en-US');

describe('typographic quotes from straight ones', () => {
  test.each([
    ['"Thank a Teacher" award', '\u201cThank a Teacher\u201d award'],
    ["practitioners' understanding", 'practitioners\u2019 understanding'],
    ["the team's work", 'the team\u2019s work'],
    ["a 'quoted' word", 'a \u2018quoted\u2019 word'],
    ["back in the '90s", 'back in the \u201990s'],
    ['("nested")', '(\u201cnested\u201d)'],
  ])('English: %s', (input, expected) => {
    expect(typographicQuotes(input, en)).toBe(expected);
  });

  test('German and French use their own marks; French guillemets keep a no-break space inside', () => {
    expect(typographicQuotes('Er sagt "ja" und geht', quotesFor('de-DE'))).toBe('Er sagt \u201eja\u201c und geht');
    expect(typographicQuotes('Il dit "oui" et l\'homme part', quotesFor('fr'))).toBe('Il dit \u00ab\u00a0oui\u00a0\u00bb et l\u2019homme part');
  });

  test('a quote at the start of a markup run sees the end of the run before it', () => {
    const runs = typographicRuns([{ text: 'Bluff', bold: true, italic: false }, { text: "'s paper", bold: false, italic: false }], en);
    expect(runs.map((r) => r.text)).toEqual(['Bluff', '\u2019s paper']);
  });

  test('machine values (ids, URLs, emails, tags) keep their bytes; printed text is converted', () => {
    const value = { id: "a'b", url: "https://x.org/it's", tags: ["o'k"], title: "it's", email: "o'neil@example.org" };
    expect(withTypographicQuotes(value, 'en')).toEqual({ ...value, title: 'it\u2019s' });
  });

  test('normalizeCv prints curly quotes in titles and markup, in the language of cv.yaml', () => {
    const raw = { ...tinyRaw, lang: 'de-DE', headline: 'Ich sage "ja"' };
    const cv = normalizeCv({ ...raw, sections: [{ id: 'a', title: "Ada's \"Notes\"", kind: 'text', entries: ['Plain'] }] } as typeof tinyRaw);
    expect(cv.sections[0]!.title).toBe('Ada\u2019s \u201eNotes\u201c');
    expect(cv.headline!.map((r) => r.text).join('')).toBe('Ich sage \u201eja\u201c');
  });
});
