import { fillGrid, type PageTable } from './grid-text.js';
import { splitAtGaps, type TextLine } from './text-lines.js';

/**
 * Tables drawn without ruling lines, found by the alignment of their text:
 * consecutive lines broken by wide gaps (at least one em) into pieces whose
 * horizontal extents, taken together, leave clear vertical channels of white
 * space. Each channel separates two columns; each line is a row.
 *
 * Example: "项目  全年预算数  执行率" above "基本支出  6340.13  93.55%" gives a
 * table of 2 rows and 3 columns.
 *
 * Not handled: a cell wrapping onto a second line (it becomes a row of its own),
 * and a header row whose cells are centred over several columns.
 */
export function alignedTables(page: number, lines: readonly TextLine[]): { tables: PageTable[]; rest: TextLine[] } {
  const tables: PageTable[] = [];
  const inTable = new Set<TextLine>();
  for (const block of candidateBlocks(lines)) {
    const table = tableOf(page, block);
    if (!table) continue;
    tables.push(table);
    for (const line of block) inTable.add(line);
  }
  return { tables, rest: lines.filter((l) => !inTable.has(l)) };
}

/** Lines further apart than this many line heights are not rows of one table. */
const MAX_ROW_PITCH = 2.5;

/** Runs of consecutive close lines, trimmed to start and end with a line that has several pieces. */
function candidateBlocks(lines: readonly TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let current: TextLine[] = [];
  const close = (): void => {
    const first = current.findIndex(isSplit);
    const last = current.findLastIndex(isSplit);
    if (first >= 0 && last > first) blocks.push(current.slice(first, last + 1));
    current = [];
  };
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev && line.baseline - prev.baseline > MAX_ROW_PITCH * Math.max(prev.size, line.size)) close();
    current.push(line);
  }
  close();
  return blocks;
}

function isSplit(line: TextLine): boolean {
  return splitAtGaps(line).length >= 2;
}

function tableOf(page: number, block: TextLine[]): PageTable | undefined {
  const pieces = block.flatMap((line) =>
    splitAtGaps(line).map((runs) => ({ left: Math.min(...runs.map((r) => r.x)), right: Math.max(...runs.map((r) => r.x + r.width)) })),
  );
  pieces.sort((a, b) => a.left - b.left);
  const columns: { left: number; right: number }[] = [];
  for (const p of pieces) {
    const last = columns[columns.length - 1];
    if (last && p.left <= last.right) last.right = Math.max(last.right, p.right);
    else columns.push({ ...p });
  }
  if (columns.length < 2) return undefined;
  // Most lines must use the channels: prose that happens to have one wide gap does not.
  const splitLines = block.filter(isSplit).length;
  if (splitLines < 2 || splitLines < block.length / 2) return undefined;

  const xs = [columns[0]!.left - 1];
  for (let i = 1; i < columns.length; i++) xs.push((columns[i - 1]!.right + columns[i]!.left) / 2);
  xs.push(columns[columns.length - 1]!.right + 1);
  const ys = [block[0]!.top - 1];
  for (let i = 1; i < block.length; i++) ys.push((block[i - 1]!.baseline + block[i]!.top) / 2);
  ys.push(block[block.length - 1]!.bottom + 1);
  const regions = block.map((_, r) => xs.slice(1).map((_, c) => r * (xs.length - 1) + c));
  const { rows } = fillGrid({ xs, ys, regions }, block.flatMap((l) => l.runs));
  const box = { left: xs[0]!, top: ys[0]!, right: xs[xs.length - 1]!, bottom: ys[ys.length - 1]! };
  return { page, box, xs, rows };
}
