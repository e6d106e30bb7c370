import type { FundSource, FundSourceKind, FundsRow, MoneyUnit } from '../../core/model/report.js';
import { dec, sum } from '../../core/number/decimal.js';
import { sumMatches } from '../../core/number/tolerance.js';
import type { SourceCell, SourceRef } from '../source-document.js';
import { recentRowMemo, question, type CellText } from './cell-text.js';
import { halfWidth, labelOf, parseAmount } from './cell-values.js';
import { memo } from '../../core/util/memo.js';

/**
 * The funds part of an evaluation table: the 年度资金总额 row, the rows by
 * source of funds and (in the department table) by nature of spending.
 */
export type FundsField = keyof FundsRow;
const AMOUNT_FIELDS: FundsField[] = ['initialBudget', 'adjustedBudget', 'spent'];
const DEFAULT_ORDER: FundsField[] = ['initialBudget', 'adjustedBudget', 'spent', 'weight', 'executionRate', 'score'];

const HEADER_WORDS: [RegExp, FundsField][] = [
  [/年初预算|年初数|年初安排/, 'initialBudget'],
  [/全年预算|调整后预算|调整预算|全年批复|批复数/, 'adjustedBudget'],
  [/执行率/, 'executionRate'],
  [/全年执行|执行数|实际支出|预算执行|实际执行|支出数|决算数/, 'spent'],
  [/分值|权重/, 'weight'],
  [/得分/, 'score'],
];
/** A bare 预算数 names the adjusted budget only when no column says so more precisely ("年度预算数(万元)" is a group label). */
const GENERIC_BUDGET = /预算数/;

/** A column's name that may carry the points it is worth: 分值（10分）, 得分(10分), 权重（10分）. */
const COLUMN_WITH_POINTS = /^(分值|权重|得分)/;

/** The execution rate's weight written into a header: "预算执行情况（20分）", "得分（20分*执行率）". */
const HEADER_WEIGHT = /[（(](\d+(?:\.\d+)?)分(?:[)）]|[*×xX])/;

export interface FundsHeader {
  columns: Map<number, FundsField>;
  /** The fields of the columns, left to right: the order a row's values are read in when they do not fit the columns. */
  order: FundsField[];
  unit: MoneyUnit | null;
  /** The 分值 of the execution rate when the header states it rather than a column. */
  weight: { value: string; at: SourceRef } | null;
}

/** What a cell's text says as a header cell of a funds table, once per text. */
interface HeaderCell {
  /** Names the budget or its execution (预算, 执行): only a row with such a cell can be a funds header. */
  budgetWord: boolean;
  unit: MoneyUnit | null;
  /** A weight written into the header cell ("预算执行情况（20分）" → "20"). */
  weight: string | null;
  /** Names a part of the form ("预算执行情况（10分）"), not a column. */
  part: boolean;
  /** The fields the text could name, in order of preference. */
  fields: FundsField[];
  /** A bare 预算数. */
  generic: boolean;
  /** Could name an amount column (a budget or what was spent): a header names two. */
  amount: boolean;
}

const headerCell = question((cell: CellText): HeaderCell => {
  const t = cell.label;
  // "预算执行情况（10分）" names a part of the form; "分值（10分）" and "得分（10分）" still name their columns.
  const part = /情况/.test(t) || (/\d+分[)）]/.test(t) && !COLUMN_WITH_POINTS.test(t));
  const fields = HEADER_WORDS.filter(([re]) => re.test(t)).map(([, field]) => field);
  const generic = GENERIC_BUDGET.test(t);
  return {
    budgetWord: cell.text.includes('预算') || cell.text.includes('执行'),
    unit: /元/.test(t) ? (/万元/.test(t) ? '万元' : '元') : null,
    weight: HEADER_WEIGHT.exec(t)?.[1] || null,
    part,
    fields,
    generic,
    amount: !part && (generic || fields.some((f) => AMOUNT_FIELDS.includes(f))),
  };
});

