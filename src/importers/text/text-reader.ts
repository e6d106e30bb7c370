import type { SourceRef } from '../../core/model/source-ref.js';
import type { ParagraphBlock, SourceBlock, SourceDocument, TableBlock } from '../source-document.js';
import { cleanText, onlyTrimNeeded } from './html-fragments.js';
import { parseHtmlTable } from './html-table.js';
import { lineLocator } from './line-index.js';
import { continuesParagraph, isPageNumber, joinPieces } from './paragraph-join.js';
import { isBlankRow, linesAndCells, TextCell, type TextRow } from './lines-and-cells.js';
import { isLoneFigure, isSpaceAlignedRow, TABLE_TRACE_LINES } from './table-traces.js';
import { maxOf } from '../../core/util/arrays.js';

/**
 * Reads the text form of a report — Markdown or plain text extracted from a
 * PDF or Word file — into a SourceDocument:
 * - `#` lines are headings;
 * - lines with tabs are table rows, consecutive rows one table; Markdown pipe
 *   rows and HTML `<table>` blocks are tables too;
 * - other lines are paragraphs; a paragraph broken at a page end (blank line
 *   in mid-sentence) or wrapped over several lines is joined again,
 *   remembering where each piece started, while text with one paragraph per
 *   line and no blank lines keeps its paragraphs apart;
 * - lines holding only a page number are dropped.
 * Every block and cell keeps its 1-based source line.
 */
export function readText(text: string, file: string): SourceDocument {
  const { lines, rows, plain: plainLine } = linesAndCells(text, file);
  const blocks: SourceBlock[] = [];
  let tableIndex = 0;
  let table: TableBlock | null = null;
  let para: ParagraphBlock | null = null;
  /** A paragraph just ended by a blank line, which the next piece may continue. */
  const state: { pending: ParagraphBlock | null; pendingBold: boolean; lastBold: boolean; bareTable: boolean } = { pending: null, pendingBold: false, lastBold: false, bareTable: false };

  const ref = (line: number): SourceRef => ({ file, line });
  const endTable = () => {
    if (table) padRows(table);
    table = null;
  };
  const endParagraph = () => {
    if (para) {
      state.pending = para;
      state.pendingBold = state.lastBold;
    }
    para = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const row = rows[i];
    if (row ? isBlankRow(row, raw, plainLine[i] === true) : isBlank(raw)) {
      endParagraph();
      // A table continues over one blank line when the next row has as many cells.
      if (table && !continuesTable(rows[i + 1], table)) endTable();
      continue;
    }
    if (row) {
      endParagraph();
      state.pending = null;
      if (!table) {
        table = { kind: 'table', rows: [], at: { file, line: lineNo, table: ++tableIndex } };
        blocks.push(table);
      }
      const t: TableBlock = table;
      row.table = tableIndex;
      row.row = t.rows.length + 1;
      t.rows.push(row.cells);
      continue;
    }
    const trimmed = raw.trim();
    // The lines with nothing to clean (most of them) are known, and the first character decides which
    // patterns can match: most lines are tried against none. A line that needs more than a trim may need
    // no more once trimmed (edge spaces), so it is asked again.
    const plain = plainLine[i] === true || onlyTrimNeeded(trimmed);
    const first = trimmed.charAt(0);
    if (!plain && trimmed.includes('<') && (/^<table\b/i.test(trimmed) || (/<table\b/i.test(trimmed) && !table))) {
      endParagraph();
      endTable();
      state.pending = null;
      const { html, lastLine } = collectHtmlTable(lines, i);
      const offsets = lineLocator(html, lineNo);
      const grid = parseHtmlTable(html);
      if (grid.length > 0) {
        tableIndex++;
        blocks.push({
          kind: 'table',
          at: { file, line: lineNo, table: tableIndex },
          rows: grid.map((r, ri) => r.map((c, ci) => ({ text: c.text, at: { file, line: offsets(c.offset), table: tableIndex, row: ri + 1, column: ci + 1 } }))),
        });
      }
      i = lastLine;
      continue;
    }
    // A Markdown pipe row: `| a | b |`, or without the outer pipes (`a | b | c`, as GFM allows and as
    // web pages saved as text have it) when it stands among other such rows, so that a lone "|" in prose
    // stays prose. In a table written without outer pipes, a row starting with one has an empty first cell.
    const pipeRow =
      first === '|' ? state.bareTable || /^\|.*\|$/.test(trimmed) : hasTwoPipes(trimmed) && (table !== null || hasTwoPipes((lines[i + 1] ?? '').trim()));
    if (pipeRow) {
      endParagraph();
      state.pending = null;
      if (/^\|?[\s:|-]+\|?$/.test(trimmed) && trimmed.includes('-')) continue; // the |---|---| separator
      if (!table) {
        table = { kind: 'table', rows: [], at: { file, line: lineNo, table: ++tableIndex } };
        blocks.push(table);
        // A table cut by a page end goes on in the style it began in.
        state.bareTable = first !== '|' || state.bareTable;
      }
      const t: TableBlock = table;
      const row: TextRow = { cells: [], file, line: lineNo, table: tableIndex, row: t.rows.length + 1 };
      row.cells = pipeCells(trimmed, !state.bareTable).map((c, ci) => new TextCell(cleanText(c), row, ci + 1));
      t.rows.push(row.cells);
      continue;
    }
    endTable();
    const heading = first === '#' ? /^(#{1,6})\s+(.*)$/.exec(trimmed) : null;
    if (heading) {
      endParagraph();
      state.pending = null;
      state.bareTable = false;
      const textOf = plain ? (heading[2] ?? '') : cleanText(heading[2] ?? '');
      if (textOf !== '') blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, text: textOf, at: ref(lineNo) });
      continue;
    }
    if (isPageNumber(trimmed) && !para) continue;
    // Text past a table (not a page number): a pipe row from here on starts a table of its own style.
    state.bareTable = false;
    // Bold lines and list items stand on their own: never joined to what surrounds them.
    const listItem = (first === '-' || first === '*' || first === '+') && LIST_MARK.test(trimmed);
    const bold = listItem || (first === '*' && /^\*\*.*\*\*$/.test(trimmed)) || (first === '<' && /^<b>.*<\/b>$/i.test(trimmed));
    const body = listItem ? trimmed.replace(LIST_MARK, '') : trimmed;
    const piece = plain ? body : cleanText(body);
    if (piece === '') continue;
    if (para && (listItem || state.lastBold)) endParagraph();
    // A line right under another: a line broken inside one paragraph (PDF extraction), unless the line
    // above ended a sentence or the line starts a numbered item (text saved from Word or a web page,
    // one paragraph per line with no blank line between).
    if (para && !continuesParagraph(para.text, piece)) endParagraph();
    if (para) {
      addPiece(para, piece, ref(lineNo));
      state.lastBold = state.lastBold && bold;
      continue;
    }
    const prev = state.pending;
    if (prev && !state.pendingBold && !bold && blocks[blocks.length - 1] === prev && continuesParagraph(prev.text, piece)) {
      addPiece(prev, piece, ref(lineNo));
      para = prev;
      state.pending = null;
      state.lastBold = false;
      continue;
    }
    state.pending = null;
    para = { kind: 'paragraph', text: piece, at: ref(lineNo) };
    state.lastBold = bold;
    blocks.push(para);
  }
  endTable();
  return { file, format: 'text', blocks, notes: tableIndex === 0 ? tableLossNote(lines) : [], readerFindings: [] };
}

