// Writes a cv.yaml with N generated publications (default 1000) for the scale
// benchmarks: the sample cv.yaml with its publication section's entries
// replaced by N variations of them. Deterministic: the same N and seed give
// the same bytes.
//
//   node bench/generate-publications.mjs <count> <out.yaml> [seed]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

const [count = '1000', out = 'big-cv.yaml', seed = '12'] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const cv = load(readFileSync(join(root, 'cv.yaml'), 'utf8'));

/** A fixed pseudo-random sequence (no Math.random: the file must be reproducible). */
function lcg(s) {
  let x = Number(s) >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}
const rnd = lcg(seed);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const section = cv.sections.find((s) => s.kind === 'publication');
const models = section.entries;
const words = models.flatMap((e) => e.title.split(/\s+/)).filter((w) => /^[A-Za-z][A-Za-z:-]*$/.test(w));
section.entries = Array.from({ length: Number(count) }, (_, i) => {
  const model = models[i % models.length];
  const title = Array.from({ length: 6 + Math.floor(rnd() * 10) }, () => pick(words)).join(' ');
  const entry = { ...structuredClone(model), id: `gen-${i + 1}`, title: title.charAt(0).toUpperCase() + title.slice(1) };
  if (entry.date !== undefined) entry.date = String(2000 + Math.floor(rnd() * 25));
  return entry;
});
writeFileSync(out, `# ${count} generated publications (bench/generate-publications.mjs, seed ${seed})\n${dump(cv, { lineWidth: -1 })}`);
