import type { TextEnd } from './grid-text.js';
import { maxOf } from '../../core/util/arrays.js';

/**
 * Word and LibreOffice let a table row break across a page end: the row's
 * tallest cells go on at the top of the next page, under the repeated
 * header, as what looks like a row of its own. This decides whether the
 * first row of a continuation finishes the last row of the previous page.
 *
 * Nothing in a PDF says so outright; all of these must hold:
 * - the new row has text only in columns where the last row has text, and
 *   none of it is a bare number (numbers do not wrap);
 * - each of those cells of the last row is full: its text starts at the top
 *   of the row, comes down to the bottom border and is the lowest text of
 *   the row (a cut cell is filled to where the page ended; a centred label
 *   or a short cell beside a tall one is not). Half a line or more of room
 *   below the text counts as a whole row: producers do leave such room when
 *   they move a cell's next paragraph to the next page, but a wrong join
 *   (two indicator names run together) does more harm than a row left in
 *   two parts;
 * - the last row ends within about a line of the lowest content of the pages.
 *
 * Example: "保障强制隔离戒毒" at the foot of page 8 and a row holding only
 * "人员基本医疗" on page 9 make one cell "保障强制隔离戒毒人员基本医疗".
 */
export interface CutRow {
  cells: readonly string[];
  /** Where the text of each cell that starts in the row ends (see PageTable.lastRowEnds). */
  ends: readonly (TextEnd | undefined)[];
  /** The row's top and bottom borders. */
  top: number;
  bottom: number;
}

const NUMBER = /^[<>=≥≤＞＜]?[-+]?\d[\d,.]*\s*[%‰]?$/;
/** Cell padding, border and leading allowed between a cell's border and its text (points). */
const SLACK = 4;

export function continuesRow(last: CutRow, next: readonly string[], bodyBottom: number): boolean {
  const continued = next.flatMap((text, c) => (text.trim() === '' ? [] : [c]));
  if (continued.length === 0) return false;
  const lowest = maxOf(last.ends.map((e) => e?.bottom ?? -Infinity));
  let size = 0;
  for (const c of continued) {
    const end = last.ends[c];
    if (!end || (last.cells[c] ?? '').trim() === '' || NUMBER.test(next[c]!.trim())) return false;
    if (end.top - last.top > 0.5 * end.size + SLACK) return false;
    if (last.bottom - end.bottom > 0.5 * end.size + SLACK) return false;
    if (end.bottom < lowest - 0.6 * end.size) return false;
    size = Math.max(size, end.size);
  }
  return bodyBottom - last.bottom <= 2.5 * size + SLACK;
}
