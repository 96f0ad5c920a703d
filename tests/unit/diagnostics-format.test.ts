import { formatDiagnostic, sortDiagnostics, summarizeDiagnostics } from '../../src/diagnostics/format.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const d = (line: number, col: number, message = 'm', severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: 'cv.yaml',
  line,
  col,
  severity,
  message,
});

describe('formatDiagnostic', () => {
  it('prints file:line:col, the source line and a caret', () => {
    const text = 'a: 1\n'.repeat(41) + '      end: 2017-03\n';
    expect(formatDiagnostic(d(42, 12, "'end' (2017-03) is before 'start' (2017-08)"), text)).toBe(
      [
        "cv.yaml:42:12: error: 'end' (2017-03) is before 'start' (2017-08)",
        '   42 |       end: 2017-03',
        '      |            ^',
      ].join('\n'),
    );
  });

  it('keeps tabs and counts wide characters twice so the caret lines up', () => {
    expect(formatDiagnostic(d(1, 8), '\tx: 日本 y\n').split('\n')[2]).toBe(`      | \t${' '.repeat(8)}^`);
    expect(formatDiagnostic(d(1, 4), 'e\u0301: z\n').split('\n')[2]).toBe('      |   ^');
  });

  it('omits the snippet for whole-file problems and colours on request', () => {
    expect(formatDiagnostic({ ...d(0, 0, 'cannot read file: no such file') }, '')).toBe(
      'cv.yaml: error: cannot read file: no such file',
    );
    expect(formatDiagnostic(d(1, 1, 'w', 'warning'), 'x\n', { color: true })).toContain('\u001b[1;33mwarning\u001b[0m');
  });

  it('prints nothing from the input that drives the terminal: no escape, bell, separator or bidi control in the message or the line', () => {
    const url = 'https://example.com/\u001b[31mRED\u0007\u2028\u202e\u2066x';
    const out = formatDiagnostic(d(1, 8, `link '${url}' contains U+001B`), `  url: "${url}"\n`);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(out.split('\n')[0]).toBe("cv.yaml:1:8: error: link 'https://example.com/\u241b[31mRED\u2407\u2426\u2426\u2426x' contains U+001B");
    expect(out.split('\n')).toHaveLength(3);
  });

  it('cuts very long lines around the column', () => {
    const line = `${'x'.repeat(5000)}!${'y'.repeat(5000)}`;
    const [, shown, caret] = formatDiagnostic(d(1, 5001), line).split('\n');
    expect((shown ?? '').length).toBeLessThan(120);
    expect((shown ?? '')[(caret ?? '').indexOf('^')]).toBe('!');
  });
});

describe('sortDiagnostics and summarizeDiagnostics', () => {
  it('orders by file, line, column and counts by severity', () => {
    const list = [d(3, 1), { ...d(1, 1), file: 'b.yaml' }, d(1, 9, 'w', 'warning'), d(1, 2)];
    expect(sortDiagnostics(list).map((x) => `${x.file}:${x.line}:${x.col}`)).toEqual([
      'b.yaml:1:1',
      'cv.yaml:1:2',
      'cv.yaml:1:9',
      'cv.yaml:3:1',
    ]);
    expect(summarizeDiagnostics(list)).toBe('3 errors, 1 warning');
    expect(summarizeDiagnostics([d(1, 1)])).toBe('1 error');
  });
});
