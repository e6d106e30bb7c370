// Traces of tables the text reader cannot read, so that it can say why no table was read.

/**
 * A line of a table laid out with spaces: three or more columns apart by runs
 * of spaces, as `pdftotext -layout` writes them. jixiao does not read such
 * tables (their columns are only positions, and their cells wrap over
 * lines); it knows them so as not to take them for prose.
 */
export function isSpaceAlignedRow(line: string): boolean {
  return SPACE_ALIGNED.test(line.trim());
}

const SPACE_ALIGNED = /\S(?: {2,}|\u3000+)\S.*\S(?: {2,}|\u3000+)\S/;

/** How many lines of such traces a text must have before the reader is told its tables were not read. */
export const TABLE_TRACE_LINES = 5;

/**
 * A line holding one figure alone ("6971.10", "94.00%"): a table saved as text
 * one cell to a line (LibreOffice's 另存为文本 of a Word table) leaves many.
 * Whole numbers are left out: page numbers stand alone too.
 */
export function isLoneFigure(line: string): boolean {
  return LONE_FIGURE.test(line.trim());
}

const LONE_FIGURE = /^-?[\d,]*\d\.\d+%?$|^-?\d+%$/;