/**
 * Whether a row could be a funds header: a cell names the budget or its
 * execution, and two could name amount columns. Most rows holding 预算 are
 * funds rows ("一般公共预算:"), so this spares them the work of a header.
 */
function mayBeFundsHeader(cells: readonly CellText[]): boolean {
  let budgetWord = false;
  let amounts = 0;
  for (const cell of cells) {
    const h = cell.ask(headerCell);
    budgetWord ||= h.budgetWord;
    if (h.amount) amounts++;
  }
  return budgetWord && amounts >= 2;
}

/** Column index → funds field, from a header row ("年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分"); the columns are shared, not to be changed. */
export function fundsHeader(row: SourceCell[], cells: readonly CellText[]): FundsHeader | null {
  if (!mayBeFundsHeader(cells)) return null;
  const h = headerColumns(cells);
  if (!h) return null;
  const w = h.weight;
  return { columns: h.columns, order: h.order, unit: h.unit, weight: w && { value: w.value, at: (row[w.column] as SourceCell).at } };
}

/** A funds header as its texts give it, the same for every table that repeats the row: where its weight stands, not the weight's source. */
interface HeaderColumns extends Omit<FundsHeader, 'weight'> {
  weight: { value: string; column: number } | null;
}

const headerColumns = recentRowMemo((cells: readonly CellText[]): HeaderColumns | null => {
  const columns = new Map<number, FundsField>();
  const seen = new Set<FundsField>();
  let unit: MoneyUnit | null = null;
  let weight: HeaderColumns['weight'] = null;
  const generic: number[] = [];
  cells.forEach((cell, i) => {
    const h = cell.ask(headerCell);
    if (h.unit) unit = h.unit;
    if (weight === null && h.weight) weight = { value: h.weight, column: i };
    if (h.part) return;
    for (const field of h.fields) {
      if (!seen.has(field)) {
        columns.set(i, field);
        seen.add(field);
        return;
      }
    }
    if (h.generic) generic.push(i);
  });
  const lastGeneric = generic[generic.length - 1];
  if (!seen.has('adjustedBudget') && lastGeneric !== undefined) {
    columns.set(lastGeneric, 'adjustedBudget');
    seen.add('adjustedBudget');
  }
  const amounts = AMOUNT_FIELDS.filter((f) => seen.has(f)).length;
  // The 年度主要任务 block of the Ministry's department form has only 预算数 and 执行数; its 金额合计 row is the total.
  const minColumns = cells.some((c) => /主要任务|任务名称/.test(c.text)) ? 2 : 3;
  if (amounts < 2 || columns.size < minColumns) return null;
  const order: FundsField[] = [];
  for (let i = 0; i < cells.length; i++) {
    const field = columns.get(i);
    if (field !== undefined) order.push(field);
  }
  return { columns, order, unit, weight };
});

export type FundsLabelKind = 'total' | 'basic' | 'project' | FundSourceKind;

const LABELS: [RegExp, FundsLabelKind][] = [
  [/^(年度)?(财政)?资金总额|^项目资金总额|^金额合计$|^合计$|^总计$|^总额$|^资金合计$|^年度资金总计|^预算资金总额/, 'total'],
  [/基本支出/, 'basic'],
  [/^项目支出$/, 'project'],
  [/一般公共预算|公共财政预算/, 'generalBudget'],
  [/当年财政拨款|本年财政拨款|财政拨款/, 'appropriation'],
  [/^财政资金/, 'generalBudget'],
  [/上年结转|上年结余/, 'carriedIn'],
  [/政府性基金/, 'governmentFund'],
  [/专户|非税收入/, 'specialAccount'],
  [/单位资金|单位自有|自有资金/, 'unitFunds'],
  [/其[他它]资金|其他收入|其[他它]$/, 'otherFunds'],
];

