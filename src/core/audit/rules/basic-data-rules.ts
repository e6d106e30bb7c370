import { dec, decOrNull, ratio, sum, type Dec } from '../../number/decimal.js';
import { formatAmount, formatQuotientRate, formatRate } from '../../number/format.js';
import { ratioMatches, sumOfPartsMatches } from '../../number/tolerance.js';
import type { BasicDataTable, CostLine } from '../../model/report.js';
import { BASIC_DATA_TABLE, type AuditContext } from '../context.js';
import type { AuditRule } from '../rule.js';

const SECTION = '附件1';
const SEED_FORM = '湖南省部门整体支出绩效评价基础数据表模板（derived from the seed）；DOMAIN.md §1、§4';
const COLUMNS: { key: keyof CostLine; name: (b: BasicDataTable) => string }[] = [
  { key: 'previousFinal', name: (b) => `${b.previousYear ?? '上年'}年决算数` },
  { key: 'budget', name: (b) => `${b.currentYear ?? '本年'}年预算数` },
  { key: 'final', name: (b) => `${b.currentYear ?? '本年'}年决算数` },
];

interface Partition {
  total: keyof BasicDataTable;
  totalLabel: string;
  parts: (b: BasicDataTable) => { label: string; line: CostLine; path: string }[];
}

const PARTITIONS: Partition[] = [
  {
    total: 'threePublicExpenses',
    totalLabel: '三公经费',
    parts: (b) => [
      { label: '公务用车购置和维护经费', line: b.officialVehicles, path: 'officialVehicles' },
      { label: '出国经费', line: b.overseasTravel, path: 'overseasTravel' },
      { label: '公务接待', line: b.officialReception, path: 'officialReception' },
    ],
  },
  {
    total: 'officialVehicles',
    totalLabel: '公务用车购置和维护经费',
    parts: (b) => [
      { label: '公车购置', line: b.vehiclePurchase, path: 'vehiclePurchase' },
      { label: '公车运行维护', line: b.vehicleOperation, path: 'vehicleOperation' },
    ],
  },
  {
    total: 'projectExpenditure',
    totalLabel: '项目支出',
    parts: (b) => [
      { label: '业务工作经费', line: b.businessFunds, path: 'businessFunds' },
      { label: '运行维护经费', line: b.maintenanceFunds, path: 'maintenanceFunds' },
      ...b.specialFunds.map((s, i) => ({ label: s.name, line: s, path: `specialFunds.${i}` })),
    ],
  },
];

export const basicDataSums: AuditRule = {
  id: 'BASIC-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '基础数据表合计与明细不符',
  description: '基础数据表中三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待；公务用车购置和维护经费 = 公车购置 + 公车运行维护；项目支出 = 业务工作经费 + 运行维护经费 + 各本级专项资金。每一列分别核对，允许每项 0.01 的尾差。',
  source: SEED_FORM,
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    for (const p of PARTITIONS) {
      const total = b[p.total] as CostLine;
      const parts = p.parts(b);
      for (const col of COLUMNS) {
        const t = total[col.key];
        const stated = parts.filter((x) => x.line[col.key] !== null);
        if (t === null || stated.length === 0) continue;
        const amounts = stated.map((x) => dec(x.line[col.key] as string));
        if (sumOfPartsMatches(dec(t), amounts, stated.length)) continue;
        const s = sum(amounts);
        ctx.emit({
          section: SECTION, table: BASIC_DATA_TABLE, row: p.totalLabel, column: col.name(b), path: `basicData.${p.total}.${col.key}`,
          message: `基础数据表“${p.totalLabel}”${col.name(b)}为 ${t}，但其明细之和为 ${formatAmount(s)}（${stated.map((x) => `${x.label} ${x.line[col.key]}`).join(' + ')}）。`,
          expected: formatAmount(s), actual: formatAmount(dec(t)),
        });
      }
    }
  },
};

export const basicDataParts: AuditRule = {
  id: 'BASIC-PARTS-EXCEED',
  severity: 'error',
  family: 'withinTable',
  title: '“其中”项之和超过合计',
  description: '公用经费下的“其中”项（办公经费；水费、电费、差旅费；会议费、培训费）是其组成部分而非全部，其和不得超过公用经费。',
  source: SEED_FORM,
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    const parts = [b.officeExpenses, b.utilitiesAndTravel, b.meetingsAndTraining];
    for (const col of COLUMNS) {
      const t = decOrNull(b.publicFunds[col.key]);
      const stated = parts.map((p) => p[col.key]).filter((v): v is string => v !== null);
      if (t === null || stated.length === 0) continue;
      const s = sum(stated.map(dec));
      if (s.lte(t)) continue;
      ctx.emit({
        section: SECTION, table: BASIC_DATA_TABLE, row: '公用经费', column: col.name(b), path: `basicData.publicFunds.${col.key}`,
        message: `基础数据表“公用经费”${col.name(b)}为 ${b.publicFunds[col.key]}，小于其“其中”各项之和 ${formatAmount(s)}。`,
        expected: `≥${formatAmount(s)}`, actual: formatAmount(t),
      });
    }
  },
};

