import type { BasicDataTable, CostLine, NamedCostLine } from '../../core/model/report.js';
import type { SourceCell } from '../source-document.js';
import { question, rowBits, type CellText } from './cell-text.js';
import { parseAmount, parseRate } from './cell-values.js';
import type { LogicalTable } from './logical-tables.js';
import type { PathNode } from '../../core/util/model-path.js';
import type { Recorder } from './recorder.js';

/**
 * Reads 附件1 部门整体支出绩效评价基础数据表. Rows are found by their labels.
 * A cost line's figures (上年决算数, 本年预算数, 本年决算数) are placed by the
 * column of the 经费控制情况 header they stand under, so a blank cell leaves
 * its own column empty ("其中：公车购置 | | 29.46 | 29.46" has no 上年决算数).
 * A row that is not aligned with that header (merged label cells shift its
 * value cells, or it has fewer cells than the header), or a table whose header
 * does not name the three columns, has its figures read in order instead.
 */
type LineKey = 'threePublicExpenses' | 'officialVehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'overseasTravel' | 'officialReception' | 'projectExpenditure' | 'businessFunds' | 'maintenanceFunds' | 'publicFunds' | 'officeExpenses' | 'utilitiesAndTravel' | 'meetingsAndTraining' | 'procurement' | 'basicBudgetAdjustment';

const LINES: [RegExp, LineKey][] = [
  [/^三公经费|^“三公”经费/, 'threePublicExpenses'],
  [/公车购置|车辆购置/, 'vehiclePurchase'],
  [/公车运行|运行维护费$|车辆运行/, 'vehicleOperation'],
  [/公务用车/, 'officialVehicles'],
  [/出国|出境/, 'overseasTravel'],
  [/公务接待/, 'officialReception'],
  [/^项目支出/, 'projectExpenditure'],
  // The earlier Hunan form (2018) names the parts of 项目支出 业务工作专项 and 运行维护专项.
  [/业务工作(经费|专项)/, 'businessFunds'],
  [/运行维护(经费|专项)/, 'maintenanceFunds'],
  [/办公经费|办公费/, 'officeExpenses'],
  [/水费|电费|差旅费/, 'utilitiesAndTravel'],
  [/会议费|培训费/, 'meetingsAndTraining'],
  [/公用经费/, 'publicFunds'],
  [/政府采购/, 'procurement'],
  [/基本支出预算调整|预算调整/, 'basicBudgetAdjustment'],
];

function emptyLine(): CostLine {
  return { previousFinal: null, budget: null, final: null };
}

export function emptyBasicData(): BasicDataTable {
  return {
    moneyUnit: '万元',
    previousYear: null,
    currentYear: null,
    authorizedHeadcount: null,
    actualHeadcount: null,
    headcountControlRate: null,
    threePublicExpenses: emptyLine(),
    officialVehicles: emptyLine(),
    vehiclePurchase: emptyLine(),
    vehicleOperation: emptyLine(),
    overseasTravel: emptyLine(),
    officialReception: emptyLine(),
    projectExpenditure: emptyLine(),
    businessFunds: emptyLine(),
    maintenanceFunds: emptyLine(),
    specialFunds: [],
    publicFunds: emptyLine(),
    officeExpenses: emptyLine(),
    utilitiesAndTravel: emptyLine(),
    meetingsAndTraining: emptyLine(),
    procurement: emptyLine(),
    basicBudgetAdjustment: emptyLine(),
    buildings: { approvedArea: null, actualArea: null, areaControlRate: null, budgetedInvestment: null, actualInvestment: null, investmentControlRate: null },
    thriftMeasures: '',
    otherLines: [],
  };
}

const COLS: (keyof CostLine)[] = ['previousFinal', 'budget', 'final'];

