import type { SourceDocument } from '../source-document.js';
import { isSpaceAlignedRow } from './table-traces.js';

/**
 * The tab-separated widths of the last `n` lines of a text: how many cells
 * each line holding a tab has, before the last line, and the last line's
 * (0 when it holds no tab). Read in place, without cutting the lines out.
 */
export function lastLineWidths(text: string, n: number): { widths: number[]; last: number } {
  let start = text.length;
  for (let k = 0; k < n && start > 0; k++) start = text.lastIndexOf('\n', start - 1);
  const widths: number[] = [];
  let tabs = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 10) {
      if (tabs > 0) widths.push(tabs + 1);
      tabs = 0;
    }
  }
  return { widths, last: tabs > 0 ? tabs + 1 : 0 };
}

/** More `<table` than `</table>` tags, counted in one pass over the text. */
function tableLeftOpen(text: string): boolean {
  let open = 0;
  const tags = /<(?:table\b|\/table>)/gi;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) open += m[0].charAt(1) === '/' ? -1 : 1;
  return open > 0;
}

/**
 * Whether a text report stops in the middle of something: an HTML table
 * never closed, a last table row shorter than every other row of its table
 * (cut mid-row; extractions here keep trailing empty cells), or a last long
 * paragraph ending mid-sentence with no final newline. Returns the reason in
 * Chinese, or null.
 */
export function truncationOf(text: string, doc: SourceDocument): string | null {
  if (tableLeftOpen(text)) return '文件末尾的表格没有结束（缺少 </table>），文件可能被截断。';
  // A final newline, or a form feed (pdftotext ends every page with one), ends the text properly.
  if (text.endsWith('\n') || text.endsWith('\f')) return null;
  const last = doc.blocks[doc.blocks.length - 1];
  if (!last) return null;
  if (last.kind === 'table') {
    // The table's own lines, read back from the end of the text (the rows are padded, the lines are not).
    const { widths, last: cells } = lastLineWidths(text, last.rows.length + 1);
    if (cells > 0 && widths.length >= 2 && widths.every((w) => w === widths[0]) && cells < (widths[0] ?? 0)) {
      return `最后一行表格只有 ${cells} 列，而该表其余各行都是 ${widths[0]} 列，文件可能在表格中间被截断。`;
    }
    return null;
  }
  // A last line of space-aligned columns ends a table, not a sentence.
  if (last.kind === 'paragraph' && last.text.length > 20 && !/[。！？；：!?;:…”」）)]$/.test(last.text) && !/\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/.test(last.text) && !isSpaceAlignedRow(text.slice(text.lastIndexOf('\n') + 1))) {
    return '文件在一句话的中间结束，可能被截断。';
  }
  return null;
}
