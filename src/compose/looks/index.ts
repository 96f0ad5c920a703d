import type { Look } from './types.js';
import { singleColumn } from './single-column.js';

export type { Look } from './types.js';

/** Every look a layout may name, by id. A new look is a file beside this one and a line here. */
export const LOOKS: ReadonlyMap<string, Look> = new Map([[singleColumn.id, singleColumn]]);
