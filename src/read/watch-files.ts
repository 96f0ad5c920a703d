import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Tells which of a set of files changed; the set can be replaced as a build learns what it read. */
export interface FileWatcher {
  /** Watches exactly these files from now on (paths as given; reported as given). */
  watch(files: readonly string[]): void;
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
  const folders = new Map<string, FSWatcher>();
  /** Absolute path -> the path as the caller gave it. */
  let wanted = new Map<string, string>();
  const open = (dir: string): void => {
    try {
      const watcher = watch(dir, { persistent: true }, (_event, name) => {
        const file = name === null ? undefined : wanted.get(join(dir, name.toString()));
        if (file !== undefined) onChange(file);
      });
      watcher.on('error', () => {
        watcher.close();
        folders.delete(dir);
      });
      folders.set(dir, watcher);
    } catch {
      // Not watchable now; a later watch() call tries again.
    }
  };
  return {
    watch(files) {
      wanted = new Map(files.map((f) => [resolve(f), f]));
      const dirs = new Set([...wanted.keys()].map((f) => dirname(f)));
      for (const [dir, watcher] of folders) {
        if (!dirs.has(dir)) {
          watcher.close();
          folders.delete(dir);
        }
      }
      for (const dir of dirs) if (!folders.has(dir)) open(dir);
    },
    close() {
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
  };
}

