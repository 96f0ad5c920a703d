export { buildVariants } from './build.js';
export { validateFile } from './validate.js';
export { buildDate } from './build-date.js';
export type { BuildDependencies, BuildProblem, BuildRequest, BuildResult, BuiltOutput, BuiltPdf, ExitCode, InputPaths, Manifest, ValidateResult } from './types.js';
export { affectedLayouts, watchBuilds, type Watch, type WatchBuild, type WatchOptions } from './watch.js';
