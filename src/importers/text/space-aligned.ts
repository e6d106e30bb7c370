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

/** How many lines of a text read as space-aligned table rows before it is worth telling the reader. */
export const SPACE_ALIGNED_NOTE_LINES = 5;
