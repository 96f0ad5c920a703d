// Writes the large inputs the README's Reliability figures were measured with,
// into a folder (default: ./stress), for `/usr/bin/time -v cv build --input <file>`:
//
//   bullets.yaml       4 MiB of experience entries, 20 bullets each, with links and markup
//   publications.yaml  10,000 publications, the most a CV may hold (3.4 MB), up to 9 authors each
//   skills.yaml        10,000 one-line skills entries, the most a CV may hold
//   pubs-1000.yaml     1,000 publications (about 340 KB)
//   pubs-3000.yaml     the first 3,000 of publications.yaml (1.0 MB)
//   pubs-5000.yaml     the first 5,000 of publications.yaml (1.7 MB)
//   paragraphs.yaml    4 MiB of 190,000-character paragraphs
//   long-words.yaml    4 MiB of 190,000-character words
//   word-100k.yaml     one 100,000-character word in a bullet
//
//   node scripts/stress-inputs.mjs [folder]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 4 * 1024 * 1024 - 4096;
const dir = process.argv[2] ?? 'stress';
mkdirSync(dir, { recursive: true });

let state = 1;
/** A small fixed PRNG, so that every run writes the same files. */
const rand = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const head = (kind, title) => `name: Ada Lovelace\nlang: en-US\naliases: [A. Lovelace]\nsections:\n  - id: s\n    title: ${title}\n    kind: ${kind}\n    entries:\n`;
const size = (parts) => parts.reduce((n, p) => n + Buffer.byteLength(p), 0);

function fill(kind, title, entry, stopBelow) {
  const parts = [head(kind, title)];
  for (let i = 0; size(parts) < stopBelow; i++) parts.push(entry(i));
  return parts.join('');
}

const bullet = (i, j) => `          - "Built the [analysis pipeline ${i}-${j}](https://example.org/p/${i}/${j}) for **visual** data, with *care* and tests"\n`;
const experience = (i) =>
  `      - title: Engineer ${i}\n        organization: Org ${i}\n        start: "2020-01"\n        end: "2021-01"\n        highlights:\n${Array.from({ length: 20 }, (_, j) => bullet(i, j)).join('')}`;
const publication = (i) => {
  const authors = ['A. Lovelace', ...Array.from({ length: 1 + Math.floor(rand() * 8) }, (_, k) => `"B. Author${k}"`)].join(', ');
  return `      - title: "Interpretable deep learning study number ${i} on visual analytics"\n        authors: [${authors}]\n        venue: { name: "Conference on Visual Things ${i % 20}", short: "CVT" }\n        date: "${2000 + (i % 24)}-0${1 + (i % 9)}"\n        type: conference\n        url: https://example.org/paper/${i}\n`;
};
const WORDS = ['data', 'visual', 'analysis', 'learning', 'model', 'neural', 'interpretability', 'Łódź', 'Καλημέρα', 'исследование'];
const paragraph = (i) => {
  const words = [];
  for (let n = 0; n < 190_000; n += words[words.length - 1].length + 1) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return `      - title: T${i}\n        organization: O\n        start: "2020-01"\n        summary: "${words.join(' ').slice(0, 190_000)}"\n`;
};
const longWord = (i) => `      - title: T${i}\n        organization: O\n        start: "2020-01"\n        summary: "x ${'abcdefghij'.repeat(19_000)} y"\n`;

const publications = Array.from({ length: 10_000 }, (_, i) => publication(i));
const files = {
  'bullets.yaml': fill('experience', 'Experience', experience, LIMIT - 3000),
  'publications.yaml': [head('publication', 'Publications'), ...publications].join(''),
  'pubs-3000.yaml': [head('publication', 'Publications'), ...publications.slice(0, 3000)].join(''),
  'pubs-5000.yaml': [head('publication', 'Publications'), ...publications.slice(0, 5000)].join(''),
  'skills.yaml': [head('skills', 'Skills'), ...Array.from({ length: 10_000 }, (_, i) => `      - category: C${i}\n        items: [Python, D3.js, R${i}]\n`)].join(''),
  'pubs-1000.yaml': [head('publication', 'Publications'), ...Array.from({ length: 1000 }, (_, i) => publication(i))].join(''),
  'paragraphs.yaml': fill('experience', 'Experience', paragraph, LIMIT - 250_000),
  'long-words.yaml': fill('experience', 'Experience', longWord, LIMIT - 250_000),
  'word-100k.yaml': `${head('experience', 'Experience')}      - title: Engineer\n        start: "2020-01"\n        highlights:\n          - "Before ${'abcdefghij'.repeat(10_000)} after"\n`,
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`${join(dir, name)}  ${Buffer.byteLength(text)} bytes\n`);
}
