import type { SourceRef } from '../../core/model/source-ref.js';
import { InputError } from '../input-error.js';
import type { SourceBlock, SourceCell } from '../source-document.js';
import { cellName, type CellRange } from './cell-address.js';
import { cellKey } from './cell-key.js';

/** A cell as the reader shows it. */
export interface ShownCell {
  row: number;
  col: number;
  text: string;
  bordered: boolean;
}

const MAX_COVERED = 1_000_000;
const MAX_TABLE_CELLS = 5_000_000;

/**
 * Splits what a worksheet shows into blocks: tables are runs of rows separated
 * by fully empty rows (no text, no borders); a table's leading rows that hold a
 * single text cell merged across the table (or unbordered), such as
 * "项目支出绩效自评表", become paragraphs before it, and unbordered single-text
 * rows at its end paragraphs after it. A run with no row of two texts and no
 * borders is plain paragraphs. Merged cells keep their text in the top-left
 * cell and "" in the others; columns are trimmed to those holding text.
 *
 * Provenance: a table cell is { file, sheet, cell, table, row, column }, a
 * paragraph { file, sheet, cell }. `firstTable` numbers the tables.
 */
export function sheetBlocks(
  shown: readonly ShownCell[],
  merges: readonly CellRange[],
  where: { file: string; sheet: string; firstTable: number },
): { blocks: SourceBlock[]; refs: Map<number, SourceRef>; notes: string[] } {
  const notes: string[] = [];
  const byRow = new Map<number, ShownCell[]>();
  const byKey = new Map<number, ShownCell>();
  let maxRow = 0;
  let maxCol = 0;
  for (const cell of shown) {
    if (cell.text === '' && !cell.bordered) continue;
    let list = byRow.get(cell.row);
    if (!list) byRow.set(cell.row, (list = []));
    list.push(cell);
    byKey.set(cellKey(cell.row, cell.col), cell);
    maxRow = Math.max(maxRow, cell.row);
    maxCol = Math.max(maxCol, cell.col);
  }
  // Merged ranges, clipped to the used area; a merge starting at a cell that shows something spans its rows.
  const covered = new Set<number>();
  const mergeAt = new Map<number, CellRange>();
  let coveredCount = 0;
  for (const m of merges) {
    const range = { top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) };
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area <= 1) continue;
    if (coveredCount + area > MAX_COVERED) {
      notes.push(`工作表“${where.sheet}”的合并单元格 ${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)} 范围过大，已按未合并处理。`);
      continue;
    }
    coveredCount += area;
    mergeAt.set(cellKey(range.top, range.left), range);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) covered.add(cellKey(r, c));
    }
  }
  const textAt = (r: number, c: number): string => (covered.has(cellKey(r, c)) ? '' : (byKey.get(cellKey(r, c))?.text ?? ''));

  const occupied = new Set(byRow.keys());
  // Rows a merged cell showing text reaches into belong to its table, even when they show nothing else.
  const spanned = new Set<number>();
  for (const [key, range] of mergeAt) {
    if (!byKey.has(key)) continue;
    for (let r = range.top; r <= range.bottom; r++) occupied.add(r);
    if (byKey.get(key)!.text !== '') for (let r = range.top + 1; r <= range.bottom; r++) spanned.add(r);
  }
  const rows = [...occupied].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rows) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === r - 1) run.push(r);
    else runs.push([r]);
  }

  const blocks: SourceBlock[] = [];
  const refs = new Map<number, SourceRef>();
  let table = where.firstTable;
  const texts = (r: number): ShownCell[] => (byRow.get(r) ?? []).filter((c) => textAt(c.row, c.col) !== '');
  const paragraph = (cell: ShownCell): void => {
    const at: SourceRef = { file: where.file, sheet: where.sheet, cell: cellName(cell.row, cell.col) };
    refs.set(cellKey(cell.row, cell.col), at);
    blocks.push({ kind: 'paragraph', text: cell.text, at });
  };

  const shows = (r: number): boolean => texts(r).length > 0 || spanned.has(r);
  for (const whole of runs) {
    let first = 0;
    let last = whole.length;
    while (first < last && !shows(whole[first]!)) first++;
    while (last > first && !shows(whole[last - 1]!)) last--;
    if (first === last) continue;
    const run = whole.slice(first, last);
    let left = Infinity;
    let right = 0;
    for (const r of run) {
      for (const c of texts(r)) {
        left = Math.min(left, c.col);
        right = Math.max(right, mergeAt.get(cellKey(c.row, c.col))?.right ?? c.col);
      }
    }
    const width = right - left + 1;
    const bordered = run.some((r) => (byRow.get(r) ?? []).some((c) => c.bordered));
    if (!bordered && !run.some((r) => texts(r).length >= 2)) {
      for (const r of run) for (const c of texts(r)) paragraph(c);
      continue;
    }
    // A lone text in a row: a title when merged across the table, or outside the borders of a bordered table.
    const lone = (r: number, atEnd: boolean): ShownCell | undefined => {
      const t = texts(r);
      if (t.length !== 1 || spanned.has(r)) return undefined;
      const cell = t[0]!;
      const merge = mergeAt.get(cellKey(cell.row, cell.col));
      const spansTable = !atEnd && merge !== undefined && merge.left <= left && merge.right >= right && merge.bottom === merge.top;
      const rowBordered = (byRow.get(r) ?? []).some((c) => c.bordered && !covered.has(cellKey(c.row, c.col)));
      return spansTable || (bordered && !rowBordered) ? cell : undefined;
    };
    let start = 0;
    let end = run.length;
    let lastWithTwo = run.length - 1;
    while (lastWithTwo >= 0 && texts(run[lastWithTwo]!).length < 2) lastWithTwo--;
    while (start < lastWithTwo && lone(run[start]!, false)) paragraph(lone(run[start++]!, false)!);
    const trailing: ShownCell[] = [];
    while (end - start > 1 && lone(run[end - 1]!, true)) trailing.unshift(lone(run[--end]!, true)!);
    const top = run[start]!;
    const bottom = run[end - 1]!;
    if ((bottom - top + 1) * width > MAX_TABLE_CELLS) {
      throw new InputError(where.file, 'too-large', `工作表“${where.sheet}”中的表格过大（${bottom - top + 1} 行 × ${width} 列），无法作为报告读取。`);
    }
    table++;
    const grid: SourceCell[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: SourceCell[] = [];
      for (let c = left; c <= right; c++) {
        const at: SourceRef = { file: where.file, sheet: where.sheet, cell: cellName(r, c), table, row: r - top + 1, column: c - left + 1 };
        refs.set(cellKey(r, c), at);
        row.push({ text: textAt(r, c), at });
      }
      grid.push(row);
    }
    blocks.push({ kind: 'table', rows: grid, at: { file: where.file, sheet: where.sheet, cell: cellName(top, left), table } });
    for (const cell of trailing) paragraph(cell);
  }
  return { blocks, refs, notes };
}
