import type { BasicDataTable, CostLine, NamedCostLine } from '../../core/model/report.js';
import type { SourceCell } from '../source-document.js';
import { labelOf, parseAmount, parseRate } from './cell-values.js';
import type { LogicalTable } from './logical-tables.js';
import type { Recorder } from './recorder.js';

/**
 * Reads 附件1 部门整体支出绩效评价基础数据表. Rows are found by their labels;
 * each cost line's three figures are read in order (上年决算数, 本年预算数,
 * 本年决算数), since merged label cells shift the value cells.
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
  [/业务工作经费/, 'businessFunds'],
  [/运行维护经费/, 'maintenanceFunds'],
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
  rec.at('', t.rows[0]?.[0]?.at);
  for (const row of t.rows) {
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length === 0) continue;
    const first = labelOf(filled[0]?.text ?? '');
    const all = row.map((c) => labelOf(c.text)).join('|');
    if (/编制数/.test(all) && /在职/.test(all)) {
      pendingHeadcount = row;
      continue;
    }
    if (pendingHeadcount) {
      readHeadcount(b, filled, rec);
      pendingHeadcount = null;
      continue;
    }
    if (/决算数|预算数/.test(all) && /经费控制|\d{4}年/.test(all)) {
      const years = [...all.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
      if (years.length >= 2) {
        b.previousYear = Math.min(...years);
        b.currentYear = Math.max(...years);
      }
      if (/（元）|\(元\)/.test(all)) b.moneyUnit = '元';
      continue;
    }
    if (/楼堂馆所|批复规模/.test(all)) {
      buildingHeader = true;
      const values = filled.filter((c) => parseAmount(c.text) !== null || /%/.test(c.text));
      if (values.length > 0) readBuildings(b, values, rec);
      continue;
    }
    if (buildingHeader && filled.every((c) => parseAmount(c.text) !== null || /%/.test(c.text))) {
      readBuildings(b, filled, rec);
      buildingHeader = false;
      continue;
    }
    buildingHeader = false;
    if (/厉行节约/.test(first)) {
      b.thriftMeasures = filled.slice(1).map((c) => c.text).join('\n');
      rec.at('thriftMeasures', filled[1]?.at ?? filled[0]?.at);
      continue;
    }
    const labelCell = filled[0] as SourceCell;
    const values = filled.slice(1).filter((c) => parseAmount(c.text) !== null);
    const key = LINES.find(([re]) => re.test(first))?.[1];
    if (/本级专项/.test(first)) {
      inSpecialFunds = true;
      continue;
    }
    if (key) {
      inSpecialFunds = false;
      readLine(b[key], values, rec, key);
      rec.at(key, labelCell.at);
      continue;
    }
    if (values.length === 0) continue;
    const named: NamedCostLine = { name: first, ...emptyLine() };
    const list = inSpecialFunds ? b.specialFunds : b.otherLines;
    readLine(named, values, rec, `${inSpecialFunds ? 'specialFunds' : 'otherLines'}.${list.length}`);
    list.push(named);
  }
  return b;
}

function readLine(line: CostLine, values: SourceCell[], rec: Recorder, path: string): void {
  values.slice(0, 3).forEach((c, i) => {
    const col = COLS[i] as keyof CostLine;
    line[col] = parseAmount(c.text);
    rec.at(`${path}.${col}`, c.at);
  });
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
  values.slice(0, 6).forEach((c, i) => {
    const key = keys[i];
    if (!key) return;
    b.buildings[key] = key.endsWith('Rate') ? parseRate(c.text) : parseAmount(c.text);
    rec.at(`buildings.${key}`, c.at);
  });
}
