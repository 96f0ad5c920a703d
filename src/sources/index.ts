import type { CvSource } from './types.js';
import { cvYamlSource } from './cv-yaml/index.js';

export type { CvSource, SourceRead } from './types.js';

/** Every source `cv build` reads, most specific first. A new source is a folder beside cv-yaml/ and a line here. */
export const SOURCES: readonly CvSource[] = [cvYamlSource];

/**
 * The source for a file: the first that accepts it, else cv.yaml's, whose
 * diagnostics then say what is wrong with the file.
 */
export function sourceFor(path: string, head = '', sources: readonly CvSource[] = SOURCES): CvSource {
  return sources.find((s) => s.accepts(path, head)) ?? sources[0] ?? cvYamlSource;
}
