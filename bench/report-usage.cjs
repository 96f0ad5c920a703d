// Preloaded (node --require) into every process npm run bench times: writes the
// process's own CPU time and peak RSS to $BENCH_USAGE when it exits, so cv and
// Typst are measured the same way, whatever their exit path. CommonJS, so that
// measuring does not start Node's ES module loader in a process that would not.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_USAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