export function readBasicData(t: LogicalTable, rec: Recorder): BasicDataTable {
  const b = emptyBasicData();
  if (t.unit) b.moneyUnit = t.unit;
  let pendingHeadcount: SourceCell[] | null = null;
  let buildingHeader = false;
  let inSpecialFunds = false;
  // The 经费控制情况 header's columns, once it has been read.
  let columns: FigureColumns | null = null;
  rec.at('', t.rows[0]?.[0]?.at);
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k] as SourceCell[];
    const cells = t.cells[k] as CellText[];
    // The filled cells, and what their texts are (counted first: arrays of their size, not grown by pushes).
    let n = 0;
    for (let i = 0; i < row.length; i++) if (!(cells[i] as CellText).blank) n++;
    if (n === 0) continue;
    const filled = new Array<SourceCell>(n);
    const texts = new Array<CellText>(n);
    // Where each filled cell stands in the row.
    const positions = new Array<number>(n);
    for (let i = 0, j = 0; i < row.length; i++) {
      const text = cells[i] as CellText;
      if (text.blank) continue;
      filled[j] = row[i] as SourceCell;
      positions[j] = i;
      texts[j++] = text;
    }
    const firstText = texts[0] as CellText;
    const first = firstText.label;
    const label = firstText.ask(rowLabel);
    const words = rowBits(cells, labelWords);
    if (words & STAFFING && words & ON_PAYROLL) {
      pendingHeadcount = row;
      continue;
    }
    if (pendingHeadcount) {
      readHeadcount(b, filled, rec);
      pendingHeadcount = null;
      continue;
    }
    if (words & FIGURES && words & COLUMN_GROUP) {
      const all = cells.map((c) => c.label).join('|');
      const years = yearsIn(all);
      if (years.length >= 2) {
        b.previousYear = Math.min(...years);
        b.currentYear = Math.max(...years);
      }
      if (/（元）|\(元\)/.test(all)) b.moneyUnit = '元';
      columns = figureColumns(cells);
      continue;
    }
    if (words & BUILDINGS) {
      buildingHeader = true;
      const values = filled.filter((c, j) => (texts[j] as CellText).amount !== null || /%/.test(c.text));
      if (values.length > 0) readBuildings(b, values, rec);
      continue;
    }
    if (buildingHeader && filled.every((c, j) => (texts[j] as CellText).amount !== null || /%/.test(c.text))) {
      readBuildings(b, filled, rec);
      buildingHeader = false;
      continue;
    }
    buildingHeader = false;
    if (label.thrift) {
      b.thriftMeasures = filled.slice(1).map((c) => c.text).join('\n');
      rec.at('thriftMeasures', filled[1]?.at ?? filled[0]?.at);
      continue;
    }
    const labelCell = filled[0] as SourceCell;
    // The figures after the label, and the columns they stand in (null: up to three are read, in order).
    const values: number[] = [];
    for (let j = 1; j < filled.length; j++) if ((texts[j] as CellText).amount !== null) values.push(j);
    const placed = columns ? placeByColumn(columns, row.length, positions, values) : null;
    const key = label.line;
    if (label.specialFunds) {
      inSpecialFunds = true;
      continue;
    }
    if (key) {
      inSpecialFunds = false;
      readLine(b[key], filled, texts, values, placed, rec, rec.list(key));
      rec.at(key, labelCell.at);
      continue;
    }
    if (values.length === 0) continue;
    const named: NamedCostLine = { name: first, ...emptyLine() };
    const list = inSpecialFunds ? b.specialFunds : b.otherLines;
    readLine(named, filled, texts, values, placed, rec, rec.list(inSpecialFunds ? 'specialFunds' : 'otherLines').item(list.length));
    list.push(named);
  }
  return b;
}

/** Words a row's labels hold that make it a header (bits of labelWords; none of them spans two cells). */
const STAFFING = 1;
const ON_PAYROLL = 2;
const FIGURES = 4;
const COLUMN_GROUP = 8;
const BUILDINGS = 16;

/** How long a header's label can be: a cell of prose that mentions 编制数 and 在职人员 is no header. */
const HEADER_LABEL_MAX = 24;

/** The header words of a short label: 编制数, 在职, 决算数 or 预算数, 经费控制 or a year, 楼堂馆所 or 批复规模. */
const labelWords = question((cell: CellText): number =>
  cell.label.length > HEADER_LABEL_MAX ? 0 :
  (/编制数/.test(cell.label) ? STAFFING : 0) |
  (/在职/.test(cell.label) ? ON_PAYROLL : 0) |
  (/决算数|预算数/.test(cell.label) ? FIGURES : 0) |
  (/经费控制|\d{4}年/.test(cell.label) ? COLUMN_GROUP : 0) |
  (/楼堂馆所|批复规模/.test(cell.label) ? BUILDINGS : 0));

const YEAR = /(\d{4})年/g;

