import { existsSync } from 'node:fs';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ExportArgs {
  format: 'jsonresume';
  input: string;
  out: string;
  force: boolean;
}

/**
 * `cv export jsonresume`: read and check cv.yaml as `cv build` does (a .bib
 * it names included), map it, write the JSON atomically, and list on stderr
 * what JSON Resume cannot hold.
 */
export async function runExport(ctx: CliContext, args: ExportArgs): Promise<number> {
  if (existsSync(args.out) && !args.force) {
    ctx.err(`cv: ${args.out} exists; choose another --out, or add --force to overwrite it\n`);
    return EXIT.usage;
  }
  const { loadSource } = await import('../../load/index.js');
  const loaded = loadSource(args.input);
  if (!loaded.ok) {
    printDiagnostics(ctx, loaded.diagnostics, loaded.text);
    return loaded.kind === 'io' ? EXIT.io : EXIT.invalid;
  }
  const { validateCv } = await import('../../validate/index.js');
  const { withBibtexSources } = await import('../../sources/bibtex/with-bibtex-sources.js');
  const sources = new Map([[args.input, loaded.doc.text]]);
  const checked = await withBibtexSources(validateCv(loaded.doc), loaded.doc, sources);
  printDiagnostics(ctx, checked.diagnostics, sources);
  if (!checked.ok) return EXIT.invalid;
  const { exportJsonResume } = await import('../../outputs/jsonresume/index.js');
  const { resume, unsupported } = exportJsonResume(checked.cv);
  try {
    const { writeFileAtomic } = await import('../../write/index.js');
    writeFileAtomic(args.out, `${JSON.stringify(resume, null, 2)}\n`);
  } catch (e) {
    ctx.err(`cv: cannot write ${args.out}: ${(e as Error).message}\n`);
    return EXIT.io;
  }
  if (unsupported.length > 0) ctx.err(`cv: JSON Resume has no place for these, so ${args.out} leaves them out:\n${unsupported.map((u) => `  ${u}\n`).join('')}`);
  ctx.out(`${args.out}: written (JSON Resume v1.0.0)\n`);
  return EXIT.ok;
}
