import { paragraphRefAt, type TextSegment } from '../core/model/provenance.js';
import type { SourceRef } from '../core/model/source-ref.js';

export type { SourceRef, TextSegment };

/**
 * The neutral form every reader produces (text, DOCX, XLSX, PDF, HTML): what a
 * person sees on the page, before any meaning is given to it. The layout
 * interpreter turns a SourceDocument into a DepartmentReport, so all formats
 * share one interpretation and give the same findings.
 *
 * Tables are full grids: a merged cell's text sits in its top-left grid cell
 * and every other cell it covers is an empty string, exactly like the
 * tab-separated rows of text extracted from a PDF. Cell text is trimmed; a
 * line wrapped inside a cell is joined (nothing between CJK characters, a
 * space otherwise); a real paragraph break inside a cell is kept as "\n";
 * HTML fragments are already removed.
 */
export interface SourceDocument {
  /** The file name as given by the user. */
  file: string;
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Things a reader noticed and could not represent (e.g. an image skipped), in Chinese. */
  notes: string[];
  /**
   * Problems the reader itself can see in the file, reported to the user as
   * findings beside the audit rules' (e.g. an Excel formula whose cached value
   * differs from the value recomputed from its inputs).
   */
  readerFindings: ReaderFinding[];
}

export interface ReaderFinding {
  /** Stable rule ID, e.g. 'XLSX-FORMULA-STALE'. */
  rule: string;
  severity: 'error' | 'warning' | 'info';
  /** Chinese message. */
  message: string;
  at: SourceRef;
  expected?: string;
  actual?: string;
}

/** 'json': jixiao's own JSON of a report, read back (no blocks: the model comes straight from it). */
export type SourceFormat = 'text' | 'docx' | 'xlsx' | 'pdf' | 'html' | 'json';

export type SourceBlock = HeadingBlock | ParagraphBlock | TableBlock;

export interface HeadingBlock {
  kind: 'heading';
  /** 1 for the title, 2 for 一、..., 3 for （一）..., when the format says so; 0 when unknown. */
  level: number;
  text: string;
  at: SourceRef;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  at: SourceRef;
  /**
   * When a paragraph was joined from pieces (a sentence broken across a page end),
   * where each piece starts: `at` applies from `offset` (a UTF-16 index into
   * `text`) up to the next segment. Absent when the whole paragraph has one source.
   */
  segments?: TextSegment[];
}

export interface TableBlock {
  kind: 'table';
  /** Rows of equal length; see the note on merged cells above. */
  rows: SourceCell[][];
  at: SourceRef;
}

export interface SourceCell {
  text: string;
  at: SourceRef;
}

/** The source of a character of a paragraph, from its segments (a ParagraphBlock is a ParagraphSource). */
export function refAt(block: ParagraphBlock, offset: number): SourceRef {
  return paragraphRefAt(block, offset);
}