/** The years a text names ("2022年", "2023年"), in order. */
export function yearsIn(text: string): number[] {
  // An exec loop rather than matchAll, which makes an iterator and a copy of the expression each time.
  const years: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) years.push(Number(m[1]));
  return years;
}

/** What a row's first label says, asked once per label: the 厉行节约 row, the 本级专项 heading, a cost line. */
const rowLabel = question((cell: CellText): { thrift: boolean; specialFunds: boolean; line: LineKey | null } => {
  const label = cell.label;
  return {
    thrift: /厉行节约/.test(label),
    specialFunds: /本级专项/.test(label),
    line: LINES.find(([re]) => re.test(label))?.[1] ?? null,
  };
});

/**
 * The columns of the 经费控制情况 header row: for each of its cells, the
 * figure column (0 上年决算数, 1 本年预算数, 2 本年决算数) it is part of — a blank
 * cell after a column's title is part of it (the title's merged cell) — or
 * -1; and where its label stands. Null unless it names exactly three columns.
 */
interface FigureColumns {
  columnOf: number[];
  labelAt: number;
}

function figureColumns(cells: readonly CellText[]): FigureColumns | null {
  const columnOf = new Array<number>(cells.length);
  let labelAt = -1;
  let count = 0;
  let current = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as CellText;
    if (cell.blank) {
      columnOf[i] = current;
      continue;
    }
    if (labelAt < 0) labelAt = i;
    if (i > labelAt && cell.ask(labelWords) & FIGURES) {
      current = count++;
      if (count > 3) return null;
    } else current = -1;
    columnOf[i] = current;
  }
  return count === 3 ? { columnOf, labelAt } : null;
}

/**
 * The column each figure of a row stands in (values: indexes of its filled
 * cells; positions: where each filled cell stands in the row), or null when
 * the row is not aligned with the header: it is aligned when it has as many
 * cells after its label as the header has after its own (a row that lost a
 * leading cell before its label still is), every figure stands under a column
 * of its own, and none under the label.
 */
function placeByColumn(columns: FigureColumns, width: number, positions: readonly number[], values: readonly number[]): number[] | null {
  const shift = columns.labelAt - (positions[0] as number);
  if (width + shift !== columns.columnOf.length) return null;
  const placed = new Array<number>(values.length);
  let taken = 0;
  for (let i = 0; i < values.length; i++) {
    const column = columns.columnOf[(positions[values[i] as number] as number) + shift] ?? -1;
    if (column < 0 || taken & (1 << column)) return null;
    taken |= 1 << column;
    placed[i] = column;
  }
  return placed;
}

/** A cost line's figures: each in the column it stands in (placed), else the first three in order. */
function readLine(line: CostLine, filled: SourceCell[], texts: CellText[], values: number[], placed: number[] | null, rec: Recorder, path: PathNode): void {
  for (let i = 0; i < 3 && i < values.length; i++) {
    const j = values[i] as number;
    const col = COLS[placed ? (placed[i] as number) : i] as keyof CostLine;
    line[col] = (texts[j] as CellText).amount;
    rec.at(path.child(col), (filled[j] as SourceCell).at);
  }
}

function readHeadcount(b: BasicDataTable, filled: SourceCell[], rec: Recorder): void {
  const [authorized, actual, rate] = filled;
  if (authorized) {
    b.authorizedHeadcount = parseAmount(authorized.text);
    rec.at('authorizedHeadcount', authorized.at);
  }
  if (actual) {
    b.actualHeadcount = parseAmount(actual.text);
    rec.at('actualHeadcount', actual.at);
  }
  if (rate) {
    b.headcountControlRate = parseRate(rate.text);
    rec.at('headcountControlRate', rate.at);
  }
}

function readBuildings(b: BasicDataTable, values: SourceCell[], rec: Recorder): void {
  const keys = ['approvedArea', 'actualArea', 'areaControlRate', 'budgetedInvestment', 'actualInvestment', 'investmentControlRate'] as const;
  const buildings = rec.list('buildings');
  values.slice(0, 6).forEach((c, i) => {
    const key = keys[i];
    if (!key) return;
    b.buildings[key] = key.endsWith('Rate') ? parseRate(c.text) : parseAmount(c.text);
    rec.at(buildings.child(key), c.at);
  });
}
