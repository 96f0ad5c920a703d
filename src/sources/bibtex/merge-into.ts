import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, YAMLMap, YAMLSeq } from 'yaml';
import { nameKey } from '../../common/names.js';
import type { PublicationEntry } from '../../validate/raw-cv.js';
import { styleNodes, stringify } from '../write-yaml.js';

export type MergeResult =
  | { ok: true; text: string; added: number; skipped: string[] }
  | { ok: false; message: string };

interface Insert {
  at: number;
  text: string;
}

/**
 * Adds publications to an existing cv.yaml by inserting text, so every line
 * the owner wrote stays byte for byte as it was, comments included: the new
 * entries go after the last entry of the first publication section (a new
 * section at the end when there is none), new owner spellings after the
 * last alias. The yaml library's parse tree only says where. A publication
 * whose title, DOI or id is already there is skipped and named.
 */
export function mergePublications(cvText: string, publications: readonly PublicationEntry[], newAliases: readonly string[]): MergeResult {
  const doc = parseDocument(cvText);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, message: 'is not a cv.yaml mapping; run cv validate on it first' };
  const root = doc.contents as YAMLMap;
  const sections = root.get('sections', true);
  if (!isSeq(sections) || sections.flow || sections.items.length === 0) return { ok: false, message: "has no block list of 'sections' to add to" };
  const target = sections.items.find((s) => isMap(s) && s.get('kind') === 'publication') as YAMLMap | undefined;
  const entries = target?.get('entries', true);
  const have = isSeq(entries) ? existing(entries) : new Set<string>();
  const skipped: string[] = [];
  const fresh = publications.filter((p) => {
    const keys = [`title:${nameKey(p.title)}`, ...(p.doi ? [`doi:${p.doi.toLowerCase()}`] : []), ...(p.id ? [`id:${p.id}`] : [])];
    if (keys.some((k) => have.has(k))) {
      skipped.push(p.title);
      return false;
    }
    keys.forEach((k) => have.add(k));
    return true;
  });
  const inserts: Insert[] = [];
  if (fresh.length > 0) {
    if (isSeq(entries) && !entries.flow && entries.items.length > 0) {
      inserts.push({ at: afterItem(cvText, entries), text: block(fresh, itemIndent(cvText, entries)) });
    } else if (target === undefined) {
      const ids = new Set(sections.items.map((s) => (isMap(s) ? String(s.get('id')) : '')));
      const section = { id: ids.has('publications') ? 'publications-imported' : 'publications', title: 'Publications', kind: 'publication', entries: fresh };
      inserts.push({ at: afterItem(cvText, sections), text: `\n${block([section], itemIndent(cvText, sections))}` });
    } else {
      return { ok: false, message: "has a publication section whose 'entries' is not a block list; add one entry by hand first" };
    }
  }
  if (newAliases.length > 0) {
    const aliases = root.get('aliases', true);
    if (isSeq(aliases) && !aliases.flow && aliases.items.length > 0) {
      inserts.push({ at: afterItem(cvText, aliases), text: block(newAliases, itemIndent(cvText, aliases)) });
    } else if (isSeq(aliases) && aliases.flow && aliases.range) {
      const close = cvText.lastIndexOf(']', aliases.range[1]);
      inserts.push({ at: close, text: `${aliases.items.length > 0 ? ', ' : ''}${newAliases.map(quoted).join(', ')}` });
    } else if (aliases === undefined) {
      const name = root.get('name', true) as YamlNode | undefined;
      const at = name?.range ? lineEnd(cvText, name.range[1]) : 0;
      inserts.push({ at, text: `aliases:\n${block(newAliases, 2)}` });
    }
  }
  let text = cvText;
  for (const { at, text: piece } of [...inserts].sort((a, b) => b.at - a.at)) text = text.slice(0, at) + piece + text.slice(at);
  return { ok: true, text, added: fresh.length, skipped };
}

/** The offset just after the line where the last item of a block list ends. */
function afterItem(text: string, seq: YAMLSeq): number {
  const last = seq.items[seq.items.length - 1] as YamlNode;
  return lineEnd(text, last.range ? last.range[1] : text.length);
}

function lineEnd(text: string, offset: number): number {
  // range ends after the value's own line break for block nodes; step back onto its line first.
  const from = offset > 0 && text[offset - 1] === '\n' ? offset - 1 : offset;
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

/** How far the "- " of a block list is indented. */
function itemIndent(text: string, seq: YAMLSeq): number {
  const first = seq.items[0] as YamlNode;
  const start = first.range ? first.range[0] : 0;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const dash = text.lastIndexOf('-', start);
  return Math.max(0, dash - lineStart);
}

/** Values as block list items in cv.yaml's style, indented to sit beside existing items. */
function block(values: readonly unknown[], indent: number): string {
  const doc = new Document(values);
  styleNodes(doc);
  const pad = ' '.repeat(indent);
  const lines = stringify(doc).replace(/\n$/, '').split('\n');
  return `${lines.map((l) => (l === '' ? l : pad + l)).join('\n')}\n`;
}

function quoted(s: string): string {
  return /^[\w .-]+$/u.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s);
}

/** Titles, DOIs and ids already in the section, to keep a second import from doubling entries. */
function existing(list: YAMLSeq): Set<string> {
  const out = new Set<string>();
  for (const item of list.items) {
    if (!isMap(item)) continue;
    for (const [key, prefix] of [['title', 'title'], ['doi', 'doi'], ['id', 'id']] as const) {
      const v = item.get(key);
      if (typeof v === 'string') out.add(`${prefix}:${key === 'title' ? nameKey(v) : key === 'doi' ? v.toLowerCase() : v}`);
    }
  }
  return out;
}
