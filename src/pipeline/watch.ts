import { resolve } from 'node:path';
import type { FileWatcher } from '../read/index.js';
import type { WatchableSession } from '../session/index.js';
import type { BuildDependencies, BuildRequest, BuildResult, Manifest } from './types.js';
import { buildVariants } from './build.js';

/** One build of a watch: the first (every requested layout) or a rebuild after saves. */
export interface WatchBuild {
  first: boolean;
  result: BuildResult;
  /** The files whose saves caused this build (empty for the first). */
  changed: readonly string[];
  /** The layouts this build was for (none when reading failed before the layouts). */
  layouts: readonly string[];
  /** How long the build took, by `now`. */
  ms: number;
}

/** What a watch needs from the outside: passed in, so the loop itself touches no process state. */
export interface WatchOptions {
  /** Makes the watcher of the files builds read (`read/watchFiles`, or a fake in tests). */
  watcher(onChange: (file: string) => void): FileWatcher;
  session: WatchableSession;
  /** Milliseconds of quiet after the last save before a rebuild, so a burst of saves is one rebuild. */
  quietMs: number;
  /** A monotonic clock in milliseconds, only for the times printed. */
  now(): number;
  onBuild(build: WatchBuild): void;
  /** The build itself (tests count calls); default `buildVariants`. */
  build?: typeof buildVariants;
}

export interface Watch {
  /** Stops watching; resolves when a build under way has finished writing, so no temporary file is left. */
  stop(): Promise<void>;
  /** Rejects when a rebuild threw (a bug, not a user mistake: those are diagnostics); never resolves. */
  crashed: Promise<never>;
}

/**
 * The layouts a set of saved files affects: every requested one when the CV
 * changed or a file belongs to no built layout (a new layout file, or the last
 * build stopped before reading the layouts), otherwise only the layouts whose
 * own file, `extends` chain or fonts include a saved file.
 */
export function affectedLayouts(changed: readonly string[], input: string, deps: BuildDependencies | undefined): 'all' | string[] {
  if (!deps || deps.layouts.size === 0) return 'all';
  const ids = new Set<string>();
  for (const file of changed.map((f) => resolve(f))) {
    if (file === resolve(input)) return 'all';
    const owners = [...deps.layouts].filter(([, files]) => files.some((f) => resolve(f) === file)).map(([id]) => id);
    if (owners.length === 0) return 'all';
    owners.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** The next build's dependencies: a partial or failed build adds to what the last ones knew. */
function mergeDependencies(last: BuildDependencies | undefined, next: BuildDependencies, full: boolean): BuildDependencies {
  if (!last || (full && next.layouts.size > 0)) return next;
  return { files: [...new Set([...last.files, ...next.files])], layouts: new Map([...last.layouts, ...next.layouts]) };
}

/**
 * `cv build --watch`: builds once, then after every burst of saves to a file
 * the builds read, rebuilds the layouts the saves affect with the same
 * session (fonts, patterns and line breaks stay parsed; a saved font is
 * forgotten first). A build that fails writes nothing, so the last good
 * outputs stay; the watch goes on and the next good save builds again.
 * Builds never overlap: saves during a build wait for it.
 */
export async function watchBuilds(req: BuildRequest, options: WatchOptions): Promise<Watch> {
  const build = options.build ?? buildVariants;
  const pending = new Set<string>();
  let deps: BuildDependencies | undefined;
  let manifest: Manifest | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let crash: (e: unknown) => void = () => {};
  const crashed = new Promise<never>((_, reject) => (crash = reject));

  // A layout file added to a layouts folder is a new variant: it rebuilds everything, as a file no built layout read does.
  const layoutFolders = [req.layoutsDir, ...(req.userLayoutsDir !== undefined ? [req.userLayoutsDir] : [])];
  const watcher = options.watcher((file) => {
    if (stopped) return;
    pending.add(file);
    schedule();
  });
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, options.quietMs);
  };
  const flush = (): void => {
    timer = undefined;
    if (running || stopped || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    running = run(changed, false)
      .catch((e: unknown) => {
        stopped = true;
        crash(e);
      })
      .finally(() => {
        running = undefined;
        if (pending.size > 0 && timer === undefined && !stopped) schedule();
      });
  };
  const run = async (changed: string[], first: boolean): Promise<void> => {
    const affected = first ? 'all' : affectedLayouts(changed, req.input, deps);
    // Only built layouts are in `deps`, so `affected` is always within the requested ones.
    const layouts = affected === 'all' ? req.layouts : affected;
    options.session.forgetFonts(changed.map((f) => resolve(f)));
    const t0 = options.now();
    const partial = affected !== 'all' && manifest !== undefined;
    const result = await build({ ...req, layouts }, options.session, partial ? manifest : undefined);
    const ms = options.now() - t0;
    if (result.manifest) manifest = result.manifest;
    deps = mergeDependencies(deps, result.dependencies, affected === 'all');
    watcher.watch([req.input, ...deps.files], layoutFolders);
    options.onBuild({ first, result, changed, layouts: affected === 'all' ? [...result.dependencies.layouts.keys()] : layouts, ms });
  };

  await run([], true);
  return {
    crashed,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
