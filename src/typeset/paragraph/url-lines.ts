/**
 * Justified lines next to a URL. A URL breaks only after / . - _ ? & =, so
 * the lines that hold part of one, or end just before one, often have too
 * little space to stretch; rather than loosen such a line beyond the normal
 * looseness (adjustment ratio 1), it is set flush left with its spaces at
 * their natural width, as TeX users do by hand with \raggedright around a
 * long \url.
 */
import type { ItemList } from './types.js';

/** Largest adjustment ratio a justified line with a URL is stretched to. */
export const URL_LINE_MAX_RATIO = 1;

/** Whether the line ending at break `b` ends at a space right before a URL. */
export function endsBeforeUrl(list: ItemList, b: number): boolean {
  const next = list.items[b + 1];
  return list.items[b]!.type === 'glue' && next?.type === 'box' && next.url === true;
}

/** Natural width, stretch and URL content (held, or next) of the line from after break `a` (-1: start) to break `b`. */
export function lineMetrics(list: ItemList, a: number, b: number): { natural: number; stretch: number; url: boolean } {
  const { items, startCorrection } = list;
  let s = a + 1;
  while (s < b && items[s]!.type !== 'box') s++;
  let natural = a >= 0 ? (startCorrection.get(a) ?? 0) : 0;
  let stretch = 0;
  let url = false;
  for (let i = s; i < b; i++) {
    const it = items[i]!;
    if (it.type === 'box') {
      natural += it.width;
      url ||= it.url === true;
    } else if (it.type === 'glue') {
      natural += it.width;
      stretch += it.stretch;
    }
  }
  const end = items[b]!;
  if (end.type === 'penalty') natural += end.width;
  else if (end.type === 'box') {
    natural += end.width;
    url ||= end.url === true;
  }
  return { natural, stretch, url: url || endsBeforeUrl(list, b) };
}

/**
 * Whether a justified line holding part of a URL would be stretched beyond
 * URL_LINE_MAX_RATIO: such a line is set flush left instead.
 */
export function tooLooseForUrl(slack: number, stretch: number, minStretch: number, url: boolean): boolean {
  return url && slack > 1e-9 && slack / Math.max(stretch, minStretch) > URL_LINE_MAX_RATIO;
}
