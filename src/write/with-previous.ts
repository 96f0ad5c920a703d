import type { RenderedBuild } from './index.js';
import type { BuiltOutput, Manifest } from './manifest.js';

/**
 * A build of some variants, with the manifest of the last build around it:
 * each rebuilt layout's entries (one per format) replace that layout's old
 * entries where they were, the other layouts' entries stay as they were (their
 * files are not touched), new layouts come last. `--watch` rebuilds only what a
 * save changed, and the manifest still lists every file.
 */
export function withPrevious(build: RenderedBuild, previous: Manifest): RenderedBuild {
  const rebuilt = new Map<string, BuiltOutput[]>();
  for (const o of build.manifest.outputs) rebuilt.set(o.layout, [...(rebuilt.get(o.layout) ?? []), o]);
  const outputs: BuiltOutput[] = [];
  const placed = new Set<string>();
  for (const o of previous.outputs) {
    const fresh = rebuilt.get(o.layout);
    if (!fresh) outputs.push(o);
    else if (!placed.has(o.layout)) {
      outputs.push(...fresh);
      placed.add(o.layout);
    }
  }
  for (const [layout, fresh] of rebuilt) if (!placed.has(layout)) outputs.push(...fresh);
  return { files: build.files, manifest: { ...build.manifest, outputs } };
}
