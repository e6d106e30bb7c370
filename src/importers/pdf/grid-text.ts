import type { Box, TextRun } from './geometry.js';
import { charSpans } from './char-width.js';
import { dropCjkLatinSpaces, joinBrokenLines } from './text-join.js';
import { groupLines } from './text-lines.js';
import { maxOf, minOf } from '../../core/util/arrays.js';

/** A table on one page: grid text with merged cells resolved, before provenance is attached. */
export interface PageTable {
  page: number;
  box: Box;
  /** Column boundaries, left to right (one more than there are columns). */
  xs: number[];
  /** Rows of equal length: a merged cell's text in its top-left cell, "" in the cells it covers. */
  rows: string[][];
  /**
   * For each cell of the last row that starts in that row and holds text:
   * where its text ends. Tells whether a row was cut by the page end (ruled
   * tables only).
   */
  lastRowEnds?: (TextEnd | undefined)[];
  /** The top border of the last row. */
  lastRowTop?: number;
}

/** How far a cell's text reaches: the top of its first line, the bottom of its last, and its font size. */
export interface TextEnd {
  top: number;
  bottom: number;
  size: number;
}

export interface GridShape {
  xs: number[];
  ys: number[];
  regions: number[][];
}

/**
 * Puts runs into the cells of a grid and returns each cell's text and the
 * runs it used. A run crossing a drawn border is split between the cells
 * (character positions are estimated: CJK characters one em, others half);
 * the lines of one cell are joined as a wrapped paragraph.
 *
 * Example: runs "项目" over the first column and "1.50" over the second of a
 * 1 × 2 grid give [["项目", "1.50"]].
 */
export function fillGrid(grid: GridShape, runs: readonly TextRun[]): { rows: string[][]; used: Set<TextRun>; lastRowEnds: (TextEnd | undefined)[] } {
  const { xs, ys, regions } = grid;
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  const pieces = new Map<number, TextRun[]>();
  const used = new Set<TextRun>();
  for (const run of runs) {
    const middle = run.y - run.size * 0.35;
    const center = run.x + run.width / 2;
    if (middle < ys[0]! || middle > ys[rowCount]! || center < xs[0]! || center > xs[colCount]!) continue;
    used.add(run);
    const row = indexOf(ys, middle);
    for (const piece of splitByColumn(run, xs)) {
      const region = regions[row]![piece.column]!;
      const list = pieces.get(region) ?? [];
      list.push(piece.run);
      pieces.set(region, list);
    }
  }
  const lastRow = regions[rowCount - 1]!;
  const lastRowEnds = lastRow.map((region, c) => {
    const list = pieces.get(region);
    // Only a cell that starts in the last row (not one merged down from above) can be cut there.
    if (!list || (rowCount > 1 && regions[rowCount - 2]![c] === region) || (c > 0 && lastRow[c - 1] === region)) return undefined;
    return { top: minOf(list.map((r) => r.y - r.size * 0.88)), bottom: maxOf(list.map((r) => r.y + r.size * 0.12)), size: maxOf(list.map((r) => r.size)) };
  });
  const seen = new Set<number>();
  const rows = regions.map((line) =>
    line.map((region) => {
      if (seen.has(region)) return '';
      seen.add(region);
      return cellText(pieces.get(region) ?? []);
    }),
  );
  return { rows, used, lastRowEnds };
}

/** Index of the track [edges[i], edges[i+1]) holding `value`, clamped to the grid. */
export function indexOf(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Cuts a run into the pieces that fall in each column. */
function splitByColumn(run: TextRun, xs: readonly number[]): { column: number; run: TextRun }[] {
  const out: { column: number; run: TextRun }[] = [];
  let current: { column: number; x: number; end: number; text: string } | undefined;
  const flush = (): void => {
    if (current && current.text.trim() !== '') {
      out.push({ column: current.column, run: { ...run, text: current.text.trim(), x: current.x, width: current.end - current.x } });
    }
  };
  for (const span of charSpans(run.text, run.width)) {
    const x = run.x + span.x;
    const column = indexOf(xs, x + span.width / 2);
    if (current && current.column === column) {
      current.text += span.char;
      current.end = x + span.width;
    } else {
      flush();
      current = { column, x, end: x + span.width, text: span.char };
    }
  }
  flush();
  return out;
}

/** The text of one cell: its lines top to bottom, joined as wrapped text, without spaces between CJK and Latin text. */
export function cellText(runs: readonly TextRun[]): string {
  return dropCjkLatinSpaces(groupLines(runs).reduce((text, line) => joinBrokenLines(text, line.text), ''));
}
