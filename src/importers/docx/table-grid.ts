import type { RawCell, RawTable } from './raw-document.js';

/**
 * Lays a Word table out on its grid the way a reader sees it: a cell spanning
 * columns (w:gridSpan) or continuing a vertical merge (w:vMerge) leaves ""
 * in every grid cell it covers except its top-left one, columns skipped by
 * w:gridBefore/w:gridAfter are "", and short rows are padded, so all rows have
 * the same length (the widest row's; w:tblGrid may list columns no row uses).
 *
 * Example: a header row [A (gridSpan 2), B] over a row [x, y, z] gives
 * [['A', '', 'B'], ['x', 'y', 'z']].
 */
export function layOutTable(table: RawTable, cellText: (cell: RawCell) => string): string[][] {
  const rows = table.rows.map((row) => {
    const out: string[] = new Array<string>(row.before).fill('');
    for (const cell of row.cells) {
      out.push(cell.continuation ? '' : cellText(cell));
      for (let i = 1; i < cell.span; i++) out.push('');
    }
    for (let i = 0; i < row.after; i++) out.push('');
    return out;
  });
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}
