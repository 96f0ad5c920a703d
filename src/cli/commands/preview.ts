import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';

interface PreviewArgs {
  out: string;
}

/**
 * `cv preview`: the file:// URLs of the built HTML and PDF of every variant,
 * read from the output folder's manifest.json. It starts no server: the HTML
 * page is self-contained and opens from disk.
 */
export function previewCommand(ctx: CliContext): Command {
  return {
    name: 'preview',
    describe: 'Print file:// URLs of the built HTML and PDF of each layout (from the last cv build)',
    options: { out: { alias: 'o', type: 'string', default: 'out', describe: 'output folder of the build' } },
    run: async (args) => {
      ctx.setExitCode(await runPreview(ctx, (args as unknown as PreviewArgs).out));
    },
  };
}

async function runPreview(ctx: CliContext, out: string): Promise<number> {
  const { previewLinks } = await import('../../outputs/preview.js');
  const manifestPath = join(out, 'manifest.json');
  let entries;
  try {
    entries = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { outputs: { layout: string; format: string; file: string }[] }).outputs;
    if (!Array.isArray(entries)) throw new Error('it has no list of outputs');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(e as Error).message}`;
    ctx.err(`cv: ${manifestPath} ${why}; run 'cv build --format pdf,html --out ${out}' first\n`);
    return EXIT.io;
  }
  const links = previewLinks(entries, out);
  const missing = links.filter((l) => !existsSync(l.path));
  for (const m of missing) ctx.err(`cv: ${m.path} is in ${manifestPath} but not on disk; build again\n`);
  const width = Math.max(0, ...links.map((l) => l.layout.length));
  for (const l of links.filter((x) => !missing.includes(x))) ctx.out(`${l.layout.padEnd(width)}  ${l.format.padEnd(4)}  ${l.url}\n`);
  const noHtml = [...new Set(entries.map((e) => e.layout))].filter((id) => !links.some((l) => l.layout === id && l.format === 'html'));
  if (noHtml.length > 0) ctx.err(`cv: no HTML built for ${noHtml.map((id) => `'${id}'`).join(', ')}; 'cv build --format pdf,html' makes it\n`);
  return missing.length > 0 ? EXIT.io : EXIT.ok;
}
