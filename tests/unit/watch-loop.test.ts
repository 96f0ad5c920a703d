/**
 * The watch loop with a fake watcher and a fake build: which layouts a save
 * rebuilds, that a burst of saves is one rebuild, that the last manifest is
 * kept for a partial rebuild, and that a saved font is forgotten first.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileWatcher } from '../../src/read/index.js';
import { watchFiles } from '../../src/read/index.js';
import type { BuildDependencies, BuildRequest, BuildResult, Manifest } from '../../src/pipeline/index.js';
import { affectedLayouts, watchBuilds, type WatchBuild } from '../../src/pipeline/index.js';
import { createSession } from '../../src/session/index.js';
import { withPrevious } from '../../src/write/with-previous.js';
import type { LoadedFonts } from '../../src/fonts/types.js';
import type { OutputFormat, OutputInput } from '../../src/outputs/types.js';

const CV = '/cv/cv.yaml';
const FULL = '/cv/layouts/full.yaml';
const RESUME = '/cv/layouts/resume.yaml';
const FONT = '/cv/fonts/Serif.ttf';
const MONO = '/cv/fonts/Mono.ttf';
const DEPS: BuildDependencies = {
  files: [CV, FULL, RESUME, FONT, MONO],
  // resume extends full; only full uses the mono face.
  layouts: new Map([
    ['full', [FULL, FONT, MONO]],
    ['resume', [RESUME, FULL, FONT]],
  ]),
};

const request: BuildRequest = { input: CV, layoutsDir: '/cv/layouts', fontsDir: '/cv/fonts', outDir: '/cv/out', layouts: [], selection: {}, pdfa: false };

const CONTENT = { bytes: 1, sha256: '0', dropped: [], omitted: [], fit: { scale: 1, spacing: 1 } };

/** A manifest with a PDF per layout, and a text file beside it for those in `withText`. */
function manifestOf(layouts: readonly string[], withText: readonly string[] = []): Manifest {
  return {
    date: '2026-01-01',
    outputs: layouts.flatMap((layout): Manifest['outputs'] => [
      { layout, format: 'pdf', file: `${layout}.pdf`, pages: 1, ...CONTENT },
      ...(withText.includes(layout) ? [{ layout, format: 'txt' as const, file: `${layout}.txt`, sameContentAs: `${layout}.pdf`, ...CONTENT }] : []),
    ]),
  };
}

describe('affectedLayouts', () => {
  it('rebuilds every layout when the CV changes', () => {
    expect(affectedLayouts([CV], CV, DEPS)).toBe('all');
  });

  it('rebuilds a layout and the layouts that extend it', () => {
    expect(affectedLayouts([FULL], CV, DEPS)).toEqual(['full', 'resume']);
    expect(affectedLayouts([RESUME], CV, DEPS)).toEqual(['resume']);
  });

  it('rebuilds the layouts that use a font', () => {
    expect(affectedLayouts([MONO], CV, DEPS)).toEqual(['full']);
  });

  it('rebuilds everything for a file no built layout read, or when the last build read no layout', () => {
    expect(affectedLayouts(['/cv/layouts/new.yaml'], CV, DEPS)).toBe('all');
    expect(affectedLayouts([RESUME], CV, { files: [CV], layouts: new Map() })).toBe('all');
    expect(affectedLayouts([RESUME], CV, undefined)).toBe('all');
  });
});

interface Harness {
  crashed: Promise<never>;
  calls: { layouts: readonly string[]; previous?: Manifest }[];
  builds: WatchBuild[];
  forgotten: string[][];
  save(file: string): void;
  nextBuild(): Promise<WatchBuild>;
  stop(): Promise<void>;
}

async function start(build?: (req: BuildRequest) => Promise<BuildResult>): Promise<Harness> {
  const calls: Harness['calls'] = [];
  const builds: WatchBuild[] = [];
  const forgotten: string[][] = [];
  const waiting: ((b: WatchBuild) => void)[] = [];
  let onChange: (file: string) => void = () => {};
  const watcher = (cb: (file: string) => void): FileWatcher => {
    onChange = cb;
    return { watch: () => {}, close: () => {} };
  };
  const session = { ...createSession(), forgetFonts: (files: readonly string[]) => void forgotten.push([...files]) };
  const fakeBuild = async (req: BuildRequest, _s: unknown, previous?: Manifest): Promise<BuildResult> => {
    calls.push({ layouts: req.layouts, ...(previous ? { previous } : {}) });
    if (build) return build(req);
    const built = req.layouts.length > 0 ? req.layouts : [...DEPS.layouts.keys()];
    return { code: 0, manifest: manifestOf(built), diagnostics: [], problems: [], sources: new Map(), dependencies: DEPS };
  };
  let t = 0;
  const watch = await watchBuilds(request, {
    watcher,
    session,
    quietMs: 20,
    now: () => (t += 5),
    build: fakeBuild,
    onBuild: (b) => {
      builds.push(b);
      waiting.shift()?.(b);
    },
  });
  return {
    crashed: watch.crashed,
    calls,
    builds,
    forgotten,
    save: (file) => onChange(file),
    nextBuild: () => new Promise((resolve) => waiting.push(resolve)),
    stop: () => watch.stop(),
  };
}

