/** The structure of a Word document as the parser finds it, before grids and headings are resolved. */
export type RawBlock = RawParagraph | RawTable;

export interface RawParagraph {
  kind: 'paragraph';
  /** Text of the runs; `\n` where the document has a line break. */
  text: string;
  styleId: string | undefined;
  /** w:outlineLvl of the paragraph itself (0 = level 1), when set. */
  outlineLevel: number | undefined;
  /** w:numPr of the paragraph itself, when set. */
  numbering: RawNumbering | undefined;
}

export interface RawNumbering {
  numId: string | undefined;
  level: number | undefined;
}

export interface RawTable {
  kind: 'table';
  rows: RawRow[];
}

export interface RawRow {
  /** w:gridBefore / w:gridAfter: grid columns left out at the start / end of the row. */
  before: number;
  after: number;
  cells: RawCell[];
}

export interface RawCell {
  /** w:gridSpan. */
  span: number;
  /** A cell that continues a merge (w:vMerge without "restart", or w:hMerge "continue"): shown empty. */
  continuation: boolean;
  content: RawBlock[];
}