/** Tested rather than trimmed: a table row ending in a tab would be copied whole just to be looked at. */
const BLANK_LINE = /^\s*$/;

/** A line holding only white space; most lines start with a visible ASCII or CJK character and are told apart without the pattern. */
function isBlank(line: string): boolean {
  if (line === '') return true;
  const c = line.charCodeAt(0);
  if ((c > 32 && c < 127) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) return false;
  return BLANK_LINE.test(line);
}

/** The mark of a Markdown list item, "- " or "* " or "+ ". */
const LIST_MARK = /^[-*+]\s+/;

function addPiece(p: ParagraphBlock, piece: string, at: SourceRef): void {
  const joined = joinPieces(p.text, piece);
  const offset = joined.length - piece.length;
  p.segments ??= [{ offset: 0, at: p.at }];
  p.segments.push({ offset, at });
  p.text = joined;
}

/** Rows of a table padded to the same number of cells, so columns line up. */
function padRows(t: TableBlock): void {
  const width = maxOf(t.rows.map((r) => r.length));
  t.rows.forEach((r, ri) => {
    const last = r[r.length - 1];
    for (let c = r.length; c < width; c++) r.push({ text: '', at: { ...(last?.at ?? t.at), row: ri + 1, column: c + 1 } });
  });
}

/** Whether the row after a blank line (undefined when it is no row) has as many cells as the table's last row. */
function continuesTable(next: TextRow | undefined, table: TableBlock): boolean {
  if (next === undefined) return false;
  const width = table.rows[table.rows.length - 1]?.length ?? 0;
  return next.cells.length === width;
}

function collectHtmlTable(lines: string[], start: number): { html: string; lastLine: number } {
  const parts: string[] = [];
  let depth = 0;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j] ?? '';
    parts.push(line);
    depth += (line.match(/<table\b/gi) ?? []).length;
    depth -= (line.match(/<\/table>/gi) ?? []).length;
    if (depth <= 0) return { html: parts.join('\n'), lastLine: j };
  }
  return { html: parts.join('\n'), lastLine: lines.length - 1 };
}

/**
 * A text with no table but the traces of tables it cannot read: rows of
 * space-aligned columns, or figures alone on their lines (one cell to a
 * line). The reader is told why no table was read and what to give instead.
 */
function tableLossNote(lines: readonly string[]): string[] {
  let aligned = 0;
  let lone = 0;
  for (const line of lines) {
    if (isSpaceAlignedRow(line)) aligned++;
    else if (isLoneFigure(line)) lone++;
  }
  if (aligned >= TABLE_TRACE_LINES) return [`文本中有 ${aligned} 行以空格对齐各列（如 pdftotext -layout 的输出），不能可靠地分出单元格，未作为附表读取；请直接审核 PDF 原件，或提供表格以制表符分隔的文本。`];
  if (lone >= TABLE_TRACE_LINES) return [`文本中有 ${lone} 行只有一个数字，像是表格每格占一行（如 LibreOffice 将 Word 文档另存为文本），无法还原为表格，未作为附表读取；请直接审核 DOCX 或 PDF 原件。`];
  return [];
}

/** Cells of a pipe row: the text between its pipes; a leading pipe is an outer one only in a table written with them. */
function pipeCells(line: string, outerPipes: boolean): string[] {
  const inner = line.slice(outerPipes && line.startsWith('|') ? 1 : 0, line.endsWith('|') && line.length > 1 ? -1 : undefined);
  return inner.split('|');
}

/** A row of a pipe table written without its outer pipes has at least three cells, so two pipes. */
function hasTwoPipes(line: string): boolean {
  const first = line.indexOf('|');
  return first >= 0 && line.indexOf('|', first + 1) > 0;
}
