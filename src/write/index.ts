import type { VariantPlan } from '../plan/index.js';
import type { OutputFormat } from '../outputs/index.js';
import type { Session } from '../session/index.js';
import { documentMeta } from '../compose/index.js';
import { OUTPUT_FORMATS, fileForFormat } from '../outputs/index.js';
import type { FormatId } from '../layout/formats.js';
import { outputName, pageSpec } from '../plan/index.js';
import { manifestText, type BuiltOutput, type Manifest } from './manifest.js';
import { writeOutputSet, type WriteResult } from './output-set.js';
import { sha256Hex } from '../common/crypto.js';
import { heapForDrawing } from '../common/heap.js';

export type { BuiltFile, BuiltOutput, BuiltPdf, Manifest } from './manifest.js';
export { LOCK_FILE, releaseAll, verifyOutputs, writeFileAtomic, writeOutputSet, type OutFile, type WriteResult } from './output-set.js';
export { withPrevious } from './with-previous.js';

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

/** From this many pages, drawing lets the heap shrink (1,000 publications: 119-123 pages, unchanged). */
const LONG_PDF_PAGES = 200;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Makes every output of every planned variant in memory: the formats its
 * layout lists (or `options.formats`), each from the same plan, so a text or
 * HTML file holds exactly what its PDF holds. Nothing touches the disk here,
 * so a failure in any output leaves every old file in place.
 */
export async function renderOutputs(
  plans: readonly VariantPlan[],
  /** With a session, an output whose input did not change since the last build is not made again. */
  options: { date: Date; pdfa: boolean; formats?: readonly FormatId[]; session?: Session },
  formats: ReadonlyMap<string, OutputFormat> = OUTPUT_FORMATS,
): Promise<RenderedBuild> {
  const files: RenderedFile[] = [];
  const outputs: BuiltOutput[] = [];
  for (const plan of plans) {
    const { layout, faces, fonts } = plan.inputs;
    const meta = { ...documentMeta(plan.selected, layout), date: options.date, pdfa: options.pdfa };
    const page = pageSpec(layout, plan.selected.cv.lang);
    const input = { doc: plan.doc, pages: plan.tree, faces, loadedFonts: fonts.loadedFonts, meta, page };
    const pdfFile = outputName(layout, plan.selected.cv);
    const wanted = options.formats ?? layout.formats;
    const content = { dropped: plan.dropped, omitted: plan.omitted, fit: { scale: round(plan.params.scale), spacing: round(plan.params.spacing) } };
    const pageCount = plan.tree.pages.length;
    // A one-off build makes the PDF last, lets go of the document's body before it and lets it drop
    // each page's items and structure once drawn (nothing reads them after it): 4 MiB of bullets,
    // every layout, peaked at 796 MB, not 931, with the items alone. A session keeps its inputs
    // whole: it compares them with the next build's.
    const made = new Map<FormatId, Uint8Array>();
    const order = options.session ? wanted : [...wanted.filter((id) => id !== 'pdf'), ...wanted.filter((id) => id === 'pdf')];
    for (const id of order) {
      const format = formats.get(id);
      if (!format) throw new Error(`no output format '${id}'`);
      if (options.session) {
        made.set(id, await options.session.output(format, input));
        continue;
      }
      if (id === 'pdf') {
        // The text formats are made: nothing reads the document's body again (the PDF draws the pages).
        plan.doc.body = [];
        // Its pages let go of as they are drawn, a long PDF's memory can shrink with them (see heapForDrawing).
        if (pageCount >= LONG_PDF_PAGES) heapForDrawing();
        made.set(id, await format.emit({ ...input, lastReader: true }));
      } else made.set(id, await format.emit(input));
    }
    for (const id of wanted) {
      const bytes = made.get(id)!;
      const file = fileForFormat(pdfFile, id, formats);
      const sha256 = sha256Hex(bytes);
      files.push({ file, bytes });
      if (id === 'pdf') outputs.push({ layout: layout.id, format: 'pdf', file, pages: pageCount, bytes: bytes.length, sha256, ...content });
      else outputs.push({ layout: layout.id, format: id, file, bytes: bytes.length, sha256, ...(wanted.includes('pdf') ? { sameContentAs: pdfFile } : {}), ...content });
    }
  }
  return { files, manifest: { date: options.date.toISOString().slice(0, 10), outputs } };
}

/**
 * The writing phase: under a lock on the output folder, every file goes to an
 * exclusive temporary name, then the set is committed and the manifest
 * written last, so a reader never sees a manifest that does not describe the
 * files beside it.
 */
export async function writeBuild(outDir: string, build: RenderedBuild): Promise<WriteResult> {
  if (build.files.length === 0) return { ok: true };
  return writeOutputSet(outDir, build.files.map((f) => ({ name: f.file, bytes: f.bytes })), { name: 'manifest.json', bytes: manifestText(build.manifest) });
}
