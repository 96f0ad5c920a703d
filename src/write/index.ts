import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { VariantPlan } from '../plan/index.js';
import type { OutputFormat } from '../outputs/index.js';
import type { Session } from '../session/index.js';
import { documentMeta } from '../compose/index.js';
import { OUTPUT_FORMATS } from '../outputs/index.js';
import { outputName } from '../plan/index.js';
import { manifestText, type BuiltOutput, type Manifest } from './manifest.js';
import { writeFiles } from './write-files.js';

export type { BuiltOutput, Manifest } from './manifest.js';

/** One file of a build, made in memory. */
export interface RenderedFile {
  /** Relative to the output folder. */
  file: string;
  bytes: Uint8Array;
}

/** Everything a build will write, in memory, with the manifest that describes it. */
export interface RenderedBuild {
  files: RenderedFile[];
  manifest: Manifest;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Makes every output of every planned variant in memory. Nothing touches the
 * disk here, so a failure in any output leaves every old file in place.
 */
export async function renderOutputs(
  plans: readonly VariantPlan[],
  /** With a session, an output whose input did not change since the last build is not made again. */
  options: { date: Date; pdfa: boolean; session?: Session },
  formats: ReadonlyMap<string, OutputFormat> = OUTPUT_FORMATS,
): Promise<RenderedBuild> {
  const files: RenderedFile[] = [];
  const outputs: BuiltOutput[] = [];
  const pdf = formats.get('pdf');
  if (!pdf) throw new Error('no pdf output format');
  for (const plan of plans) {
    const { layout, faces, fonts } = plan.inputs;
    const meta = { ...documentMeta(plan.selected, layout), date: options.date, pdfa: options.pdfa };
    const input = { doc: plan.doc, pages: plan.tree, faces, loadedFonts: fonts.loadedFonts, meta };
    const bytes = await (options.session ? options.session.output(pdf, input) : pdf.emit(input));
    const file = outputName(layout, plan.selected.cv);
    files.push({ file, bytes });
    outputs.push({
      layout: layout.id,
      file,
      pages: plan.tree.pages.length,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      dropped: plan.dropped,
      fit: { scale: round(plan.params.scale), spacing: round(plan.params.spacing) },
    });
  }
  return { files, manifest: { date: options.date.toISOString().slice(0, 10), outputs } };
}

/** The writing phase: every file to a temporary name, then all renamed into place, the manifest last. */
export function writeBuild(outDir: string, build: RenderedBuild): void {
  if (build.files.length === 0) return;
  writeFiles([...build.files.map((f) => ({ path: join(outDir, f.file), bytes: f.bytes })), { path: join(outDir, 'manifest.json'), bytes: manifestText(build.manifest) }]);
}