/** A funds label's kind as a table of this kind reads it: a department's 财政拨款 is its 一般公共预算, a project has no 基本支出 or 项目支出 row. */
export function fundsKindIn(kind: FundsLabelKind | null, tableKind: 'department' | 'project'): FundsLabelKind | null {
  if (kind === 'appropriation' && tableKind === 'department') return 'generalBudget';
  if ((kind === 'basic' || kind === 'project') && tableKind === 'project') return null;
  return kind;
}

/** An amount written into its label's cell after a colon ("一般公共预算:1325.68"), as some extractions of Hunan's form give it. */
const EMBEDDED_AMOUNT = /[:：]\s*-?\d[\d,]*(?:\.\d+)?$/;

/** A funds label without what may stand around its name: "其中:基本支出:900.47" → "基本支出". */
function bareLabel(label: string): string {
  return label.replace(/^其中[:：]?/, '').replace(EMBEDDED_AMOUNT, '');
}

export const labelKind = memo((text: string): FundsLabelKind | null => {
  const t = bareLabel(labelOf(text));
  if (t === '' || t.length > 24) return null;
  for (const [re, kind] of LABELS) if (re.test(t)) return kind;
  return null;
});

export interface FundsEntry {
  kind: FundsLabelKind;
  label: string;
  labelRef: SourceRef;
  row: FundsRow;
  refs: Partial<Record<FundsField, SourceRef>>;
  /** A row stating one amount without saying which column it belongs to. */
  single: { value: string; ref: SourceRef; guess: FundsField | null } | null;
}

export function emptyFundsRow(): FundsRow {
  return { initialBudget: null, adjustedBudget: null, spent: null, weight: null, executionRate: null, score: null };
}

/**
 * Reads the values of one funds entry, the cells from `from` up to `to` of a
 * row: by the header's columns when they fit the values' kinds, else in the
 * header's order (a merged cell lost in extraction shifts the cells). One
 * amount alone stays `single` until the group it belongs to shows its column.
 */
export function readFundsEntry(kind: FundsLabelKind, label: string, labelRef: SourceRef, row: SourceCell[], cells: readonly CellText[], from: number, to: number, header: FundsHeader | null): FundsEntry {
  const entry: FundsEntry = { kind, label, labelRef, row: emptyFundsRow(), refs: {}, single: null };
  // Figures and blanks written as "/" or "—"; a note in a 原因 column is not a value. Found once, read below as often as needed.
  const values = valueCells(cells, from, to);
  if (values.length === 0) return entry;
  const first = values[0] as number;
  const columns = header?.columns;
  const fits = columns !== undefined && valuesFit(cells, values, columns);
  if (values.length === 1 && kind !== 'total') {
    const text = cells[first] as CellText;
    const guess = fits ? (columns.get(first) ?? null) : null;
    if (guess !== null && !AMOUNT_FIELDS.includes(guess) && (guess !== 'executionRate' || text.percent)) {
      assign(entry, guess, row, cells, first);
      return entry;
    }
    const value = text.amount;
    if (value !== null) entry.single = { value, ref: (row[first] as SourceCell).at, guess: guess !== null && AMOUNT_FIELDS.includes(guess) ? guess : null };
    return entry;
  }
  if (fits) {
    for (const i of values) assign(entry, columns.get(i) as FundsField, row, cells, i);
    return entry;
  }
  const order = header?.order ?? DEFAULT_ORDER;
  sequential(entry, row, cells, values, order.length >= values.length ? order : DEFAULT_ORDER);
  return entry;
}

/** A funds row's label as its entry keeps it: "其中:基本支出:" → "基本支出", "其中:基本支出:900.47" → "基本支出". */
export const entryLabel = question((cell: CellText): string => bareLabel(cell.label));

/** The amount a label cell holds after its colon, or null. */
const embeddedAmount = question((cell: CellText): string | null => {
  const m = EMBEDDED_AMOUNT.exec(cell.label);
  return m ? parseAmount(m[0].replace(/^[:：]\s*/, '')) : null;
});

