import { displayText } from '../../src/load/decode-utf8.js';
import { parseSource } from '../../src/load/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

describe('source lines shown under diagnostics', () => {
  it('shows invalid bytes as \\xNN and controls as pictures, never U+FFFD', () => {
    const bytes = new Uint8Array([0x61, 0x1b, 0x62, 0xe8, 0x63, 0x0a, 0xc3, 0xa9]);
    expect(displayText(bytes)).toBe('a\u241bb\\xE8c\né');
  });

  it('a file with invalid UTF-8 is reported with an aligned caret and no replacement character', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name: Ad'), 0xe8, ...new TextEncoder().encode('a\nsections: []\n')]);
    const r = parseSource('cv.yaml', bytes);
    if (r.ok) throw new Error('should fail');
    const out = formatDiagnostic(r.diagnostics[0]!, r.text);
    expect(out).toBe(['cv.yaml:1:9: error: invalid UTF-8 (byte 0xE8); save the file as UTF-8', '    1 | name: Ad\\xE8a', '      |         ^'].join('\n'));
    expect(out).not.toContain('\ufffd');
  });

  it('never prints a raw control character from the source', () => {
    const r = parseSource('cv.yaml', new TextEncoder().encode('name: a\u001b[31mred\nsections: []\n'));
    if (r.ok) throw new Error('should fail');
    const out = formatDiagnostic(r.diagnostics[0]!, r.text);
    expect(out).toContain('name: a\u241b[31mred');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
