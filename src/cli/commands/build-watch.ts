import { performance } from 'node:perf_hooks';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import type { BuildRequest, BuildResult, WatchBuild } from '../../pipeline/index.js';
import { controlPictures } from '../../common/control-pictures.js';

/** Quiet time after the last save before a rebuild: an editor's write-and-rename takes a millisecond or two, so this is ample, and short enough not to be felt. */
const QUIET_MS = 20;

/**
 * `cv build --watch`: the first build is reported like `cv build`; then one
 * line per rebuild with its time, or the diagnostics of a broken save (the
 * last good outputs stay). Ctrl-C or SIGTERM ends it with exit 0, after any
 * build under way has finished writing: stopping is how a watch is meant to
 * end, not a failure. A rebuild that throws is a bug: it ends the watch and
 * main.ts reports it (exit 70).
 */
export async function runWatch(ctx: CliContext, request: BuildRequest, reportFirst: (result: BuildResult) => void): Promise<number> {
  // Listening before the first build: a Ctrl-C during it then waits for its writes too.
  const interrupted = ctx.untilInterrupted();
  const [{ watchBuilds }, { watchFiles }, { createSession }] = await Promise.all([
    import('../../pipeline/index.js'),
    import('../../read/index.js'),
    import('../../session/index.js'),
  ]);
  const onBuild = (build: WatchBuild): void => {
    if (build.first) reportFirst(build.result);
    else printRebuild(ctx, build);
    if (!build.result.manifest) ctx.err(`cv: ${build.first ? 'nothing built yet' : 'not rebuilt; the last good outputs stay'}; watching for the next save\n`);
  };
  const watch = await watchBuilds(request, { watcher: watchFiles, session: createSession(), quietMs: QUIET_MS, now: () => performance.now(), onBuild });
  ctx.err('cv: watching for changes; press Ctrl-C to stop\n');
  try {
    await Promise.race([interrupted, watch.crashed]);
  } finally {
    await watch.stop();
  }
  return EXIT.ok;
}

function printRebuild(ctx: CliContext, build: WatchBuild): void {
  printDiagnostics(ctx, build.result.diagnostics, build.result.sources);
  for (const p of build.result.problems) ctx.err(`cv: ${controlPictures(p.message)}\n`);
  if (build.result.manifest) ctx.out(`rebuilt ${build.layouts.join(', ')} in ${Math.round(build.ms)} ms\n`);
}