/** An entry that found no value in its cells takes the one written into its label's cell, as one amount whose column its group shows. */
export function takeEmbeddedAmount(entry: FundsEntry, label: CellText, labelRef: SourceRef): void {
  if (entry.single !== null || Object.keys(entry.refs).length > 0) return;
  const value = label.ask(embeddedAmount);
  if (value !== null) entry.single = { value, ref: labelRef, guess: null };
}

/** A figure, a rate or a blank marked not applicable ("/", "—"). */
const fundsValue = question((cell: CellText): boolean => {
  const t = halfWidth(cell.text).trim();
  return t !== '' && (cell.amount !== null || /^-?[\d.]+\s*%$/.test(t) || cell.notApplicable);
});

/** The indices of the cells from `from` up to `to` holding a funds value, in order. */
export function valueCells(cells: readonly CellText[], from: number, to: number): number[] {
  // Room for every cell of the range, cut to the values found: no growing.
  const out = new Array<number>(Math.max(0, to - from));
  let n = 0;
  for (let i = from; i < to; i++) if ((cells[i] as CellText).ask(fundsValue)) out[n++] = i;
  out.length = n;
  return out;
}

/** Whether every value stands in a header column and is of that column's kind. */
function valuesFit(cells: readonly CellText[], values: readonly number[], columns: Map<number, FundsField>): boolean {
  for (const i of values) {
    const field = columns.get(i);
    if (field === undefined || !fitsField(cells[i] as CellText, field)) return false;
  }
  return true;
}

function sequential(entry: FundsEntry, row: SourceCell[], cells: readonly CellText[], values: readonly number[], order: FundsField[]): void {
  let k = 0;
  for (const i of values) {
    const isRate = (cells[i] as CellText).percent;
    while (k < order.length && (isRate ? order[k] !== 'executionRate' : order[k] === 'executionRate')) k++;
    const field = order[k];
    if (!field) break;
    assign(entry, field, row, cells, i);
    k++;
  }
}

function fitsField(cell: CellText, field: FundsField): boolean {
  const isRate = cell.percent;
  if (field === 'executionRate') {
    const n = cell.amount;
    return isRate || (n !== null && Math.abs(Number(n)) <= 200);
  }
  return !isRate && cell.amount !== null;
}

function assign(entry: FundsEntry, field: FundsField, row: SourceCell[], cells: readonly CellText[], i: number): void {
  const cell = cells[i] as CellText;
  const value = field === 'executionRate' ? cell.rate : cell.amount;
  if (value === null) return;
  entry.row[field] = value;
  entry.refs[field] = (row[i] as SourceCell).at;
}

/**
 * Puts the single amounts of a group of rows (the sources, or 基本支出/项目支出)
 * in the column whose total they add up to: the Hunan department form writes
 * 按收入性质分 amounts that add up to 全年预算数 and 按支出性质分 amounts that add
 * up to 全年执行数, each in one cell. `fallback` is the group's usual column and
 * is tried first: where budget and spending are equal, both fit. Failing a
 * match, the header's column, else `fallback`.
 */
export function resolveSingles(entries: FundsEntry[], total: FundsRow, fallback: FundsField): void {
  const singles = entries.filter((e) => e.single !== null);
  if (singles.length === 0) return;
  const s = sum(singles.map((e) => dec((e.single as { value: string }).value)));
  let field: FundsField | null = null;
  for (const f of [fallback, ...AMOUNT_FIELDS]) {
    const t = total[f];
    if (t !== null && sumMatches(dec(t), s, singles.length)) {
      field = f;
      break;
    }
  }
  for (const e of singles) {
    const single = e.single as NonNullable<FundsEntry['single']>;
    const f = field ?? single.guess ?? fallback;
    e.row[f] = single.value;
    e.refs[f] = single.ref;
    e.single = null;
  }
}

export function toFundSource(e: FundsEntry): FundSource {
  return { kind: e.kind as FundSourceKind, label: e.label, row: e.row };
}
