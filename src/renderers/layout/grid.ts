/**
 * A table as every renderer draws it: rows of cells placed on a grid of
 * columns, with merges, the text each cell shows, and for spreadsheets the
 * number behind the text and the formula that computes it. Built once per
 * attachment (basic-data-grid.ts, evaluation-grid.ts) and drawn by the DOCX,
 * XLSX, HTML and Markdown renderers alike, so every format shows the same
 * cells.
 */
export interface Grid {
  /** Relative widths of the columns, as the official forms print them. */
  widths: number[];
  rows: GridCell[][];
}

export type CellStyle =
  /** A row or column label, centred. */
  | 'label'
  /** A figure, centred. */
  | 'figure'
  /** Free text (goals, notes, names), left-aligned. */
  | 'text';

export type NumberFormat = 'amount' | 'rate' | 'points';

export interface GridCell {
  /** 0-based column where the cell starts; the cells of a row are in column order. */
  col: number;
  colSpan?: number;
  rowSpan?: number;
  /** The text shown, as printed ("6971.10", "94.46%", "产出指标（20分）"). */
  text: string;
  style: CellStyle;
  /** The value behind a figure, for spreadsheets: 6971.1, 0.944576…, 9.45. */
  number?: { value: number; format: NumberFormat; /** Decimals shown, when not the format's own (an amount stated with three). */ decimals?: number };
  /** A name other cells' formulas refer to as {name}. */
  id?: string;
  /**
   * An Excel formula over named cells, without "=": "IF({budget}=0,\"\",{spent}/{budget})".
   * Only functions the XLSX reader recomputes (SUM, ROUND, MIN, MAX, IF, ABS).
   */
  formula?: string;
}

/** A cell of the grid: the common constructors. */
export function label(col: number, text: string, span: Partial<Pick<GridCell, 'colSpan' | 'rowSpan'>> = {}): GridCell {
  return { col, text, style: 'label', ...span };
}

export function text(col: number, value: string, span: Partial<Pick<GridCell, 'colSpan' | 'rowSpan'>> = {}): GridCell {
  return { col, text: value, style: 'text', ...span };
}
