import { isMap, isSeq, parseDocument } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { nameKey } from '../../common/names.js';
import type { PublicationEntry } from '../../validate/raw-cv.js';
import { styleNodes, stringify } from '../write-yaml.js';

export type MergeResult =
  | { ok: true; text: string; added: number; skipped: string[] }
  | { ok: false; message: string };

/**
 * Adds publications to an existing cv.yaml by editing its YAML document, so
 * every comment, blank line and key order of the owner's file stays as it
 * was: the entries go at the end of the first publication section (made
 * when there is none), new owner spellings at the end of `aliases`. A
 * publication whose title or DOI is already there is skipped and named.
 */
export function mergePublications(cvText: string, publications: readonly PublicationEntry[], newAliases: readonly string[]): MergeResult {
  const doc = parseDocument(cvText, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, message: 'is not a cv.yaml mapping; run cv validate on it first' };
  const root = doc.contents as YAMLMap;
  const sections = root.get('sections');
  if (!isSeq(sections)) return { ok: false, message: "has no 'sections' list" };
  let target = (sections as YAMLSeq).items.find((s) => isMap(s) && s.get('kind') === 'publication') as YAMLMap | undefined;
  if (target === undefined) {
    const ids = new Set((sections as YAMLSeq).items.map((s) => (isMap(s) ? String(s.get('id')) : '')));
    target = doc.createNode({ id: ids.has('publications') ? 'publications-imported' : 'publications', title: 'Publications', kind: 'publication', entries: [] }) as YAMLMap;
    target.spaceBefore = true;
    (sections as YAMLSeq).items.push(target);
  }
  let entries = target.get('entries');
  if (!isSeq(entries)) {
    entries = doc.createNode([]);
    target.set('entries', entries);
  }
  const list = entries as YAMLSeq;
  const have = existing(list);
  const skipped: string[] = [];
  let added = 0;
  for (const p of publications) {
    const keys = [`title:${nameKey(p.title)}`, ...(p.doi ? [`doi:${p.doi.toLowerCase()}`] : []), ...(p.id ? [`id:${p.id}`] : [])];
    if (keys.some((k) => have.has(k))) {
      skipped.push(p.title);
      continue;
    }
    keys.forEach((k) => have.add(k));
    const node = doc.createNode(p);
    styleNodes(node);
    list.items.push(node);
    added++;
  }
  if (newAliases.length > 0) {
    let aliases = root.get('aliases');
    if (!isSeq(aliases)) {
      aliases = doc.createNode([]);
      root.set('aliases', aliases);
    }
    for (const a of newAliases) (aliases as YAMLSeq).items.push(doc.createNode(a));
  }
  return { ok: true, text: stringify(doc), added, skipped };
}

/** Titles, DOIs and ids already in the section, to keep a second import from doubling entries. */
function existing(list: YAMLSeq): Set<string> {
  const out = new Set<string>();
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const title = item.get('title');
    const doi = item.get('doi');
    const id = item.get('id');
    if (typeof title === 'string') out.add(`title:${nameKey(title)}`);
    if (typeof doi === 'string') out.add(`doi:${doi.toLowerCase()}`);
    if (typeof id === 'string') out.add(`id:${id}`);
  }
  return out;
}
