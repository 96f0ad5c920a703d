// One cold Typst build of the sample CV (bench/cv.typ reads cv.yaml) into one
// PDF, with the bundled fonts: the yardstick of npm run bench.
//
//   node bench/typst-once.mjs <out.pdf>
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths: [join(root, 'fonts')] }] });
const compiled = compiler.compile({ mainFilePath: join(root, 'bench/cv.typ') });
if (!compiled.result) {
  console.error(JSON.stringify(compiler.fetchDiagnostics(compiled.takeError()), null, 1));
  process.exit(1);
}
writeFileSync(process.argv[2] ?? 'typst.pdf', compiler.pdf(compiled.result, { creationTimestamp: 1600000000 }));
