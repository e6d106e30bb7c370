import type { PageContent, TextRun } from './geometry.js';
import { fillGrid, type PageTable } from './grid-text.js';
import { findRuleGrids } from './rule-grid.js';

/**
 * The tables a page draws with ruling lines, filled with the page's text,
 * and the runs left outside them. Grids holding no text at all (a frame
 * drawn for a signature, say) are not tables.
 */
export function ruledTables(page: PageContent): { tables: PageTable[]; rest: TextRun[] } {
  let rest: TextRun[] = page.runs;
  const tables: PageTable[] = [];
  for (const grid of findRuleGrids(page.rules)) {
    const { rows, used, lastRowEnds } = fillGrid(grid, rest);
    if (used.size === 0) continue;
    tables.push({ page: page.page, box: grid.box, xs: grid.xs, rows, lastRowEnds, lastRowTop: grid.ys[grid.ys.length - 2] });
    rest = rest.filter((r) => !used.has(r));
  }
  return { tables, rest };
}
