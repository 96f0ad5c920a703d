// An esbuild plugin for a bundle that holds pdfkit: pdfkit requires fontkit
// when it is loaded, and loading fontkit costs ~50 ms (its Unicode tries are
// inflated at module load), though a build whose faces are TrueType with a
// width table never calls it (src/fonts/table-face.ts draws them). pdfkit gets
// a stand-in whose members load the real fontkit on first use, so fontkit is
// loaded only when pdfkit parses a font itself. Anyone else importing fontkit
// gets it as usual, and the stand-in's own require resolves from pdfkit's
// folder, so it is the copy pdfkit would have had.
const NAMESPACE = 'lazy-fontkit';
const FROM_PDFKIT = /[\\/]node_modules[\\/]pdfkit[\\/]/;

const STAND_IN = `
let real;
const load = () => (real ??= require('fontkit'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const d = Reflect.getOwnPropertyDescriptor(load(), key);
    return d && { ...d, configurable: true };
  },
});
`;

export function lazyFontkit() {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: /^fontkit$/ }, (args) => {
        if (args.namespace === NAMESPACE || !FROM_PDFKIT.test(args.importer)) return undefined;
        return { path: 'fontkit', namespace: NAMESPACE, pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: STAND_IN,
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
      }));
    },
  };
}