function rateCheck(ctx: AuditContext, label: string, stated: string | null, num: Dec | null, den: Dec | null, path: string, formula: string): void {
  if (stated === null || num === null || den === null || den.isZero()) return;
  if (ratioMatches(stated, ratio(stated), num, den)) return;
  const exact = formatQuotientRate(num, den);
  ctx.emit({
    section: SECTION, table: BASIC_DATA_TABLE, row: label, column: label, path,
    message: `基础数据表${label}填报为 ${stated}，按 ${formula} 计算应为 ${exact}。`,
    expected: exact, actual: formatRate(ratio(stated)),
  });
}

export const basicDataRates: AuditRule = {
  id: 'BASIC-RATE',
  severity: 'error',
  family: 'withinTable',
  title: '基础数据表控制率计算有误',
  description: '人员控制率 = 实际在职人数 ÷ 编制数；规模控制率 = 实际规模 ÷ 批复规模；投资概算控制率 = 实际投资 ÷ 预算投资。',
  source: 'DOMAIN.md §2（控制率；规模、投资概算控制率口径 *unsure*）',
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    const actual = decOrNull(b.actualHeadcount);
    const authorized = decOrNull(b.authorizedHeadcount);
    rateCheck(ctx, '控制率', b.headcountControlRate, actual, authorized, 'basicData.headcountControlRate', `实际在职人数 ${b.actualHeadcount} ÷ 编制数 ${b.authorizedHeadcount}`);
    const g = b.buildings;
    rateCheck(ctx, '规模控制率', g.areaControlRate, decOrNull(g.actualArea), decOrNull(g.approvedArea), 'basicData.buildings.areaControlRate', `实际规模 ${g.actualArea} ÷ 批复规模 ${g.approvedArea}`);
    rateCheck(ctx, '投资概算控制率', g.investmentControlRate, decOrNull(g.actualInvestment), decOrNull(g.budgetedInvestment), 'basicData.buildings.investmentControlRate', `实际投资 ${g.actualInvestment} ÷ 预算投资 ${g.budgetedInvestment}`);
  },
};

export const threePublicGrowth: AuditRule = {
  id: 'BUD-THREE-PUBLIC-GROWTH',
  severity: 'warning',
  family: 'budgetBehaviour',
  title: '三公经费较上年增长',
  description: '三公经费本年决算数高于上年决算数，与“只减不增”的要求不符，需说明原因。',
  source: '中共中央、国务院《党政机关厉行节约反对浪费条例》；DOMAIN.md §4（预算执行）',
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    const prev = decOrNull(b.threePublicExpenses.previousFinal);
    const cur = decOrNull(b.threePublicExpenses.final);
    if (prev === null || cur === null || cur.lte(prev)) return;
    const change = prev.isZero() ? null : formatQuotientRate(cur.minus(prev), prev);
    ctx.emit({
      section: SECTION, table: BASIC_DATA_TABLE, row: '三公经费', column: COLUMNS[2]?.name(b) ?? '本年决算数', path: 'basicData.threePublicExpenses.final',
      message: `三公经费本年决算数 ${b.threePublicExpenses.final} 高于上年决算数 ${b.threePublicExpenses.previousFinal}${change ? `，增长 ${change}` : ''}，应说明原因。`,
      expected: `≤${formatAmount(prev)}`, actual: formatAmount(cur),
    });
  },
};

export const publicFundsOverBudget: AuditRule = {
  id: 'BUD-PUBLIC-OVER-BUDGET',
  severity: 'warning',
  family: 'budgetBehaviour',
  title: '公用经费决算超过预算',
  description: '基础数据表中公用经费（或其“其中”项）本年决算数超过本年预算数，需核实是否经过调整审批。',
  source: 'DOMAIN.md §4（预算执行：公用经费超预算）',
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    const lines: [string, string, CostLine][] = [['公用经费', 'publicFunds', b.publicFunds]];
    for (const [label, key, line] of lines) {
      const budget = decOrNull(line.budget);
      const fin = decOrNull(line.final);
      if (budget === null || fin === null || fin.lte(budget)) continue;
      ctx.emit({
        section: SECTION, table: BASIC_DATA_TABLE, row: label, column: COLUMNS[2]?.name(b) ?? '本年决算数', path: `basicData.${key}.final`,
        message: `基础数据表“${label}”本年决算数 ${line.final} 超过本年预算数 ${line.budget}（超出 ${formatAmount(fin.minus(budget))}）。`,
        expected: `≤${formatAmount(budget)}`, actual: formatAmount(fin),
      });
    }
  },
};