describe('watchBuilds', () => {
  it('builds every layout first, then once per burst of saves', async () => {
    const h = await start();
    expect(h.calls).toEqual([{ layouts: [] }]);
    expect(h.builds[0]?.first).toBe(true);
    const next = h.nextBuild();
    h.save(CV);
    h.save(CV);
    h.save(CV);
    const rebuilt = await next;
    expect(rebuilt.first).toBe(false);
    expect(rebuilt.changed).toEqual([CV]);
    expect(rebuilt.layouts).toEqual(['full', 'resume']);
    expect(rebuilt.ms).toBe(5);
    expect(h.calls).toHaveLength(2);
    await h.stop();
  });

  it('rebuilds only the saved layout and keeps the last manifest for the others', async () => {
    const h = await start();
    const next = h.nextBuild();
    h.save(RESUME);
    await next;
    expect(h.calls[1]).toEqual({ layouts: ['resume'], previous: manifestOf(['full', 'resume']) });
    await h.stop();
  });

  it('forgets a saved font before the rebuild of the layouts that use it', async () => {
    const h = await start();
    const next = h.nextBuild();
    h.save(MONO);
    await next;
    expect(h.forgotten.at(-1)).toEqual([MONO]);
    expect(h.calls[1]?.layouts).toEqual(['full']);
    await h.stop();
  });

  it('keeps watching after a failed build and builds again on the next save', async () => {
    let fail = false;
    const h = await start(async () =>
      fail
        ? { code: 1, diagnostics: [{ file: CV, line: 1, col: 1, severity: 'error', message: 'bad' }], problems: [], sources: new Map(), dependencies: { files: [CV], layouts: new Map() } }
        : { code: 0, manifest: manifestOf(['full', 'resume']), diagnostics: [], problems: [], sources: new Map(), dependencies: DEPS },
    );
    fail = true;
    let next = h.nextBuild();
    h.save(CV);
    expect((await next).result.code).toBe(1);
    fail = false;
    next = h.nextBuild();
    h.save(RESUME);
    const again = await next;
    expect(again.result.code).toBe(0);
    // The failed build read no layout; what the good one before it knew still maps the save.
    expect(h.calls[2]?.layouts).toEqual(['resume']);
    await h.stop();
  });

  it('lets a build under way finish before stop() resolves, and builds nothing after', async () => {
    let release: () => void = () => {};
    let slowStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    let slow = false;
    const h = await start(async (req) => {
      if (slow) {
        slowStarted();
        await new Promise<void>((resolve) => (release = resolve));
      }
      return { code: 0, manifest: manifestOf(req.layouts), diagnostics: [], problems: [], sources: new Map(), dependencies: DEPS };
    });
    slow = true;
    h.save(CV);
    await started; // the debounced rebuild is under way, however busy the machine
    expect(h.calls).toHaveLength(2);
    let stopped = false;
    const stopping = h.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    h.save(CV);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(h.calls).toHaveLength(2);
  });
});

describe('watchBuilds: a bug', () => {
  it('ends the watch when a rebuild throws, instead of going on silently', async () => {
    let calls = 0;
    const h = await start(async () => {
      if (++calls > 1) throw new Error('a bug');
      return { code: 0, manifest: manifestOf(['full']), diagnostics: [], problems: [], sources: new Map(), dependencies: DEPS };
    });
    h.save(CV);
    await expect(h.crashed).rejects.toThrow('a bug');
    await h.stop();
  });
});

describe('watchFiles', () => {
  it('reports a plain write and a save by rename of a watched file, and nothing for other names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cv-watch-files-'));
    const file = join(dir, 'cv.yaml');
    writeFileSync(file, 'a');
    const seen: string[] = [];
    let notify: () => void = () => {};
    const watcher = watchFiles((f) => {
      seen.push(f);
      notify();
    });
    const change = () => new Promise<void>((resolve) => (notify = resolve));
    try {
      watcher.watch([file]);
      writeFileSync(join(dir, 'other.yaml'), 'x');
      let next = change();
      writeFileSync(file, 'b');
      await next;
      expect(new Set(seen)).toEqual(new Set([file]));
      seen.length = 0;
      next = change();
      writeFileSync(join(dir, '.cv.yaml.swp'), 'c');
      renameSync(join(dir, '.cv.yaml.swp'), file);
      await next;
      expect(seen).toContain(file);
      expect(seen.every((f) => f === file)).toBe(true);
    } finally {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readInputs: the files a build depends on', () => {
  it('lists the CV, every layout file, and per layout its extends chain and its fonts', async () => {
    const { readInputs } = await import('../../src/read/index.js');
    const { REPO } = await import('../helpers/cli-run.js');
    const layoutsDir = join(REPO, 'layouts');
    const read = await readInputs({ input: join(REPO, 'cv.yaml'), layoutsDir, fontsDir: join(REPO, 'fonts'), layouts: ['resume'] }, createSession());
    if (!read.ok) throw new Error('the sample CV should read');
    const resume = read.inputs.variants[0];
    expect(resume?.layout.id).toBe('resume');
    const layoutFiles = resume?.files.filter((f) => f.endsWith('.yaml'));
    expect(layoutFiles).toEqual([join(layoutsDir, 'resume.yaml'), join(layoutsDir, 'full.yaml')]);
    for (const face of resume?.faces ?? []) expect(resume?.files).toContain(face.file);
    expect(read.inputs.files).toEqual(expect.arrayContaining([join(REPO, 'cv.yaml'), join(layoutsDir, 'publications.yaml'), ...(resume?.files ?? [])]));
  });
});

