/**
 * A small CV as a DocTree, built by hand, for the txt, md and html output
 * tests: a name, a contact line with links, a section with an entry (title,
 * dates, bullets) and a numbered publication list with the owner in bold.
 */
import type { Block, DocTree, Run } from '../../src/compose/types.js';
import { doc, group, heading, item, list, para, rule, run } from './typeset-docs.js';

export const bold = (text: string, extra: Partial<Run> = {}): Run => run(text, { font: 'bold', ...extra });
export const italic = (text: string, extra: Partial<Run> = {}): Run => run(text, { font: 'italic', ...extra });

export function section(title: string, children: Block[]): Block {
  return group([heading(title, { runs: [run(title, { font: 'semibold', size: 12, color: '#1f3b63' })] }), rule(), ...children], {
    role: 'Sect',
    bookmark: { title, level: 1 },
  });
}

export function entry(children: Block[]): Block {
  return group(children, { keepTogether: true, spaceBefore: 5 });
}

export function dated(left: Run[], text: string, dates: string[]): Block {
  return { kind: 'row', left: para(left), right: para([run(text, { color: '#555b63', dates })], { align: 'right' }), gap: 10, spaceBefore: 0, spaceAfter: 0 };
}

/** The sample CV: every kind of block an output must handle. */
export function sampleDoc(): DocTree {
  return {
    ...doc([
      para([run('Jane Doe', { font: 'semibold', size: 24, color: '#1f3b63', noHyphenate: true })], { role: 'H1', leading: 26 }),
      para([
        run('jane@example.org', { link: 'mailto:jane@example.org', noHyphenate: true, size: 9 }),
        run('   ·   ', { size: 9, color: '#555b63' }),
        run('Google Scholar', { link: 'https://scholar.example.org/citations?user=jd', noHyphenate: true, size: 9 }),
      ], { spaceAfter: 9 }),
      section('Experience', [
        entry([
          dated([bold('Research Intern')], 'May 2020 – Present', ['2020-05', '']),
          para([italic('Example Labs'), run(', Springfield')]),
          list([item('•', para('Built a graph explorer used by 3 teams.')), item('•', para('Cut render time by 40%.'))]),
        ]),
      ]),
      section('Publications', [
        list(
          [
            item('[C2]', para([bold('Seeing Graphs: A Study')]), para([bold('Jane Doe', { noBreak: true }), bold('*'), run(', Sam Roe', { noBreak: true }), run('*'), run(', and Ann Poe')]), para([italic('Proc. of VIS'), run(', '), run('2021', { dates: ['2021'] })])),
            item('[C1]', para([bold('Earlier Work')]), para([bold('Jane Doe')]), para([run('doi:10.1000/xyz', { link: 'https://doi.org/10.1000/xyz', url: true })])),
          ],
          { numbered: true, labelWidth: 26, indent: 0 },
        ),
        para([italic('* Authors contributed equally.', { size: 9 })], { spaceBefore: 6 }),
      ]),
    ]),
    meta: { title: 'Jane Doe — Curriculum Vitae', author: 'Jane Doe', subject: 'Curriculum Vitae of Jane Doe', keywords: ['Jane Doe'], lang: 'en-GB' },
  };
}
