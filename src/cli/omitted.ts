import type { BuiltOutput } from '../pipeline/types.js';
import type { OmitReason } from '../select/types.js';

/** Why, in the words a CV owner reads on stderr. */
const WHY: Record<OmitReason, string> = {
  'not-in-layout': 'not in the layout',
  excluded: 'excluded by the selection',
  'no-entries': 'no entries',
  'none-selected': 'no publication marked selected',
  'none-since-year': "no entry since the layout's sinceYear",
  'none-tagged': 'every entry filtered out by tags',
};

/** One stderr line per reason: the sections of cv.yaml an output does not show, so nothing goes silently. */
export function omittedLines(output: BuiltOutput): string[] {
  const byReason = new Map<OmitReason, string[]>();
  for (const o of output.omitted) byReason.set(o.reason, [...(byReason.get(o.reason) ?? []), o.section]);
  return [...byReason].map(([reason, ids]) => `cv: ${output.layout}: leaves out section${ids.length > 1 ? 's' : ''} ${ids.map((id) => `'${id}'`).join(', ')} (${WHY[reason]})\n`);
}
