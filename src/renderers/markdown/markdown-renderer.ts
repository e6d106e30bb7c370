import type { Grid } from '../layout/grid.js';
import type { DocBlock, ReportDocument } from '../layout/report-document.js';

/**
 * The report as Markdown: headings for the title and sections, paragraphs,
 * and each attachment as a pipe table on the full grid (Markdown has no
 * merged cells: a merged cell's text stands in its top-left cell, the cells
 * it covers are empty, as jixiao's readers give tables).
 */
export function renderMarkdown(doc: ReportDocument): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'title':
      return `# ${b.text}`;
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${b.text}`;
    case 'paragraph':
      return escapeLine(b.text);
    case 'attachmentList':
      return ['附件：', '', ...b.items.map((i) => `- ${i}`)].join('\n');
    case 'attachment':
      return [`**${b.number}**`, '', `### ${b.caption}`, '', table(b.grid)].join('\n');
  }
}

/** The grid with merges resolved into a full rectangle. */
export function fullGrid(grid: Grid): string[][] {
  const width = grid.widths.length;
  const out: string[][] = grid.rows.map(() => new Array<string>(width).fill(''));
  grid.rows.forEach((row, r) => {
    for (const c of row) {
      const line = out[r];
      if (line) line[c.col] = c.text;
    }
  });
  return out;
}

function table(grid: Grid): string {
  const rows = fullGrid(grid).map((row) => `| ${row.map((t) => t.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`);
  const rule = `|${grid.widths.map(() => ' --- ').join('|')}|`;
  const [first, ...rest] = rows;
  return [first ?? '', rule, ...rest].join('\n');
}

/** A paragraph starting like Markdown syntax ("1. ", "# ") is not meant as a list or a heading. */
function escapeLine(text: string): string {
  return text.replace(/^(\d+)\. /, '$1\\. ').replace(/^([#>*+-]) /, '\\$1 ');
}
