import { join } from 'node:path';
import { readRegularFile } from '../common/read-regular-file.js';
import { sha256Hex } from '../common/crypto.js';

/** What `cv verify` found: every manifest entry checked, mismatches named. */
export type VerifyResult = { ok: true; checked: number } | { ok: false; code: 1 | 4; problems: string[] };

/** Larger outputs are not read back: no PDF of a CV comes near it. */
export const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
/** A manifest lists a few files: far below this. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * Checks that the files beside `dir/manifest.json` are the ones it
 * describes: each one present, with its size and sha256. Missing or unreadable
 * manifest: exit 4; any file that differs: exit 1, each named.
 */
export function verifyManifest(dir: string): VerifyResult {
  const path = join(dir, 'manifest.json');
  const read = readRegularFile(path, MAX_MANIFEST_BYTES);
  if (!read.ok) return { ok: false, code: 4, problems: [`${path}: ${read.message}`] };
  let outputs: { file?: unknown; sha256?: unknown; bytes?: unknown }[];
  try {
    const manifest = JSON.parse(new TextDecoder().decode(read.bytes)) as { outputs?: unknown };
    if (!Array.isArray(manifest.outputs)) throw new Error('no list of outputs');
    outputs = manifest.outputs as typeof outputs;
  } catch (e) {
    return { ok: false, code: 1, problems: [`${path}: not a cv manifest (${(e as Error).message})`] };
  }
  const problems: string[] = [];
  for (const o of outputs) {
    if (typeof o.file !== 'string' || typeof o.sha256 !== 'string') {
      problems.push(`${path}: an entry without 'file' and 'sha256'`);
      continue;
    }
    const file = join(dir, o.file);
    const got = readRegularFile(file, MAX_OUTPUT_BYTES);
    if (!got.ok) {
      problems.push(`${file}: ${got.message}`);
      continue;
    }
    const sha = sha256Hex(got.bytes);
    if (sha !== o.sha256) problems.push(`${file}: sha256 ${sha} does not match the manifest's ${o.sha256}`);
    else if (typeof o.bytes === 'number' && o.bytes !== got.bytes.length) problems.push(`${file}: ${got.bytes.length} bytes, the manifest says ${o.bytes}`);
  }
  return problems.length > 0 ? { ok: false, code: 1, problems } : { ok: true, checked: outputs.length };
}
