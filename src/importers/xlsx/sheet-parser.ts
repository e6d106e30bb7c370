import { CLOSE, END, OPEN, XmlError, XmlScanner } from '../zip/xml-scanner.js';
import { parseCellName, parseRange, type CellRange } from './cell-address.js';
import { readRichText } from './rich-text.js';

/** One <c> of a worksheet, as stored. */
export interface SheetCell {
  row: number;
  col: number;
  /** The t attribute: 'n' (default), 's', 'str', 'inlineStr', 'b', 'e', 'd'. */
  type: string;
  /** Content of <v> (or the text of <is> for inline strings); undefined when absent. */
  value: string | undefined;
  /** Index into the cell formats (s attribute). */
  style: number;
  formula: CellFormula | undefined;
}

export interface CellFormula {
  /** Formula text as stored (no '='); '' for a cell that shares another cell's formula. */
  text: string;
  kind: 'normal' | 'shared' | 'array' | 'dataTable';
  /** The si attribute of a shared formula. */
  sharedIndex: string | undefined;
}

export interface ParsedSheet {
  /** Cells in the order stored (rows ascending). */
  cells: SheetCell[];
  merges: CellRange[];
}

/** Parses a worksheet part (xl/worksheets/sheetN.xml): its cells and merged ranges. */
export function parseSheet(xml: string): ParsedSheet {
  const s = new XmlScanner(xml);
  const cells: SheetCell[] = [];
  const merges: CellRange[] = [];
  let row = 0;
  let col = 0;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    const name = s.name;
    if (name === 'row') {
      row = Number(s.attr('r') ?? row + 1);
      col = 0;
    } else if (name === 'c') {
      const ref = s.attr('r');
      const position = ref === undefined ? undefined : parseCellName(ref);
      if (position) {
        row = position.row;
        col = position.col;
      } else col++;
      cells.push(readCell(s, row, col));
    } else if (name === 'mergeCell') {
      const range = parseRange(s.attr('ref') ?? '');
      if (range) merges.push(range);
    }
  }
  return { cells, merges };
}

function readCell(s: XmlScanner, row: number, col: number): SheetCell {
  const cell: SheetCell = { row, col, type: s.attr('t') ?? 'n', value: undefined, style: Number(s.attr('s') ?? 0), formula: undefined };
  if (s.selfClosing) return cell;
  for (;;) {
    const t = s.next();
    if (t === CLOSE) return cell;
    if (t === END) throw new XmlError('unexpected end of worksheet');
    if (t !== OPEN) continue;
    if (s.name === 'v') cell.value = s.readText();
    else if (s.name === 'is') cell.value = readRichText(s);
    else if (s.name === 'f') {
      const kind = s.attr('t') ?? 'normal';
      const sharedIndex = s.attr('si');
      cell.formula = { kind: kind === 'shared' || kind === 'array' || kind === 'dataTable' ? kind : 'normal', sharedIndex, text: s.readText() };
    } else s.skip();
  }
}
