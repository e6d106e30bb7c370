import type { MoneyUnit } from '../../core/model/report.js';
import type { SourceBlock, SourceCell } from '../source-document.js';
import { cellTexts, question, type CellText } from './cell-text.js';

/**
 * The attachments of a report as logical tables: a 基础数据表, a 部门整体支出绩效自评表,
 * one 项目支出绩效自评表 per project. Physical tables do not map one to one:
 * a PDF splits a table at a page end, a workbook holds several tables on one
 * sheet, a text extraction runs two project tables together. So rows are
 * cut at anchor rows (项目支出名称, 预算部门名称, 财政供养人员) and a table without
 * an anchor continues the one before it, or takes its kind from the caption
 * above it ("项目支出绩效自评表"). A heading naming another table, one that is
 * not read ("部门整体支出绩效评价指标表", a 评分表), ends the table before it:
 * the table under it is not a continuation, and is not read unless an anchor
 * row starts one of the attachments.
 */
export type TableKind = 'basic' | 'department' | 'project';

export interface LogicalTable {
  kind: TableKind;
  rows: SourceCell[][];
  /** The texts of each row's cells, read once (rows[i] ↔ cells[i]) for every reader of the table. */
  cells: CellText[][];
  /** The caption written above the table, if any ("项目支出绩效自评表（辅警经费）"). */
  caption: string | null;
  /** The money unit a line above the table or a row of its own states ("金额单位：元"), if any. */
  unit: MoneyUnit | null;
}

/** "单位：元", "金额单位：万元", "（单位：元）" — on a line of its own, in a cell, or ending a caption. */
const UNIT_LINE = /单位[:：]\s*(万元|元)\s*[)）]?$/;

export function unitStated(text: string): MoneyUnit | null {
  const t = text.trim();
  const m = t.length <= 60 ? UNIT_LINE.exec(t) : null;
  return m ? (m[1] as MoneyUnit) : null;
}

/** The unit a cell alone on its row states, asked once per text. */
const cellUnit = question((cell: CellText): MoneyUnit | null => unitStated(cell.text));

const PROJECT_ANCHOR = /^项目(支出)?名称|^项目名称/;
const DEPARTMENT_ANCHOR = /^(预算)?部门(\(单位\)|（单位）)?名称$|^单位名称$|^预算部门(名称)?$/;
const BASIC_ANCHOR = /^财政供养人员(情况)?$|^经费控制情况|^三公经费$/;
const PROJECT_CAPTION = /项目(支出)?绩效(自评|自我评价|评价)表/;
const DEPARTMENT_CAPTION = /部门整体(支出)?绩效(自评|自我评价|评价)表/;
const BASIC_CAPTION = /基础数据表/;
/** A line holding only a year in brackets, as forms print it under their title: "（2022年度）". */
const YEAR_LINE = /^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$/;
/** The title of a table that is none of the attachments: ends with 指标表, 评价表, 评分表 or 打分表 (a year or unit in brackets may follow). */
const OTHER_CAPTION = /(指标|评价|评分|打分)表\s*(?:[（(][^（()）]*[)）])?\s*[:：]?$/;

function anchorOf(cells: readonly CellText[]): TableKind | null {
  for (const cell of cells) {
    if (cell.label === '') continue;
    // Only the first filled cells of a row can be its anchor.
    return cell.ask(anchorKind);
  }
  return null;
}

const anchorKind = question((cell: CellText): TableKind | null => {
  const label = cell.label;
  if (PROJECT_ANCHOR.test(label)) return 'project';
  if (DEPARTMENT_ANCHOR.test(label)) return 'department';
  if (BASIC_ANCHOR.test(label)) return 'basic';
  return null;
});

function captionKind(text: string): TableKind | null {
  if (PROJECT_CAPTION.test(text)) return 'project';
  if (DEPARTMENT_CAPTION.test(text)) return 'department';
  if (BASIC_CAPTION.test(text)) return 'basic';
  return null;
}

/** What a table is about when neither an anchor nor a caption says it. */
function contentKind(rows: SourceCell[][]): TableKind | null {
  const text = rows.slice(0, 12).map((r) => r.map((c) => c.text).join('|')).join('\n');
  if (/主管部门|实施单位|项目资金/.test(text)) return 'project';
  if (/按收入性质分|按支出性质分|年度预算申请/.test(text)) return 'department';
  if (/三公经费|公用经费|政府采购金额/.test(text)) return 'basic';
  if (/一级指标|二级指标|三级指标|年度指标值|实际完成值/.test(text)) return 'project';
  return null;
}

