/**
 * The geometric primitives the PDF reader works with, in page space with the
 * origin at the top-left corner and y growing downwards (as a person reads),
 * in PDF points (1/72 inch).
 */

/** A piece of text drawn in one go: one font, one baseline. */
export interface TextRun {
  text: string;
  /** Left edge of the first glyph. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (em height). */
  size: number;
  /** A bold or black face, or text drawn twice to look bold. */
  bold: boolean;
}

/** An axis-aligned ruling line: horizontal when y1 === y2, vertical when x1 === x2. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What one page holds, as extracted from the PDF. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** The page paints at least one image (a scanned page, a seal, a logo). */
  hasImages: boolean;
}
