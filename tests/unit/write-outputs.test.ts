/**
 * Writes that cannot be hijacked or torn (issue 14): exclusive temporary
 * files that never follow a planted symlink, the manifest put in place last
 * under a journal, the output-folder lock with stale-lock take-over, and
 * `cv verify`'s check of every manifest entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { JOURNAL, recover, replaceSet } from '../../src/write/atomic-files.js';
import { acquireOutLock, LOCK_FILE } from '../../src/write/out-lock.js';
import { verifyManifest } from '../../src/write/verify-manifest.js';
import { releaseAll } from '../../src/write/live-files.js';
import { writeOutputSet } from '../../src/write/index.js';

const dirs: string[] = [];
const fresh = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'cv-write-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const manifestOf = (files: Record<string, string>) => ({
  name: 'manifest.json',
  bytes: JSON.stringify({ outputs: Object.entries(files).map(([file, text]) => ({ file, sha256: sha(text), bytes: Buffer.byteLength(text) })) }),
});
const setOf = (files: Record<string, string>) => Object.entries(files).map(([name, bytes]) => ({ name, bytes }));

describe('replaceSet', () => {
  test('writes every file and the manifest, and leaves no temporary file or journal', () => {
    const dir = fresh();
    const files = { 'a.pdf': 'A1', 'b.pdf': 'B1' };
    replaceSet(dir, setOf(files), manifestOf(files));
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf', 'manifest.json']);
    expect(verifyManifest(dir)).toEqual({ ok: true, checked: 2 });
  });

  test('never follows a symlink planted where a temporary file or the output goes', () => {
    const dir = fresh();
    const outside = join(fresh(), 'victim.txt');
    writeFileSync(outside, 'untouched');
    // The old fixed temporary name, and the output itself, both pointing outside.
    symlinkSync(outside, join(dir, '.a.pdf.tmp'));
    symlinkSync(outside, join(dir, 'a.pdf'));
    replaceSet(dir, setOf({ 'a.pdf': 'NEW' }), manifestOf({ 'a.pdf': 'NEW' }));
    expect(readFileSync(outside, 'utf8')).toBe('untouched');
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('NEW');
  });

  test('a failure before the commit point removes every temporary file and keeps the old set', () => {
    const dir = fresh();
    replaceSet(dir, setOf({ 'a.pdf': 'OLD' }), manifestOf({ 'a.pdf': 'OLD' }));
    // A folder where the second file's parent should be: writing it fails.
    writeFileSync(join(dir, 'sub'), 'a file, not a folder');
    expect(() => replaceSet(dir, setOf({ 'a.pdf': 'NEW', 'sub/b.pdf': 'B' }), manifestOf({ 'a.pdf': 'NEW', 'sub/b.pdf': 'B' }))).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'manifest.json', 'sub']);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('OLD');
    expect(verifyManifest(dir)).toEqual({ ok: true, checked: 1 });
  });

  test('recover finishes a set whose journal was committed, and sweeps stray temporary files', () => {
    const dir = fresh();
    writeFileSync(join(dir, '.a.pdf.cv-0123456789abcdef.tmp'), 'NEW');
    writeFileSync(join(dir, '.manifest.json.cv-0123456789abcdee.tmp'), manifestOf({ 'a.pdf': 'NEW' }).bytes);
    writeFileSync(join(dir, '.b.pdf.cv-00000000000000ff.tmp'), 'stray');
    writeFileSync(join(dir, JOURNAL), JSON.stringify([['.a.pdf.cv-0123456789abcdef.tmp', 'a.pdf'], ['.manifest.json.cv-0123456789abcdee.tmp', 'manifest.json']]));
    expect(recover(dir)).toEqual({ finished: true, removed: ['.b.pdf.cv-00000000000000ff.tmp'] });
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'manifest.json']);
    expect(verifyManifest(dir)).toEqual({ ok: true, checked: 1 });
  });
});

describe('verifyManifest', () => {
  test('names each file that differs from the manifest or is missing', () => {
    const dir = fresh();
    const files = { 'a.pdf': 'A', 'b.pdf': 'B' };
    replaceSet(dir, setOf(files), manifestOf(files));
    writeFileSync(join(dir, 'a.pdf'), 'changed');
    rmSync(join(dir, 'b.pdf'));
    const r = verifyManifest(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(1);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/a\.pdf: sha256 [0-9a-f]{64} does not match/);
    expect(r.problems[1]).toMatch(/b\.pdf: cannot read file: no such file/);
  });

  test('a folder without a manifest is an I/O problem', () => {
    expect(verifyManifest(fresh())).toMatchObject({ ok: false, code: 4 });
  });
});

describe('outputs renamed from one build to the next', () => {
  /** A manifest whose entries say which layout and format each file is. */
  const listed = (files: Record<string, [string, string]>) => ({
    name: 'manifest.json',
    bytes: JSON.stringify({ outputs: Object.entries(files).map(([file, [layout, text]]) => ({ layout, format: file.split('.').pop(), file, sha256: sha(text), bytes: Buffer.byteLength(text) })) }),
  });
  const set = (files: Record<string, [string, string]>) => Object.entries(files).map(([name, [, bytes]]) => ({ name, bytes }));

  test("the previous build's file of the same layout and format goes; an edited one, another layout's and anything unlisted stay", async () => {
    const dir = fresh();
    const first = { 'old-cv.pdf': ['full', 'F1'], 'old-cv.txt': ['full', 'T1'], 'old-resume.pdf': ['resume', 'R1'], 'old-publications.pdf': ['publications', 'P1'] } as Record<string, [string, string]>;
    expect(await writeOutputSet(dir, set(first), listed(first))).toEqual({ ok: true });
    writeFileSync(join(dir, 'old-cv.txt'), 'edited by hand');
    writeFileSync(join(dir, 'notes.md'), 'mine');
    // The name changed; the publication list was not built this time (--layout full --layout resume).
    const second = { 'new-cv.pdf': ['full', 'F2'], 'new-cv.txt': ['full', 'T2'], 'new-resume.pdf': ['resume', 'R2'] } as Record<string, [string, string]>;
    expect(await writeOutputSet(dir, set(second), listed(second))).toEqual({ ok: true, removed: ['old-cv.pdf', 'old-resume.pdf'] });
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'new-cv.pdf', 'new-cv.txt', 'new-resume.pdf', 'notes.md', 'old-cv.txt', 'old-publications.pdf']);
  });

  test('a symlink or a path outside the folder in the old manifest is never removed', async () => {
    const dir = fresh();
    const victim = join(fresh(), 'victim.pdf');
    writeFileSync(victim, 'V');
    symlinkSync(victim, join(dir, 'link.pdf'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ outputs: [
      { layout: 'full', format: 'pdf', file: 'link.pdf', sha256: sha('V') },
      { layout: 'full', format: 'pdf', file: `../${victim.split('/').slice(-2).join('/')}`, sha256: sha('V') },
    ] }));
    const next = { 'new-cv.pdf': ['full', 'F'] } as Record<string, [string, string]>;
    expect(await writeOutputSet(dir, set(next), listed(next))).toEqual({ ok: true });
    expect(readFileSync(victim, 'utf8')).toBe('V');
    expect(readdirSync(dir).sort()).toEqual(['link.pdf', 'manifest.json', 'new-cv.pdf']);
  });
});

