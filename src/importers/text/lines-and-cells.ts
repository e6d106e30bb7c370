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
 * cells. The whole text is cut at its tabs once and the cells taken from those
 * parts by their lengths: splitting each of a report's hundreds of rows on its
 * own costs a call into the engine per row, several times the cells' cost. The
 * cells are made here, straight from the parts, rather than from an array of
 * each row's raw texts that would only be copied.
 */
export function linesAndCells(text: string, file: string): LinesAndCells {
  // A plain split is several times faster than the regular expression, and most files have Unix line ends.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = lf.split('\n');
  const rows: (TextRow | undefined)[] = new Array(lines.length);
  const plain = plainLines(lf, lines);
  const parts = lf.split('\t');
  // Where the current line starts: at offset `at` of parts[p]. Every part but the last ends at a tab.
  let p = 0;
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const first = parts[p] as string;
    // A line that ends inside the current part, or in the last part, holds no tab.
    if (first.length - at > line.length || p === parts.length - 1) {
      at += line.length + 1;
      continue;
    }
    // What is left of the line after the tab ending `first`: whole parts as long as they end before
    // the line does (at a tab), then the beginning of the part `last` the line end falls in.
    let left = line.length - (first.length - at) - 1;
    let last = p + 1;
    for (; (parts[last] as string).length < left; last++) left -= (parts[last] as string).length + 1;
    const row: TextRow = { cells: new Array(last - p + 1), file, line: i + 1, table: 0, row: 0 };
    const clean = plain[i] as boolean;
    row.cells[0] = new TextCell(cellText(first.slice(at), clean), row, 1);
    for (let k = p + 1; k < last; k++) row.cells[k - p] = new TextCell(cellText(parts[k] as string, clean), row, k - p + 1);
    row.cells[last - p] = new TextCell(cellText((parts[last] as string).slice(0, left), clean), row, last - p + 1);
    rows[i] = row;
    p = last;
    at = left + 1;
  }
  return { lines, rows, plain };
}

/** A cell's text cleaned; `plain` when its row needs no more than trimming (onlyTrimNeeded). */
function cellText(raw: string, plain: boolean): string {
  return plain ? trimCell(raw) : cleanText(raw);
}
