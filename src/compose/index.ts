import type { Layout } from '../layout/types.js';
import type { Selected } from '../select/types.js';
import type { DocTree } from './types.js';
import { AS_DESIGNED, type ComposeParams } from './theme.js';
import { LOOKS, type Look } from './looks/index.js';

/**
 * Turns the selected content into a DocTree with the layout's look: every
 * visual decision (sizes, colours, order, rules) is made there; nothing is
 * measured. `params` lets the fit step ask for the same document a little
 * smaller. `looks` is for tests that swap in a look of their own.
 */
export function composeDocument(selected: Selected, layout: Layout, params: ComposeParams = AS_DESIGNED, looks: ReadonlyMap<string, Look> = LOOKS): DocTree {
  const look = looks.get(layout.look);
  // read/ checks every layout's look against LOOKS, so a miss here is a bug.
  if (!look) throw new Error(`layout '${layout.id}' names look '${layout.look}', which does not exist`);
  return look.compose(selected, layout, params);
}

export { composableCharacters } from './characters.js';
export { documentMeta } from './meta.js';
export { LOOKS, type Look } from './looks/index.js';
export { AS_DESIGNED, FONT, paramsKey, type ComposeParams } from './theme.js';
