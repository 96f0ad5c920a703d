import { lstatSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../common/read-regular-file.js';
import { sha256Hex } from '../common/crypto.js';
import { MAX_MANIFEST_BYTES, MAX_OUTPUT_BYTES } from './verify-manifest.js';

interface Entry {
  layout: string;
  format: string;
  file: string;
  sha256: string;
}

/** A manifest's entries, or none when it is missing or not one of ours. */
function entries(bytes: Uint8Array | string | undefined): Entry[] {
  if (bytes === undefined) return [];
  try {
    const outputs = (JSON.parse(typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes)) as { outputs?: unknown }).outputs;
    if (!Array.isArray(outputs)) return [];
    return outputs.filter((o): o is Entry => ['layout', 'format', 'file', 'sha256'].every((k) => typeof (o as Record<string, unknown>)[k] === 'string'));
  } catch {
    return [];
  }
}

/** A name the writer itself could have made: one plain file name in the folder. */
const PLAIN = /^[^/\\]+$/;

/** The manifest in `dir` before a build replaces it (undefined when there is none to read). */
export function previousManifest(dir: string): Uint8Array | undefined {
  const read = readRegularFile(join(dir, 'manifest.json'), MAX_MANIFEST_BYTES);
  return read.ok ? read.bytes : undefined;
}

/**
 * Removes the files of the previous build that this one made again under
 * another name (the CV's name changed: `your-name-cv.pdf` became
 * `ada-lovelace-cv.pdf`), so out/ does not keep a stale copy beside the new
 * one. Only a plain regular file that the old manifest lists for a layout and
 * format the new one lists too, and that still has the bytes cv wrote: a file
 * edited since, and the outputs of layouts this build did not make (`--layout
 * resume`), stay. Run under the folder's lock, after the new set is in place;
 * the names removed, for the caller to report.
 */
export function removeSuperseded(dir: string, before: Uint8Array | undefined, after: Uint8Array | string): string[] {
  const now = entries(after);
  const made = new Set(now.map((e) => `${e.layout}\u0000${e.format}`));
  const kept = new Set(now.map((e) => e.file));
  const removed: string[] = [];
  for (const old of entries(before)) {
    if (kept.has(old.file) || !made.has(`${old.layout}\u0000${old.format}`) || !PLAIN.test(old.file) || old.file.startsWith('.') || old.file === 'manifest.json') continue;
    const path = join(dir, old.file);
    try {
      if (!lstatSync(path).isFile()) continue;
    } catch {
      continue;
    }
    const read = readRegularFile(path, MAX_OUTPUT_BYTES);
    if (!read.ok || sha256Hex(read.bytes) !== old.sha256) continue;
    rmSync(path, { force: true });
    removed.push(old.file);
  }
  return removed;
}
