/**
 * The file formats a layout can ask for, in the order a build writes them.
 * The layout names them; src/outputs/ makes them.
 */
export const FORMAT_IDS = ['pdf', 'txt', 'md', 'html'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];
