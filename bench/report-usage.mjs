// Preloaded (node --import) into every process npm run bench times: writes the
// process's own CPU time and peak RSS to $BENCH_USAGE when it exits, so cv and
// Typst are measured the same way, whatever their exit path.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
