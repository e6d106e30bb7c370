import type { Grid, GridCell } from '../layout/grid.js';

/**
 * A grid as a WordprocessingML table (w:tbl), written directly: the attachment
 * tables are nine tenths of a report's elements, and building them as docx
 * objects took most of the time of a render. Borders single 0.75 pt, fixed
 * layout on the column grid, rows kept on one page, merged cells as
 * w:gridSpan and w:vMerge (a cell merged down leaves a continuation cell in
 * each row below, as Word writes it), text in the 'TableText' paragraph style.
 */
export function tableXml(grid: Grid, tableWidth: number): string {
  const total = grid.widths.reduce((s, w) => s + w, 0);
  const widths = grid.widths.map((w) => Math.round((w / total) * tableWidth));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>`;
  const out: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${widths.reduce((s, w) => s + w, 0)}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  ];
  const width = widths.length;
  /** Columns still covered by a cell merged down from a row above: start column → rows left and span. */
  const down = new Map<number, { rows: number; span: number }>();
  for (const row of grid.rows) {
    out.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    const starts = new Map<number, GridCell>(row.map((c) => [c.col, c]));
    for (let col = 0; col < width; ) {
      const covered = down.get(col);
      if (covered) {
        out.push(cellXml(spanWidth(widths, col, covered.span), covered.span, 'continue', null));
        if (--covered.rows === 0) down.delete(col);
        col += covered.span;
        continue;
      }
      const c = starts.get(col);
      const span = Math.max(1, c?.colSpan ?? 1);
      const rows = Math.max(1, c?.rowSpan ?? 1);
      if (rows > 1) down.set(col, { rows: rows - 1, span });
      out.push(cellXml(spanWidth(widths, col, span), span, rows > 1 ? 'restart' : null, c ?? null));
      col += span;
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
  return out.join('');
}

function spanWidth(widths: number[], col: number, span: number): number {
  let w = 0;
  for (let i = col; i < col + span; i++) w += widths[i] ?? 0;
  return w;
}

function cellXml(width: number, span: number, merge: 'restart' | 'continue' | null, c: GridCell | null): string {
  const props = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (span > 1) props.push(`<w:gridSpan w:val="${span}"/>`);
  if (merge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  else if (merge === 'continue') props.push('<w:vMerge/>');
  const lines = c && c.text !== '' ? c.text.split('\n') : [];
  if (lines.length > 0) props.push('<w:vAlign w:val="center"/>');
  const jc = c?.style === 'text' ? 'left' : 'center';
  const paragraphs = lines.length === 0
    ? '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>'
    : lines.map((line) => `<w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="${jc}"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${paragraphs}</w:tc>`;
}

function escapeXml(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    // Control characters XML 1.0 does not allow are left out rather than making the file unreadable.
    if (code < 0x20 && ch !== '\t') continue;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
  }
  return out;
}
