import type { Layout } from '../../layout/types.js';
import type { Selected } from '../../select/types.js';
import type { ComposeParams } from '../theme.js';
import type { DocTree } from '../types.js';

/**
 * A look arranges a variant's selected content into a DocTree: which blocks,
 * in what order, with what emphasis. A layout names its look (`look:` in the
 * layout file); a new arrangement (two columns, a cover letter) is one more
 * file in this folder and one line in its registry, nothing else.
 */
export interface Look {
  readonly id: string;
  compose(selected: Selected, layout: Layout, params: ComposeParams): DocTree;
}
