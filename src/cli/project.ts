import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package: the bundled layouts and fonts live here (a path with spaces must survive). */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the bundled layouts, fonts and the user's own layouts are, for build and validate alike. */
export function layoutPaths(flag: string | undefined): { layoutsDir: string; fontsDir: string; userLayoutsDir?: string } {
  const bundled = { layoutsDir: resolve(PROJECT, 'layouts'), fontsDir: resolve(PROJECT, 'fonts') };
  if (flag !== undefined) return { ...bundled, userLayoutsDir: resolve(flag) };
  // ./layouts of the working folder when there is one; the reader ignores it when it is the bundled folder itself.
  const local = resolve('layouts');
  return isFolder(local) ? { ...bundled, userLayoutsDir: local } : bundled;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
