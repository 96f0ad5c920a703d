import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCv, tempDir } from '../helpers/cli-run.js';
import { pdfPages } from '../helpers/pdf-read.js';

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

describe('a variant is one small file', () => {
  it('docs/examples/layouts/resume-industry.yaml, dropped into layouts/, builds an industry resume', async () => {
    const dir = tempDir('variant');
    const layouts = join(dir, 'layouts');
    mkdirSync(layouts);
    for (const f of readdirSync(repo('layouts'))) copyFileSync(join(repo('layouts'), f), join(layouts, f));
    copyFileSync(repo('docs/examples/layouts/resume-industry.yaml'), join(layouts, 'resume-industry.yaml'));
    const out = join(dir, 'out');
    const r = runCv(['build', '--layouts', layouts, '--layout', 'resume-industry', '--out', out]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    const text = (await pdfPages(join(out, 'haekyu-park-resume-industry.pdf'))).join('\n');
    // Industry and untagged entries stay; entries tagged only 'academic' go.
    expect(text).toContain('AI Infrastructure Software Intern');
    expect(text).not.toContain('Graduate Research Assistant');
    expect(text).not.toContain('Thank a Teacher');
    // The plain resume has both: the tags made the difference.
    const plain = runCv(['build', '--layouts', layouts, '--layout', 'resume', '--out', out]);
    expect(plain.status).toBe(0);
    const resume = (await pdfPages(join(out, 'haekyu-park-resume.pdf'))).join('\n');
    expect(resume).toContain('Graduate Research Assistant');
    expect(resume).toContain('Thank a Teacher');
  });
});