describe('the output-folder lock', () => {
  test('a second writer waits, then fails with a message naming the holder', async () => {
    const dir = fresh();
    const first = await acquireOutLock(dir);
    expect(first.ok).toBe(true);
    const t0 = Date.now();
    const second = await acquireOutLock(dir, { waitMs: 300 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(second).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`another cv build \\(process ${process.pid} on .+\\) is writing to`)) });
    if (first.ok) first.release();
    const third = await acquireOutLock(dir, { waitMs: 0 });
    expect(third.ok).toBe(true);
    if (third.ok) third.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  test('a lock left by a process that is gone is taken over', async () => {
    const dir = fresh();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: hostname() }));
    const lock = await acquireOutLock(dir, { waitMs: 0 });
    expect(lock.ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toEqual({ pid: process.pid, host: hostname() });
    if (lock.ok) lock.release();
  });

  test('a breaker left by a build killed while it broke a stale lock goes once the lock is taken', async () => {
    const dir = fresh();
    writeFileSync(join(dir, `${LOCK_FILE}.break`), '');
    const lock = await acquireOutLock(dir, { waitMs: 0 });
    expect(lock.ok).toBe(true);
    expect(existsSync(join(dir, `${LOCK_FILE}.break`))).toBe(false);
    if (lock.ok) lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a stale lock being broken by a live build is waited for; one whose breaker died is taken over', async () => {
    const dir = fresh();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname() }));
    // A live breaker (this process): not taken from it, even when waiting runs out.
    writeFileSync(join(dir, `${LOCK_FILE}.break`), JSON.stringify({ pid: process.pid, host: hostname() }));
    expect(await acquireOutLock(dir, { waitMs: 200 })).toEqual({ ok: false, message: expect.stringContaining('another cv build') });
    // A breaker whose build was killed: removed, and the stale lock with it.
    writeFileSync(join(dir, `${LOCK_FILE}.break`), JSON.stringify({ pid: dead, host: hostname() }));
    const lock = await acquireOutLock(dir, { waitMs: 0 });
    expect(lock.ok).toBe(true);
    if (lock.ok) lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a lock from another host is never taken over', async () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: `not-${hostname()}` }));
    expect((await acquireOutLock(dir, { waitMs: 0 })).ok).toBe(false);
  });

  test('releaseAll (what the CLI calls on SIGINT/SIGTERM) removes a held lock', async () => {
    const dir = fresh();
    const lock = await acquireOutLock(dir);
    expect(lock.ok && existsSync(join(dir, LOCK_FILE))).toBe(true);
    releaseAll();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  test('writeOutputSet says plainly when the output folder is a file or under one', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'afile'), 'x');
    for (const out of [join(dir, 'afile'), join(dir, 'afile', 'sub')]) {
      const r = await writeOutputSet(out, setOf({ 'a.pdf': 'A' }), manifestOf({ 'a.pdf': 'A' }));
      expect(r).toEqual({ ok: false, message: `cannot write to '${out}': a file is in the way of that folder (the path, or a folder on it, is a file)` });
    }
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('x');
  });

  test('writeOutputSet reports a held lock instead of writing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname() }));
    const r = await writeOutputSet(dir, setOf({ 'a.pdf': 'A' }), manifestOf({ 'a.pdf': 'A' }), { waitMs: 100 });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('another cv build') });
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });
});

test('a planted journal that names files outside the folder is ignored', () => {
  const dir = fresh();
  const outside = fresh();
  writeFileSync(join(outside, 'secret.txt'), 'stay');
  writeFileSync(join(dir, JOURNAL), JSON.stringify([[`../${outside.split('/').pop()}/secret.txt`, 'stolen.txt']]));
  expect(recover(dir).finished).toBe(false);
  expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('stay');
  expect(readdirSync(dir)).toEqual([]);
});
