import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Tells which of a set of files changed; the set can be replaced as a build learns what it read. */
export interface FileWatcher {
  /**
   * Watches exactly these files from now on (reported as given), and in
   * `folders` every `*.yaml` (a layout file added to a layouts folder).
   */
  watch(files: readonly string[], folders?: readonly string[]): void;
  close(): void;
}

/**
 * Watches files through their folders, not the files themselves: editors that
 * save by writing a temporary file and renaming it over the old one replace
 * the file (a watch on the old one would go quiet), but the folder sees the
 * new name arrive. Events for other names in the folder are ignored. A folder
 * that cannot be watched (gone, unreadable) is skipped: the next build says
 * what is missing.
 */
export function watchFiles(onChange: (file: string) => void): FileWatcher {
  const open = new Map<string, FSWatcher>();
  /** Absolute path -> the path as the caller gave it. */
  let wanted = new Map<string, string>();
  let layoutFolders = new Set<string>();
  const start = (dir: string): void => {
    try {
      const watcher = watch(dir, { persistent: true }, (_event, name) => {
        if (name === null) return;
        const path = join(dir, name.toString());
        const file = wanted.get(path) ?? (layoutFolders.has(dir) && path.endsWith('.yaml') ? path : undefined);
        if (file !== undefined) onChange(file);
      });
      watcher.on('error', () => {
        watcher.close();
        open.delete(dir);
      });
      open.set(dir, watcher);
    } catch {
      // Not watchable now; a later watch() call tries again.
    }
  };
  return {
    watch(files, folders = []) {
      wanted = new Map(files.map((f) => [resolve(f), f]));
      layoutFolders = new Set(folders.map((f) => resolve(f)));
      const dirs = new Set([...[...wanted.keys()].map((f) => dirname(f)), ...layoutFolders]);
      for (const [dir, watcher] of open) {
        if (!dirs.has(dir)) {
          watcher.close();
          open.delete(dir);
        }
      }
      for (const dir of dirs) if (!open.has(dir)) start(dir);
    },
    close() {
      for (const watcher of open.values()) watcher.close();
      open.clear();
    },
  };
}
