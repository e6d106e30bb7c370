import { cleanText } from './html-fragments.js';

/**
 * An HTML `<table>` as a full grid: rowspan and colspan resolved, the text in
 * the top-left cell and "" in the cells it covers. Tolerant of the loose HTML
 * PDF converters write (missing `</td>`, `<th>` for `<td>`).
 */
export interface HtmlGridCell {
  text: string;
  /** Offset of the cell's opening tag in the input, for source lines. */
  offset: number;
}

const TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
const MAX_SPAN = 200;

export function parseHtmlTable(html: string): HtmlGridCell[][] {
  const grid: (HtmlGridCell | null)[][] = [];
  const covered = new Map<string, true>();
  let row = -1;
  let col = 0;
  let open: { start: number; offset: number; rowSpan: number; colSpan: number; row: number; col: number } | null = null;

  const close = (end: number) => {
    if (!open) return;
    const text = cleanText(html.slice(open.start, end));
    place(open.row, open.col, { text, offset: open.offset });
    for (let r = 0; r < open.rowSpan; r++) {
      for (let c = 0; c < open.colSpan; c++) {
        if (r === 0 && c === 0) continue;
        place(open.row + r, open.col + c, { text: '', offset: open.offset });
        covered.set(`${open.row + r},${open.col + c}`, true);
      }
    }
    open = null;
  };
  const place = (r: number, c: number, cell: HtmlGridCell) => {
    while (grid.length <= r) grid.push([]);
    const line = grid[r] as (HtmlGridCell | null)[];
    while (line.length <= c) line.push(null);
    if (line[c] === null || line[c] === undefined) line[c] = cell;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'tr') {
      close(m.index);
      if (!closing) {
        row++;
        col = 0;
      }
    } else if (name === 'td' || name === 'th') {
      close(m.index);
      if (closing) continue;
      if (row < 0) row = 0;
      while (covered.has(`${row},${col}`)) col++;
      const attrs = m[3] ?? '';
      const rowSpan = span(attrs, 'rowspan');
      const colSpan = span(attrs, 'colspan');
      open = { start: m.index + m[0].length, offset: m.index, rowSpan, colSpan, row, col };
      col += colSpan;
    } else if (name === 'table' && closing) {
      close(m.index);
    }
  }
  close(html.length);
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => {
    const full: HtmlGridCell[] = [];
    for (let c = 0; c < width; c++) full.push(r[c] ?? { text: '', offset: r.find((x) => x)?.offset ?? 0 });
    return full;
  });
}

function span(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = m ? parseInt(m[1] ?? '1', 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
