import { DEFAULT_LIMITS, type ReadLimits } from '../input-error.js';
import type { ReaderFinding, SourceBlock, SourceDocument } from '../source-document.js';
import { normalizeCellText } from '../zip/line-join.js';
import { openOfficePackage, type OfficePackage } from '../zip/office-package.js';
import { cellName } from './cell-address.js';
import { CellDisplay } from './cell-display.js';
import { cellKey } from './cell-key.js';
import { CellStyles } from './cell-styles.js';
import { SheetFormulas, staleFinding, storedValue } from './formula-check.js';
import { rowGuard } from './row-guard.js';
import { parseSharedStrings } from './shared-strings.js';
import { sheetBlocks, type ShownCell } from './sheet-blocks.js';
import { UnsupportedFormula } from './formula/formula-ast.js';
import type { Scalar } from './formula/formula-eval.js';
import { parseSheet, type SheetCell } from './sheet-parser.js';
import { parseWorkbook } from './workbook.js';
import { pushAll } from '../../core/util/arrays.js';

/**
 * Reads an Excel workbook (.xlsx) into the source-document form: every visible
 * worksheet in tab order, each split into tables at fully empty rows, a
 * table's title row before it as a paragraph, merged cells resolved, every
 * value as Excel displays it (number formats applied: 0.94 in a 0.00% cell is
 * "94.00%", 6971.1 in #,##0.00 is "6,971.10"). Pure: give it the file's bytes.
 *
 * Formulas give their stored result; simple ones (cell references, + - * /,
 * SUM, ROUND, ABS, MIN, MAX, IF on the same sheet) are also recomputed, and a
 * stored result that differs is reported as an XLSX-FORMULA-STALE finding.
 *
 * Provenance: { file, sheet, cell: "F7", table, row, column } for table cells.
 * Throws InputError for what cannot be read (empty, encrypted, old .xls, not a
 * workbook, damaged, zip bomb, a sheet over `limits.maxSheetRows` rows).
 */
export function readXlsx(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDocument {
  const pkg = openOfficePackage(bytes, file, 'xlsx', limits);
  const relationships = pkg.relationships(pkg.mainPart);
  const partOf = (type: string): string | undefined => relationships.find((r) => r.type === type && !r.external)?.target;
  const workbookXml = pkg.text(pkg.mainPart) ?? '';
  const workbook = pkg.parse(pkg.mainPart, () => parseWorkbook(workbookXml));
  const styles = parsePart(pkg, partOf('styles'), (xml) => new CellStyles(xml));
  const strings = parsePart(pkg, partOf('sharedStrings'), parseSharedStrings);
  const display = new CellDisplay(strings, styles, workbook.date1904);

  const blocks: SourceBlock[] = [];
  const notes: string[] = [];
  const readerFindings: ReaderFinding[] = [];
  let tables = 0;
  for (const sheet of workbook.sheets) {
    const target = relationships.find((r) => r.id === sheet.relationshipId);
    if (sheet.state !== 'visible') {
      notes.push(`工作表“${sheet.name}”是隐藏的，未读取。`);
      continue;
    }
    if (!target || target.type !== 'worksheet' || !pkg.zip.has(target.target)) {
      if (target?.type === 'chartsheet') notes.push(`工作表“${sheet.name}”是图表，未读取。`);
      continue;
    }
    const xml = pkg.text(target.target, rowGuard(file, sheet.name, limits.maxSheetRows)) ?? '';
    const parsed = pkg.parse(target.target, () => parseSheet(xml));
    const formulas = new SheetFormulas(parsed.cells, display.sharedString);
    const shown: ShownCell[] = [];
    const pending: { finding: ReaderFinding; key: number }[] = [];
    for (const cell of parsed.cells) {
      let text = display.stored(cell);
      if (cell.formula) {
        const result = formulas.result(cell);
        const at = { file, sheet: sheet.name, cell: cellName(cell.row, cell.col) };
        if (cell.value === undefined) {
          text = result.value === undefined ? '' : display.value(cell, result.value);
          notes.push(
            result.value === undefined
              ? `工作表“${sheet.name}”单元格 ${at.cell} 的公式 =${result.text} 没有保存计算结果，也无法重新计算，按空白处理。`
              : `工作表“${sheet.name}”单元格 ${at.cell} 的公式 =${result.text} 没有保存计算结果，已按它引用的单元格重新计算为 ${text}。`,
          );
        } else {
          const stored = storedOrUndefined(cell, display.sharedString);
          const finding = stored === undefined ? undefined : staleFinding(cell, stored, result, (v) => display.value(cell, v), display.percent(cell), at);
          if (finding) pending.push({ finding, key: cellKey(cell.row, cell.col) });
        }
      }
      shown.push({ row: cell.row, col: cell.col, text: normalizeCellText(text), bordered: display.bordered(cell) });
    }
    const result = sheetBlocks(shown, parsed.merges, { file, sheet: sheet.name, firstTable: tables });
    for (const block of result.blocks) if (block.kind === 'table') tables++;
    pushAll(blocks, result.blocks);
    pushAll(notes, result.notes);
    // A finding points where the cell ended up (table, row, column) when it is in a table.
    for (const { finding, key } of pending) readerFindings.push({ ...finding, at: result.refs.get(key) ?? finding.at });
  }
  return { file, format: 'xlsx', blocks, notes, readerFindings };
}

/** The stored result of a formula cell, or undefined when it is an error or not a value a formula compares (e.g. a date string). */
function storedOrUndefined(cell: SheetCell, sharedString: (index: number) => string): Scalar | undefined {
  try {
    return storedValue(cell, sharedString);
  } catch (error) {
    if (error instanceof UnsupportedFormula) return undefined;
    throw error;
  }
}

function parsePart<T>(pkg: OfficePackage, part: string | undefined, make: (xml: string | undefined) => T): T {
  if (part === undefined) return make(undefined);
  const xml = pkg.text(part);
  return pkg.parse(part, () => make(xml));
}
