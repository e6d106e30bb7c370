/**
 * Where a figure or a piece of text came from in an input document, so that a
 * reviewer can go straight to it. Every field is optional: a text file has lines,
 * a PDF has pages, a workbook has sheets and cells, a Word file has tables.
 *
 * All numbers are 1-based, as a person counts them.
 */
export interface SourceRef {
  /** The input file as given on the command line (or uploaded). */
  file?: string;
  /** Page of a PDF (or of a DOCX when known). */
  page?: number;
  /** Worksheet name of an XLSX workbook. */
  sheet?: string;
  /** A1-style cell address in a worksheet, e.g. "F7". */
  cell?: string;
  /** Index of the table among the document's tables. */
  table?: number;
  /** Row within that table (grid row, merged cells resolved). */
  row?: number;
  /** Column within that table (grid column, merged cells resolved). */
  column?: number;
  /** Line of a text input. */
  line?: number;
  /**
   * Paragraph of a word-processing document (DOCX), counting from 1 the
   * paragraphs a reader sees outside tables: non-empty ones, headings included.
   */
  paragraph?: number;
}
