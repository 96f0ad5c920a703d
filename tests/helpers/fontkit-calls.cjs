// A --require hook for the CLI under test: records which modules require
// fontkit from node_modules and how many fonts are parsed through it
// (fontkit.create), and writes that as JSON to $CV_TEST_FONTKIT_LOG on exit.
// It sees fontkit only where a bundle leaves fontkit to node_modules.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');

const log = { requiredBy: [], created: 0 };
const load = Module._load;
let wrapped;
Module._load = function (request, parent, ...rest) {
  const exports = load.call(this, request, parent, ...rest);
  if (request !== 'fontkit') return exports;
  log.requiredBy.push(parent ? parent.filename : null);
  wrapped ??= new Proxy(exports, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key !== 'create') return value;
      return (...args) => {
        log.created++;
        return value(...args);
      };
    },
  });
  return wrapped;
};
process.on('exit', () => writeFileSync(process.env.CV_TEST_FONTKIT_LOG, JSON.stringify(log)));
