// Runs before `npm test`: the integration tests read PDFs back with qpdf and
// poppler-utils, and load the HTML output in Debian's chromium (driven by
// playwright-core; no browser is ever downloaded). On a fresh Debian machine
// where we are root, install them; anywhere else, say exactly what is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = { qpdf: 'qpdf', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdffonts: 'poppler-utils', pdftoppm: 'poppler-utils', pdftohtml: 'poppler-utils', chromium: 'chromium' };
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
// Files the tests read: a Hangul font for the Korean CV test (a fallback in a user layout; never bundled).
const files = { '/usr/share/fonts/truetype/nanum/NanumGothic.ttf': 'fonts-nanum' };
const missing = [...new Set([
  ...Object.entries(tools).filter(([cmd]) => !has(cmd)).map(([, pkg]) => pkg),
  ...Object.entries(files).filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg),
])];
if (missing.length === 0) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && has('apt-get')) {
  console.error(`installing ${missing.join(' ')} for the PDF and HTML tests...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`, { stdio: 'inherit', shell: '/bin/sh' });
  process.exit(0);
}
console.error(`The tests need ${missing.join(' and ')}: install them (e.g. sudo apt-get install ${missing.join(' ')}) and run npm test again.`);
process.exit(1);
