import type { SourceRef } from '../../core/model/source-ref.js';
import type { SourceCell } from '../source-document.js';
import { cleanText, plainLines, trimCell } from './html-fragments.js';

/**
 * A tab-separated line of a text: its cleaned cells, and where it stands,
 * shared by the cells for their sources. Its table and row are 0 until the
 * reader adds it to a table.
 */
export interface TextRow {
  cells: SourceCell[];
  file: string;
  line: number;
  table: number;
  row: number;
}

/**
 * A cell of a tab-separated row whose source is made when first asked for:
 * most cells of a report are never cited in a finding or kept as provenance.
 */
export class TextCell implements SourceCell {
  private source: SourceRef | undefined;
  constructor(
    readonly text: string,
    private readonly place: TextRow,
    private readonly column: number,
  ) {}

  get at(): SourceRef {
    const p = this.place;
    this.source ??= { file: p.file, line: p.line, table: p.table, row: p.row, column: this.column };
    return this.source;
  }
}

/**
 * The lines of a text, and the row of each line holding a tab.
 * `rows[i]` holds the cells of `lines[i].split('\t')`, cleaned, for such a line; undefined for the others.
 * `plain[i]` is onlyTrimNeeded(lines[i]).
 */
export interface LinesAndCells {
  lines: string[];
  rows: (TextRow | undefined)[];
  plain: boolean[];
}

/**
 * Splits a text into lines (at "\r\n", "\r" or "\n") and its table rows into
 * cells. A row is found by one search for the next tab from the line's start;
 * its cells are then cut from the whole text at the tabs found by walking the
 * row's characters. Splitting the whole text at its tabs instead made a string
 * of every stretch between two tabs, paragraphs included, in the engine's
 * runtime, and cut the first and last cell of each row a second time.
 */
export function linesAndCells(text: string, file: string): LinesAndCells {
  // A plain split is several times faster than the regular expression, and most files have Unix line ends.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = lf.split('\n');
  const rows: (TextRow | undefined)[] = new Array(lines.length);
  const plain = plainLines(lf, lines);
  // Where line i starts in `lf`, and the first tab at or after it (-1 when none is left).
  let start = 0;
  let tab = lf.indexOf('\t');
  for (let i = 0; i < lines.length && tab >= 0; i++) {
    const end = start + (lines[i] as string).length;
    if (tab < end) rows[i] = rowOf(lf, start, tab, end, plain[i] as boolean, file, i + 1);
    start = end + 1;
    if (tab < start) tab = lf.indexOf('\t', start);
  }
  return { lines, rows, plain };
}

/** The row of the line lf[start, end), whose first tab is at `tab`; `plain` when the line needs no more than trimming. */
function rowOf(lf: string, start: number, tab: number, end: number, plain: boolean, file: string, line: number): TextRow {
  const row: TextRow = { cells: [], file, line, table: 0, row: 0 };
  const cells = row.cells;
  let from = start;
  for (let j = tab; j < end; j++) {
    if (lf.charCodeAt(j) !== 9) continue;
    cells.push(new TextCell(cellText(lf.slice(from, j), plain), row, cells.length + 1));
    from = j + 1;
  }
  cells.push(new TextCell(cellText(lf.slice(from, end), plain), row, cells.length + 1));
  return row;
}

/** A cell's text cleaned; `plain` when its row needs no more than trimming (onlyTrimNeeded). */
function cellText(raw: string, plain: boolean): string {
  return plain ? trimCell(raw) : cleanText(raw);
}

/**
 * isBlank of a row's line. A row holding a cell with text is not blank (nearly every row is told at its
 * first cells); the cells of a row needing no more than trimming (`plain`) are its line cut at its tabs
 * and trimmed, and trim removes what \s matches: then it is blank when every cell is empty.
 */
export function isBlankRow(row: TextRow, line: string, plain: boolean): boolean {
  for (const cell of row.cells) if (cell.text !== '') return false;
  return plain || /^\s*$/.test(line);
}
