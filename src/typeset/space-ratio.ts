import type { Measurer, PageTree, TextItem } from './types.js';

/** One justified line's interword space as a multiple of the face's natural space. */
export interface SpaceRatio {
  ratio: number;
  page: number;
  text: string;
}

/** The loosest and the tightest justified line of a PageTree; undefined when no line was stretched or shrunk. */
export interface SpaceRatioReport {
  loosest?: SpaceRatio;
  tightest?: SpaceRatio;
  /** Justified lines looked at. */
  lines: number;
}

/**
 * How far justification moved the spaces: for every text item with word
 * spacing, (natural space + wordSpacing) / natural space. TeX's goal for
 * good type is roughly 0.8–1.5; the bench prints this for every layout.
 * Measured on the PageTree, so it is what the PDF shows.
 */
export function spaceRatios(tree: PageTree, measurer: Measurer): SpaceRatioReport {
  const report: SpaceRatioReport = { lines: 0 };
  for (const page of tree.pages) {
    for (const item of page.items) {
      if (item.kind !== 'text' || item.wordSpacing === 0 || !item.text.includes(' ')) continue;
      const r = ratioOf(item, measurer, page.number);
      report.lines += 1;
      if (!report.loosest || r.ratio > report.loosest.ratio) report.loosest = r;
      if (!report.tightest || r.ratio < report.tightest.ratio) report.tightest = r;
    }
  }
  return report;
}

function ratioOf(item: TextItem, measurer: Measurer, page: number): SpaceRatio {
  const natural = measurer.width(' ', item.font, item.size);
  return { ratio: (natural + item.wordSpacing) / natural, page, text: item.text };
}
