import { charSpans } from './char-width.js';
import { fillGrid, type PageTable } from './grid-text.js';
import { splitAtGaps, type TextLine } from './text-lines.js';
import { maxOf, minOf } from '../../core/util/arrays.js';

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
    for (const { table, rows } of tablesIn(page, block)) {
      tables.push(table);
      for (const line of rows) inTable.add(line);
    }
  }
  return { tables, rest: lines.filter((l) => !inTable.has(l)) };
}

/** Lines further apart than this many line heights are not rows of one table. */
const MAX_ROW_PITCH = 2.5;

/** Runs of consecutive close lines. */
function candidateBlocks(lines: readonly TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev && line.baseline - prev.baseline > MAX_ROW_PITCH * Math.max(prev.size, line.size)) {
      blocks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function isSplit(line: TextLine): boolean {
  return splitAtGaps(line).length >= 2;
}

/** Trims a block to start and end with a line that has several pieces; undefined when fewer than two such lines remain. */
function trim(block: readonly TextLine[]): TextLine[] | undefined {
  const first = block.findIndex(isSplit);
  const last = block.findLastIndex(isSplit);
  return first >= 0 && last > first ? block.slice(first, last + 1) : undefined;
}

/**
 * The tables in a block of lines. A line that runs text through a channel
 * (prose, not a row whose cells pdf.js merged across a narrow gap) cannot be
 * part of the table: the block is cut there and each part tried again.
 */
function tablesIn(page: number, block: readonly TextLine[]): { table: PageTable; rows: TextLine[] }[] {
  const rows = trim(block);
  if (!rows) return [];
  const channels = channelsOf(rows.filter(isSplit));
  if (channels.length === 0) return [];
  const cut = rows.findIndex((line) => !isSplit(line) && crossesChannel(line, channels));
  if (cut >= 0) return [...tablesIn(page, rows.slice(0, cut)), ...tablesIn(page, rows.slice(cut + 1))];
  // Most lines must use the channels: prose that happens to have one wide gap does not.
  if (rows.filter(isSplit).length < rows.length / 2) return [];
  return [{ table: tableOf(page, rows, channels), rows }];
}

interface Channel {
  left: number;
  right: number;
}

/** The white channels between the pieces of the lines, left to right. */
function channelsOf(lines: readonly TextLine[]): Channel[] {
  const pieces = lines
    .flatMap((line) => splitAtGaps(line).map((runs) => ({ left: minOf(runs.map((r) => r.x)), right: maxOf(runs.map((r) => r.x + r.width)) })))
    .sort((a, b) => a.left - b.left);
  const columns: { left: number; right: number }[] = [];
  for (const p of pieces) {
    const last = columns[columns.length - 1];
    if (last && p.left <= last.right) last.right = Math.max(last.right, p.right);
    else columns.push({ ...p });
  }
  const channels: Channel[] = [];
  for (let i = 1; i < columns.length; i++) channels.push({ left: columns[i - 1]!.right, right: columns[i]!.left });
  return channels;
}

/**
 * Whether a character (not a space) of the line sits inside a channel. The
 * character positions of a merged run are estimates, so the channel's edges
 * (a fifth of an em each side) do not count.
 */
function crossesChannel(line: TextLine, channels: readonly Channel[]): boolean {
  return line.runs.some((run) =>
    charSpans(run.text, run.width).some((span) => {
      if (/\s/.test(span.char)) return false;
      const middle = run.x + span.x + span.width / 2;
      const margin = 0.2 * run.size;
      return channels.some((c) => middle > c.left + margin && middle < c.right - margin);
    }),
  );
}

function tableOf(page: number, rows: readonly TextLine[], channels: readonly Channel[]): PageTable {
  const left = minOf(rows.map((l) => l.left)) - 1;
  const right = maxOf(rows.map((l) => l.right)) + 1;
  const xs = [left, ...channels.map((c) => (c.left + c.right) / 2), right];
  const ys = [rows[0]!.top - 1];
  for (let i = 1; i < rows.length; i++) ys.push((rows[i - 1]!.baseline + rows[i]!.top) / 2);
  ys.push(rows[rows.length - 1]!.bottom + 1);
  const regions = rows.map((_, r) => channels.concat([{ left: 0, right: 0 }]).map((_, c) => r * (channels.length + 1) + c));
  const { rows: cells } = fillGrid({ xs, ys, regions }, rows.flatMap((l) => l.runs));
  return { page, box: { left, top: ys[0]!, right, bottom: ys[ys.length - 1]! }, xs, rows: cells };
}
