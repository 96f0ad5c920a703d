import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { RawCv } from '../validate/raw-cv.js';

/** Keys whose values are dates: written as quoted strings, as cv.yaml asks. */
const DATE_KEYS = new Set(['updated', 'date', 'start', 'end', 'since', 'asOf']);
/** Lists of short words that read best on one line, as in the sample cv.yaml. */
const FLOW_LISTS = new Set(['tags', 'keywords', 'items', 'mentors', 'coPIs', 'topics', 'roles', 'authors', 'courses']);
/** Small maps written inline: links ({ label, url }) and venues. */
const FLOW_MAPS = new Set(['links', 'venue', 'profiles']);

/** Comments that help someone editing an imported cv.yaml for the first time. */
const KEY_COMMENTS: Record<string, string> = {
  aliases: ' Other spellings of your name in author lists: they find you there and print you in bold.',
  sections: ' Sections in their default order; layouts may reorder, filter or drop them.',
};

export interface WriteOptions {
  /** Where editors find the schema, relative to the written file (or absolute). */
  schemaPath: string;
  /** What the CV was imported from, for the opening comment, e.g. "resume.json (JSON Resume)". */
  from: string;
}

/**
 * A RawCv as cv.yaml text that is pleasant to edit: the schema line editors
 * need, the importers' key order, quoted dates, short lists and links on
 * one line, a blank line between sections and a few comments.
 */
export function writeCvYaml(raw: RawCv, options: WriteOptions): string {
  const doc = new Document(raw);
  styleNodes(doc);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaPath}`,
    '',
    ` Imported from ${options.from} by \`cv import\`. Check it, then add tags, priority`,
    ' and selected to tailor it; `cv validate` says what is wrong and where.',
    ' Dates are quoted so that they stay strings.',
  ].join('\n');
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = KEY_COMMENTS[key];
      if (comment !== undefined && isScalar(pair.key)) {
        pair.key.commentBefore = comment;
        pair.key.spaceBefore = true;
      }
    }
  }
  return stringify(doc);
}

/** The one set of output options, so new text and surgically edited text look the same. */
export function stringify(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

/** Applies the cv.yaml conventions to every node of a document (or to nodes just added to one). */
export function styleNodes(doc: Document | YamlNode): void {
  visit(doc as Document, {
    Pair(_, pair: Pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (DATE_KEYS.has(key) && isScalar(value) && typeof value.value === 'string') value.type = Scalar.QUOTE_DOUBLE;
      if (FLOW_LISTS.has(key) && isSeq(value) && value.items.every((i) => isScalar(i) || (isMap(i) && i.items.length <= 3 && i.items.every((p) => isPair(p) && isScalar(p.value))))) {
        value.flow = value.items.every(isScalar);
        if (!value.flow) for (const i of value.items) if (isMap(i)) i.flow = true;
      }
      if (FLOW_MAPS.has(key)) {
        if (isMap(value) && value.items.every((p) => isScalar(p.value))) value.flow = true;
        if (isSeq(value)) for (const i of value.items) if (isMap(i) && i.items.every((p) => isScalar(p.value))) i.flow = true;
      }
      if (key === 'sections' && isSeq(value)) value.items.forEach((s, i) => i > 0 && ((s as YamlNode).spaceBefore = true));
    },
  });
  quoteInFlow(doc);
}

/**
 * Quotes plain strings in inline collections that YAML 1.1 tools (PyYAML,
 * older editors) misread there, such as "https://x.org/?user=1": YAML 1.2
 * allows them, but the file should read the same everywhere.
 */
function quoteInFlow(doc: Document | YamlNode): void {
  visit(doc as Document, {
    Scalar(_, node, path) {
      const inFlow = path.some((p) => (isMap(p) || isSeq(p)) && p.flow === true);
      const plain = node.type === undefined || node.type === Scalar.PLAIN;
      if (inFlow && plain && typeof node.value === 'string' && /[?#&*!|>%@`'"]/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}
