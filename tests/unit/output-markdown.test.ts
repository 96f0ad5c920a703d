/** The Markdown output: CommonMark that renders to the CV's text, with no raw HTML. */
import MarkdownIt from 'markdown-it';
import { emitMarkdown } from '../../src/outputs/markdown/emit-markdown.js';
import { doc, para, run } from '../helpers/typeset-docs.js';
import { bold, sampleDoc } from '../helpers/output-docs.js';

// html: true, so that raw HTML in the output would show up as html tokens.
const md = new MarkdownIt({ html: true, linkify: false });

/** Every token of the rendered document, inline children included. */
function tokens(source: string) {
  return md.parse(source, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** The text a reader sees: rendered HTML with tags dropped and entities decoded. */
function rendered(source: string): string {
  return md
    .render(source)
    .replace(/<\/?(em|strong|a|code|s)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const out = emitMarkdown(sampleDoc());

describe('emitMarkdown', () => {
  it('makes the name the one # heading and sections ## headings', () => {
    const headings = tokens(out).filter((t) => t.type === 'heading_open').map((t) => t.tag);
    expect(headings).toEqual(['h1', 'h2', 'h2']);
    expect(out.startsWith('# Jane Doe\n')).toBe(true);
  });

  it('renders links, bold and the bullets as Markdown, and no raw HTML', () => {
    const html = md.render(out);
    expect(html).toContain('<a href="mailto:jane@example.org">jane@example.org</a>');
    expect(html).toContain('<strong>Jane Doe*</strong>');
    expect(html).toContain('<li>Built a graph explorer used by 3 teams.</li>');
    expect(tokens(out).filter((t) => t.type.startsWith('html'))).toEqual([]);
  });

  it('keeps the publication labels, escaped so they are not links', () => {
    expect(out).toContain('- \\[C2\\] **Seeing Graphs: A Study**\\');
    expect(rendered(out)).toContain('[C2] Seeing Graphs: A Study Jane Doe*, Sam Roe*, and Ann Poe Proc. of VIS, 2021');
  });

  it('puts the dates after the title', () => {
    expect(out).toContain('**Research Intern**\u2002*May 2020 – Present*\\\n*Example Labs*, Springfield');
    expect(rendered(out).replace(/\s+/g, ' ')).toContain('Research Intern May 2020 – Present Example Labs, Springfield');
  });

  it('escapes every character that Markdown would read as markup', () => {
    const nasty = '*not bold* _nor this_ <b>tag</b> [link](x) `code` &amp; \\ ~~gone~~ # not heading';
    const lines = ['# Title', '- not a list', '1. not numbered', '> not a quote', '+ plus', '=== ', '<div>block</div>'];
    const src = emitMarkdown(doc([para(nasty), ...lines.map((l) => para(l)), para([bold('Owner_Name*'), run(' and '), run('a|b', { font: 'italic' })])]));
    const toks = tokens(src);
    expect(toks.filter((t) => ['html_block', 'html_inline', 'em_open', 'strong_open', 'link_open', 'code_inline', 's_open', 'heading_open', 'bullet_list_open', 'ordered_list_open', 'blockquote_open', 'hr'].includes(t.type)).map((t) => t.type)).toEqual(['strong_open', 'em_open']);
    const seen = rendered(src);
    expect(seen).toContain(nasty);
    for (const l of lines) expect(seen).toContain(l.trim());
    expect(seen).toContain('Owner_Name* and a|b');
  });

  it('is deterministic', () => {
    expect(emitMarkdown(sampleDoc())).toBe(out);
  });
});
