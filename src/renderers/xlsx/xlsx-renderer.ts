import ExcelJS from 'exceljs';
import type { Grid, GridCell, NumberFormat } from '../layout/grid.js';
import type { DocBlock } from '../layout/report-document.js';
import { columnLetters, placeGrid, resolveFormula } from './cell-places.js';

/**
 * The attachments as an Excel workbook, one sheet each, laid out like the
 * official forms: "附件N" and the caption above the table, merged header
 * cells, borders, number formats 0.00 (万元) and 0.00% (rates), A4 print set-up
 * fitted to the page width with page numbers. Totals, rates and scores are
 * live formulas when the report is mended (each with its computed result
 * cached, so a reader that does not calculate sees the figures), and the
 * workbook asks Excel to recalculate on load. Pure: returns the file's bytes.
 */
const FORMATS: Record<NumberFormat, string> = { amount: '0.00', rate: '0.00%', points: 'General' };
const FONT = { name: '宋体', size: 10 };
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

export interface XlsxOptions {
  /** Keep each formula's computed result in the file (default). Tests turn it off to make a spreadsheet program compute them. */
  cachedResults?: boolean;
}

export async function renderXlsx(attachments: readonly Extract<DocBlock, { kind: 'attachment' }>[], opts: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  wb.calcProperties.fullCalcOnLoad = true;
  const used = new Set<string>();
  for (const a of attachments) {
    let name = a.sheet.slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${a.sheet.slice(0, 28)}（${i}）`;
    used.add(name);
    sheet(wb, name, a.number, a.caption, a.grid, opts.cachedResults ?? true);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Rows above the table: "附件N", then the caption merged across it. */
const TABLE_TOP = 3;

function sheet(wb: ExcelJS.Workbook, name: string, number: string, caption: string, grid: Grid, cached: boolean): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.59, right: 0.59, top: 0.98, bottom: 0.79, header: 0.3, footer: 0.39 },
    },
    headerFooter: { oddFooter: '&C— &P —' },
    views: [{ showGridLines: false }],
  });
  const width = grid.widths.length;
  ws.columns = grid.widths.map((w) => ({ width: Math.max(6, Math.round(w / 5.5)) }));
  const numberCell = ws.getCell(1, 1);
  numberCell.value = number;
  numberCell.font = { name: '黑体', size: 12 };
  ws.mergeCells(2, 1, 2, width);
  const captionCell = ws.getCell(2, 1);
  captionCell.value = caption;
  captionCell.font = { name: '方正小标宋简体', size: 16, bold: true };
  captionCell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(2).height = 30;
  const places = placeGrid(grid, TABLE_TOP);
  grid.rows.forEach((row) => row.forEach((c) => write(ws, c, places, cached)));
  // Borders on every grid cell, merged ones included, so the table prints ruled.
  for (let r = 0; r < grid.rows.length; r++) {
    for (let col = 1; col <= width; col++) ws.getCell(TABLE_TOP + r, col).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  ws.pageSetup.printArea = `A1:${columnLetters(width)}${TABLE_TOP + grid.rows.length - 1}`;
}

function write(ws: ExcelJS.Worksheet, c: GridCell, places: ReturnType<typeof placeGrid>, cached: boolean): void {
  const at = places.cellOf(c);
  const cell = ws.getCell(at.row, at.col);
  const rowSpan = c.rowSpan ?? 1;
  const colSpan = c.colSpan ?? 1;
  if (rowSpan > 1 || colSpan > 1) ws.mergeCells(at.row, at.col, at.row + rowSpan - 1, at.col + colSpan - 1);
  if (c.formula !== undefined) {
    const formula = resolveFormula(c.formula, places);
    const result = c.number?.value ?? (c.text !== '' ? c.text : undefined);
    cell.value = cached && result !== undefined ? ({ formula, result } as ExcelJS.CellFormulaValue) : ({ formula } as ExcelJS.CellFormulaValue);
  } else if (c.number) {
    cell.value = c.number.value;
  } else if (c.text !== '') {
    cell.value = c.text;
  }
  if (c.number?.decimals !== undefined) cell.numFmt = `0.${'0'.repeat(c.number.decimals)}`;
  else if (c.number || c.formula !== undefined) cell.numFmt = FORMATS[c.number?.format ?? 'points'];
  cell.font = FONT;
  cell.alignment = { horizontal: c.style === 'text' ? 'left' : 'center', vertical: 'middle', wrapText: true };
}