/** The one filled cell of a row, or null when it has none or several. */
function onlyFilledCell(cells: readonly CellText[]): CellText | null {
  let found: CellText | null = null;
  for (const c of cells) {
    if (c.text === '') continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/**
 * Whether a table read on its own is one of the attachments: a row begins with
 * an anchor (项目支出名称, 预算部门名称, 财政供养人员), a row is a form's title alone,
 * or its words are a form's (contentKind). The narrative asks it of a table
 * standing among its sections: one that is none of these does not begin the
 * attachments. It stops at the first sign, so an attachment costs a row or two.
 */
export function isAttachmentTable(rows: SourceCell[][]): boolean {
  for (const row of rows) {
    const cells = cellTexts(row);
    if (anchorOf(cells)) return true;
    const only = onlyFilledCell(cells);
    if (only && only.text.length <= 60 && captionKind(only.text)) return true;
  }
  return contentKind(rows) !== null;
}

/** A table of at most three rows holding no amount: the head lines of a form (单位名称, 填报日期, 单位：元). */
function headOnly(t: LogicalTable): boolean {
  return t.cells.length <= 3 && t.cells.every((r) => r.every((c) => c.amount === null));
}

/** An anchor row starts a new table, except the second anchor of a 基础数据表 and a unit name among a project table's header rows. */
function startsTable(anchor: TableKind, current: LogicalTable | null): boolean {
  if (!current) return true;
  if (anchor === 'basic' && current.kind === 'basic') return false;
  if (anchor === 'department' && current.kind === 'project' && current.rows.length < 4) return false;
  return true;
}

export function logicalTables(blocks: readonly SourceBlock[], startIndex: number): { tables: LogicalTable[]; unrecognized: number } {
  const tables: LogicalTable[] = [];
  let current: LogicalTable | null = null;
  let caption: { text: string; kind: TableKind } | null = null;
  let unit: MoneyUnit | null = null;
  let unrecognized = 0;
  // Under a heading naming a table that is not read: a table without an anchor is that table.
  let other = false;
  for (let b = startIndex; b < blocks.length; b++) {
    const block = blocks[b];
    if (!block) continue;
    if (block.kind !== 'table') {
      unit = unitStated(block.text) ?? (block.text.length > 60 ? null : unit);
      // Only a short line is a caption.
      const kind = block.text.length <= 60 ? captionKind(block.text) : null;
      if (kind) {
        caption = { text: block.text, kind };
        current = null;
        other = false;
      } else if (block.text.length <= 60 && OTHER_CAPTION.test(block.text.trim())) {
        caption = null;
        current = null;
        other = true;
      } else if (caption && YEAR_LINE.test(block.text.trim())) {
        // "项目支出绩效自评表" / "（2022年度）" on the line below: the year is the caption's.
        caption.text += block.text.trim();
      }
      continue;
    }
    for (const row of block.rows) {
      const cells = cellTexts(row);
      // A row stating only the unit belongs to the table its next row is in: a new one at an anchor, else this one.
      const only = onlyFilledCell(cells);
      const rowUnit = only ? only.ask(cellUnit) : null;
      if (rowUnit) unit = rowUnit;
      // The next form's title as a row of the one before it (forms saved one after another as one table) is that form's caption.
      const titleRow: TableKind | null = current && only && only.text.length <= 60 ? captionKind(only.text) : null;
      if (titleRow && only) caption = { text: only.text, kind: titleRow };
      const anchor = anchorOf(cells);
      if (anchor && startsTable(anchor, current)) {
        // The lines above the anchor (单位名称：…, 填报日期：…) are the head of this form, not a table of their own.
        if (current && headOnly(current)) current.kind = anchor;
        else {
          current = { kind: anchor, rows: [], cells: [], caption: caption?.kind === anchor ? caption.text : null, unit };
          tables.push(current);
          caption = null;
          unit = null;
        }
        other = false;
      }
      if (!current) {
        const kind: TableKind | null = other ? null : (caption?.kind ?? contentKind(block.rows));
        if (!kind) {
          unrecognized++;
          break;
        }
        // A form whose title is its own first row ("部门预算项目支出绩效自评表(2023年度)" across the table) has it as caption.
        const ownCaption = only && only.text.length <= 60 && captionKind(only.text) ? only.text : null;
        current = { kind, rows: [], cells: [], caption: caption?.text ?? ownCaption, unit };
        tables.push(current);
        caption = null;
        unit = null;
      } else if (unit && !rowUnit) {
        current.unit = unit;
        unit = null;
      }
      current.rows.push(row);
      current.cells.push(cells);
    }
  }
  return { tables, unrecognized };
}
