// An esbuild plugin for a bundle that holds pdfkit: pdfkit requires at load
// packages that cv's PDFs rarely or never need, and loading them costs time
// before any page is drawn:
//   fontkit (~50 ms: its Unicode tries are inflated at module load), which a
//     build whose faces are TrueType with a width table never calls
//     (src/fonts/table-face.ts draws them);
//   @noble/ciphers/aes (~8 ms: its tables are computed at load), for
//     encrypted PDFs, which cv never makes;
//   png-js, for PNG images, which cv never draws.
// pdfkit gets a stand-in for each whose members load the real package on
// first use. Anyone else importing them gets them as usual, and a stand-in's
// own require resolves from pdfkit's folder, so it is the copy pdfkit would have had.
const NAMESPACE = 'lazy-pdfkit-requires';
const FROM_PDFKIT = /[\\/]node_modules[\\/]pdfkit[\\/]/;
export const LAZY_FOR_PDFKIT = ['fontkit', '@noble/ciphers/aes', 'png-js'];

const standIn = (name) => `
let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
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

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FILTER = new RegExp(`^(${LAZY_FOR_PDFKIT.map(escape).join('|')})$`);

export function lazyPdfkitRequires() {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: FILTER }, (args) => {
        if (args.namespace === NAMESPACE || !FROM_PDFKIT.test(args.importer)) return undefined;
        return { path: args.path, namespace: NAMESPACE, pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: standIn(args.path),
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
      }));
    },
  };
}
