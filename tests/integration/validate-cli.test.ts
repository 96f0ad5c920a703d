import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN as bin, BUNDLE, REPO as repo } from '../helpers/cli-run.js';

const fixture = (path: string): string => join('tests/fixtures', path);

function cv(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, CV_DEBUG: undefined },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp = '';

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('the global setup did not produce dist/bundle/cv.cjs');
  tmp = mkdtempSync(join(tmpdir(), 'cv-validate-'));
});

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

const noStack = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at /m);

describe('cv validate (built CLI)', () => {
  it('exits 0 and summarises a valid file on stdout', () => {
    const r = cv('validate', fixture('valid/minimal.yaml'));
    expect(r).toEqual({ status: 0, stdout: 'tests/fixtures/valid/minimal.yaml: valid (2 sections, 2 entries)\n', stderr: '' });
  });

  it('exits 0 with warnings on stderr', () => {
    const r = cv('validate', fixture('invalid/owner-missing.yaml'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^tests\/fixtures\/invalid\/owner-missing\.yaml:13:18: warning: /);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('1 warning');
    expect(r.stdout).toMatch(/: valid \(1 section, 2 entries\)\n$/);
  });

  it('exits 1 with compiler-style diagnostics, a snippet and no colour when not a TTY', () => {
    const r = cv('validate', fixture('invalid/end-before-start.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        "tests/fixtures/invalid/end-before-start.yaml:10:14: error: 'end' (2017-03) is before 'start' (2017-08)",
        '   10 |         end: 2017-03',
        '      |              ^',
        '1 error',
        '',
      ].join('\n'),
    );
    noStack(r.stderr);
  });

  it('exits 1 for YAML syntax errors, alias bombs and invalid UTF-8', () => {
    for (const name of ['yaml-syntax', 'alias-bomb', 'duplicate-key', 'empty', 'top-level-list']) {
      const r = cv('validate', fixture(`invalid/${name}.yaml`));
      expect([name, r.status]).toEqual([name, 1]);
      expect(r.stderr).toMatch(/:\d+:\d+: error: /);
      noStack(r.stderr);
    }
    const latin1 = join(tmp, 'latin1.yaml');
    writeFileSync(latin1, new Uint8Array([...new TextEncoder().encode('name: Caf'), 0xe9, 0x0a]));
    const r = cv('validate', latin1);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('latin1.yaml:1:10: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8');
  });

  it('exits 4 when the file cannot be read', () => {
    const r = cv('validate', 'no-such-cv.yaml');
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('no-such-cv.yaml: error: cannot read file: no such file\n1 error\n');
  });

  it('exits 2 on bad usage without a stack trace', () => {
    for (const args of [['validate', '--bogus'], ['frobnicate'], []]) {
      const r = cv(...args);
      expect([args.join(' '), r.status]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(/^cv: /m);
      noStack(r.stderr);
    }
  });

  it('handles a file just under the 4 MiB limit', () => {
    const big = join(tmp, 'big.yaml');
    const lines = ['name: Ada Lovelace', 'sections:', '  - id: notes', '    title: Notes', '    kind: text', '    entries:'];
    let size = 0;
    for (let i = 0; size < 4000 * 1024; i++) {
      // Long notes: a CV holds at most 10,000 entries, so 4 MiB takes entries of ~500 bytes.
      const line = `      - "Note ${i}: ${'**bold**, *italic* and [a link](https://example.org/${i}), padding the file out. '.repeat(5)}"`;
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(big, `${lines.join('\n')}\n`);
    const r = cv('validate', big);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/big\.yaml: valid \(1 section, \d+ entries\)/);
  });
});

describe('cv validate on a layout file', () => {
  it('checks a file whose first line names layout.schema.json against that schema', () => {
    const ok = cv('validate', 'layouts/full.yaml');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('layouts/full.yaml: valid layout\n');
    const file = join(tmp, 'broken-layout.yaml');
    writeFileSync(file, '# yaml-language-server: $schema=../schema/layout.schema.json\nid: a4\nextends: full\npage: { sise: a4 }\n');
    const bad = cv('validate', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${file}:4:9: error: unknown key 'sise' in 'page'; did you mean 'size'?`);
    noStack(bad.stderr);
  });
});