describe('withPrevious', () => {
  it('replaces the rebuilt layouts in place, keeps the others, and adds new ones last', () => {
    const previous = manifestOf(['full', 'publications', 'resume']);
    const next = manifestOf(['resume', 'letter']);
    const resume = { ...next.outputs[0]!, pages: 2 };
    const merged = withPrevious({ files: [], manifest: { ...next, outputs: [resume, next.outputs[1]!] } }, previous);
    expect(merged.manifest.outputs.map((o) => o.layout)).toEqual(['full', 'publications', 'resume', 'letter']);
    expect(merged.manifest.outputs[2]).toBe(resume);
    expect(merged.manifest.outputs[0]).toBe(previous.outputs[0]);
  });

  it('keeps every format of a rebuilt layout together, in place of its old ones', () => {
    const previous = manifestOf(['full', 'resume'], ['full', 'resume']);
    const next = manifestOf(['full'], ['full']);
    const merged = withPrevious({ files: [], manifest: next }, previous);
    expect(merged.manifest.outputs.map((o) => o.file)).toEqual(['full.pdf', 'full.txt', 'resume.pdf', 'resume.txt']);
    expect(merged.manifest.outputs[0]).toBe(next.outputs[0]);
    expect(merged.manifest.outputs[1]).toBe(next.outputs[1]);
    expect(merged.manifest.outputs[2]).toBe(previous.outputs[2]);
  });
});

describe('session.output', () => {
  it('makes an output again only when its input or its fonts changed', async () => {
    const session = createSession();
    let emits = 0;
    const format: OutputFormat = { id: 'count', extension: '.count', emit: async (input) => new TextEncoder().encode(`${++emits} ${input.meta.title}`) };
    const fonts: LoadedFonts = new Map();
    const input = (title: string, loadedFonts = fonts): OutputInput =>
      ({ doc: { title }, pages: { pages: [] }, faces: [], loadedFonts, meta: { title, author: '', subject: '', keywords: [], lang: 'en', date: new Date(0) } }) as unknown as OutputInput;
    const first = await session.output(format, input('A'));
    expect(await session.output(format, input('A'))).toBe(first);
    expect(emits).toBe(1);
    await session.output(format, input('B'));
    expect(emits).toBe(2);
    // A font file saved again is parsed into new fonts: nothing made with the old ones is reused.
    await session.output(format, input('A', new Map()));
    expect(emits).toBe(3);
  });

  it('lets an output keep what it derives from the fonts alone, per set of fonts, and not a failure', async () => {
    const session = createSession();
    let made = 0;
    let failNext = false;
    const format: OutputFormat = {
      id: 'derive',
      extension: '.derive',
      emit: async (input) => {
        const remember = input.remember;
        if (!remember) throw new Error('a session passes remember');
        return remember('subset abc', async () => {
          if (failNext) {
            failNext = false;
            throw new Error('subsetter failed');
          }
          return new TextEncoder().encode(`subset ${++made}`);
        });
      },
    };
    const fonts: LoadedFonts = new Map();
    const input = (title: string, loadedFonts = fonts): OutputInput =>
      ({ doc: { title }, pages: { pages: [] }, faces: [], loadedFonts, meta: { title, author: '', subject: '', keywords: [], lang: 'en', date: new Date(0) } }) as unknown as OutputInput;
    await session.output(format, input('A'));
    // Another document with the same fonts: the output is made again, the derived bytes are not.
    await session.output(format, input('B'));
    expect(made).toBe(1);
    // New fonts (a saved font file) make the derived bytes again; a failure is not kept for the next build.
    const saved: LoadedFonts = new Map();
    failNext = true;
    await expect(session.output(format, input('C', saved))).rejects.toThrow('subsetter failed');
    expect(new TextDecoder().decode(await session.output(format, input('D', saved)))).toBe('subset 2');
  });
});
