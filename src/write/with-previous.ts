import type { RenderedBuild } from './index.js';
import type { Manifest } from './manifest.js';

/**
 * A build of some variants, with the manifest of the last build around it:
 * the rebuilt layouts' entries replace theirs in place, the others stay as
 * they were (their files are not touched), new ones come last. `--watch`
 * rebuilds only what a save changed, and the manifest still lists every file.
 */
export function withPrevious(build: RenderedBuild, previous: Manifest): RenderedBuild {
  const rebuilt = new Map(build.manifest.outputs.map((o) => [o.layout, o]));
  const kept = previous.outputs.map((o) => rebuilt.get(o.layout) ?? o);
  const added = build.manifest.outputs.filter((o) => !previous.outputs.some((p) => p.layout === o.layout));
  return { files: build.files, manifest: { ...build.manifest, outputs: [...kept, ...added] } };
}
