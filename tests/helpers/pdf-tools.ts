/**
 * Facts about a PDF from qpdf and poppler, the tools a careful reviewer (or a
 * print shop, or an applicant-tracking system) would use on it.
 */
import { tool } from './cli-run.js';

/** `pdfinfo` fields by name ("Title", "Tagged", "Page size", ...). */
export function pdfInfo(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of tool('pdfinfo', ['-isodates', path]).stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out.set(m[1]!.trim(), m[2]!.trim());
  }
  return out;
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
}

/** `pdffonts` rows; the emb/sub columns are read from their fixed positions at the right. */
export function pdfFonts(path: string): FontRow[] {
  const lines = tool('pdffonts', [path]).stdout.split('\n');
  const dash = lines.findIndex((l) => l.startsWith('---'));
  if (dash < 0) throw new Error(`unexpected pdffonts output:\n${lines.join('\n')}`);
  return lines
    .slice(dash + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      // name type... encoding emb sub uni objnum gen
      const cols = l.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0] ?? '', type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5] ?? '', sub: cols[n - 4] ?? '' };
    });
}

function jsonString(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('u:')) return v.slice(2);
  if (v.startsWith('b:')) return Buffer.from(v.slice(2), 'hex').toString('latin1');
  return v;
}

/** Every URI action target in the file, from `qpdf --json` (v2: strings are "u:..." or "b:<hex>"). */
export function uriTargets(path: string): string[] {
  const json = JSON.parse(tool('qpdf', ['--json=2', path]).stdout) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  const out: string[] = [];
  for (const obj of Object.values(json.qpdf[1])) {
    const v = obj.value as Record<string, unknown> | undefined;
    if (v && typeof v === 'object' && v['/S'] === '/URI') {
      const uri = jsonString(v['/URI']);
      if (uri !== undefined) out.push(uri);
    }
  }
  return out;
}
