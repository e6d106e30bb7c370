import { compareQuotient, dec, decOrNull, ratio, sum, type Dec } from '../../number/decimal.js';
import { formatAmount, formatQuotientRate, formatRate } from '../../number/format.js';
import { ratioMatches, sumOfPartsMatches } from '../../number/tolerance.js';
import { executionScoreMatches, executionWeight, formatExecutionScore, rateBudget, taskAmount, type RateBudget } from '../../calc/funds.js';
import type { FundsRow } from '../../model/report.js';
import { DEPARTMENT_TABLE } from '../context.js';
import type { AuditRule } from '../rule.js';
import { AMOUNT_COLUMNS, FUNDS_COLUMNS } from './labels.js';

const SOURCE_10 = '财预〔2020〕10号 附件2（项目支出绩效自评表）；DOMAIN.md §4';

export const fundsSourcesSum: AuditRule = {
  id: 'FUNDS-SOURCES-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '年度资金总额与各资金来源之和不符',
  description: '自评表中“年度资金总额”每一列（年初预算数、全年预算数、全年执行数）应等于各资金来源行（财政拨款、上年结转、其他资金等）之和，允许每项 0.01 的尾差；有来源行未填而已填各项之和小于总额时不作判断。',
  source: SOURCE_10,
  check(ctx) {
    for (const t of ctx.tables()) {
      for (const col of AMOUNT_COLUMNS) {
        const total = t.table.total[col];
        if (total === null) continue;
        const parts: Dec[] = [];
        let blank = false;
        for (const s of t.table.sources) {
          const v = s.row[col];
          if (v !== null) parts.push(dec(v));
          else blank = true;
        }
        if (parts.length === 0 || sumOfPartsMatches(dec(total), parts, parts.length)) continue;
        const partsSum = sum(parts);
        // A source left blank may hold what the others leave of the total (当年财政拨款 blank, 上年结转 0, 其他资金 0):
        // the figures are incomplete, not contradictory. Parts already above the total are wrong whatever the blank holds.
        if (blank && partsSum.lt(dec(total))) continue;
        ctx.emit({
          section: t.section, table: t.name, row: '年度资金总额', column: FUNDS_COLUMNS[col], path: `${t.path}.total.${col}`,
          message: `${t.name}“年度资金总额”的${FUNDS_COLUMNS[col]}为 ${total}，但各资金来源之和为 ${formatAmount(partsSum)}（${t.table.sources.filter((s) => s.row[col] !== null).map((s) => `${s.label.replace(/[:：]$/, '')} ${s.row[col]}`).join(' + ')}）。`,
          expected: formatAmount(partsSum), actual: formatAmount(dec(total)),
        });
      }
    }
  },
};

export const deptNatureSum: AuditRule = {
  id: 'DEPT-NATURE-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '年度资金总额与基本支出、项目支出之和不符',
  description: '部门整体支出绩效自评表中，按支出性质分的基本支出与项目支出之和应等于年度资金总额的同一列。',
  source: 'DOMAIN.md §1、§4（部门整体支出绩效自评表）',
  check(ctx) {
    const dept = ctx.report.departmentEvaluation;
    if (!dept) return;
    for (const col of AMOUNT_COLUMNS) {
      const b = dept.basic[col];
      const p = dept.project[col];
      const total = dept.total[col];
      if (total === null || (b === null && p === null)) continue;
      const stated = [decOrNull(b), decOrNull(p)];
      if (sumOfPartsMatches(dec(total), stated, 2)) continue;
      const parts = sum(stated);
      ctx.emit({
        section: '附件2', table: '部门整体支出绩效自评表', row: '年度资金总额', column: FUNDS_COLUMNS[col], path: `departmentEvaluation.total.${col}`,
        message: `部门整体支出绩效自评表“年度资金总额”的${FUNDS_COLUMNS[col]}为 ${total}，但基本支出 ${b ?? '（未填）'} 与项目支出 ${p ?? '（未填）'} 之和为 ${formatAmount(parts)}。`,
        expected: formatAmount(parts), actual: formatAmount(dec(total)),
      });
    }
  },
};

export const deptTasksSum: AuditRule = {
  id: 'DEPT-TASKS-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '年度主要任务之和与金额合计不符',
  description: '财政部式样的部门整体支出绩效自评表中，年度主要任务各行的预算数、执行数之和应等于其“金额合计”（即年度资金总额），允许每项 0.01 的尾差。',
  source: '财政部部门整体支出绩效自评表式样（年度主要任务：任务名称、主要内容、预算数、执行数、金额合计）；DOMAIN.md §4（within a table）',
  check(ctx) {
    const dept = ctx.report.departmentEvaluation;
    const tasks = dept?.tasks ?? [];
    if (!dept || tasks.length < 2) return;
    for (const [col, name] of [['adjustedBudget', '预算数'], ['spent', '执行数']] as const) {
      const total = dept.total[col];
      const parts = tasks.map((t) => taskAmount(t, col)).filter((v): v is string => v !== null);
      if (total === null || parts.length === 0) continue;
      const amounts = parts.map(dec);
      if (sumOfPartsMatches(dec(total), amounts, parts.length)) continue;
      const partsSum = sum(amounts);
      ctx.emit({
        section: '附件2', table: DEPARTMENT_TABLE, row: '金额合计', column: name, path: `departmentEvaluation.total.${col}`,
        message: `部门整体支出绩效自评表年度主要任务的${name}合计填报为 ${total}，但 ${parts.length} 项任务之和为 ${formatAmount(partsSum)}（${tasks.filter((t) => taskAmount(t, col) !== null).map((t) => `${t.name} ${taskAmount(t, col)}`).join(' + ')}）。`,
        expected: formatAmount(partsSum), actual: formatAmount(dec(total)),
      });
    }
  },
};

/** What a message adds when a rate divides by the 年初预算数, the table stating no 全年预算数. */
function onlyBudget(budget: RateBudget, separator = '，'): string {
  return budget.column === '年初预算数' ? `${separator}表中未填全年预算数，以年初预算数计` : '';
}

/** The funds rows of a table whose execution rate a rule checks: the total and any source row stating a rate. */
function rateRows(total: FundsRow, sources: { label: string; row: FundsRow }[]): { label: string; key: string; row: FundsRow }[] {
  const rows = [{ label: '年度资金总额', key: 'total', row: total }];
  sources.forEach((s, i) => {
    if (s.row.executionRate !== null) rows.push({ label: s.label.replace(/^其中[:：]/, '').replace(/[:：]$/, ''), key: `sources.${i}.row`, row: s.row });
  });
  return rows;
}

export const fundsExecutionRate: AuditRule = {
  id: 'FUNDS-EXEC-RATE',
  severity: 'error',
  family: 'withinTable',
  title: '执行率与全年预算数、全年执行数不符',
  description: '执行率 = 全年执行数 ÷ 全年预算数（调整后预算，而非年初预算），填报值应等于按此计算并四舍五入到所填位数的结果（已计入金额本身的舍入）。表中各行均未填全年预算数（表格无此栏）时，年初预算数是表中唯一的预算数，以之计算。',
  source: '财预〔2020〕10号 附件2；DOMAIN.md §2',
  check(ctx) {
    for (const t of ctx.tables()) {
      for (const r of rateRows(t.table.total, t.table.sources)) {
        const stated = r.row.executionRate;
        const spent = decOrNull(r.row.spent);
        const budget = rateBudget(t.table, r.row);
        if (stated === null || spent === null || budget === null) continue;
        if (ratioMatches(stated, ratio(stated), spent, budget.amount)) continue;
        const exact = formatQuotientRate(spent, budget.amount);
        ctx.emit({
          section: t.section, table: t.name, row: r.label, column: '执行率', path: `${t.path}.${r.key}.executionRate`,
          message: `${t.name}“${r.label}”的执行率填报为 ${stated}，按全年执行数 ${r.row.spent} ÷ ${budget.column} ${budget.stated} 计算应为 ${exact}${onlyBudget(budget)}。`,
          expected: exact, actual: formatRate(ratio(stated)),
        });
      }
    }
  },
};

export const fundsExecutionScore: AuditRule = {
  id: 'FUNDS-EXEC-SCORE',
  severity: 'error',
  family: 'withinTable',
  title: '执行率得分计算有误',
  description: '执行率得分 = 分值 × 执行率（按全年执行数 ÷ 全年预算数计算；表中无全年预算数时按年初预算数），不超过分值；填报得分应等于按所选评分规则计算并四舍五入到所填位数的结果。',
  source: '财预〔2020〕10号 附件2（预算执行率得分）；DOMAIN.md §2',
  check(ctx) {
    for (const t of ctx.tables()) {
      const row = t.table.total;
      const stated = row.score;
      const spent = decOrNull(row.spent);
      const budget = rateBudget(t.table, row);
      if (stated === null || spent === null || budget === null) continue;
      const weight = executionWeight(row, ctx.rules);
      if (executionScoreMatches(stated, dec(stated), spent, budget.amount, weight, ctx.rules)) continue;
      const expected = formatExecutionScore(spent, budget.amount, weight, ctx.rules, stated);
      ctx.emit({
        section: t.section, table: t.name, row: '年度资金总额', column: '得分', path: `${t.path}.total.score`,
        message: `${t.name}执行率得分填报为 ${stated}，按分值 ${weight.toString()} × 执行率 ${formatQuotientRate(spent, budget.amount)}（${row.spent} ÷ ${budget.stated}）计算应为 ${expected}（评分规则：${ctx.rules.name}${onlyBudget(budget, '；')}）。`,
        expected, actual: stated,
      });
    }
  },
};

export const fundsOverspent: AuditRule = {
  id: 'FUNDS-OVERSPENT',
  severity: 'warning',
  family: 'budgetBehaviour',
  title: '全年执行数超过全年预算数',
  description: '执行数大于全年预算数（执行率超过 100%）通常说明预算数填的是年初数或数据有误，需核实。',
  source: '财预〔2020〕10号；DOMAIN.md §4（预算执行）',
  check(ctx) {
    for (const t of ctx.tables()) {
      const spent = decOrNull(t.table.total.spent);
      const budget = rateBudget(t.table, t.table.total);
      if (spent === null || budget === null || spent.lte(budget.amount)) continue;
      ctx.emit({
        section: t.section, table: t.name, row: '年度资金总额', column: '全年执行数', path: `${t.path}.total.spent`,
        message: `${t.name}全年执行数 ${t.table.total.spent} 超过${budget.column} ${budget.stated}（执行率 ${formatQuotientRate(spent, budget.amount)}），请核实预算数是否为调整后全年预算。`,
        expected: `≤${formatAmount(budget.amount)}`, actual: formatAmount(spent),
      });
    }
  },
};

export const budgetExecutionLow: AuditRule = {
  id: 'BUD-EXEC-LOW',
  severity: 'warning',
  family: 'budgetBehaviour',
  title: '预算执行率低于 90%',
  description: '执行率低于 90% 的资金需说明原因；部分省份（如四川）要求此时填写偏差原因。',
  source: 'DOMAIN.md §3（偏差说明）、§4（预算执行）',
  check(ctx) {
    for (const t of ctx.tables()) {
      const spent = decOrNull(t.table.total.spent);
      const budget = rateBudget(t.table, t.table.total)?.amount;
      if (spent === null || budget === undefined || compareQuotient(spent, budget, LOW_EXECUTION) >= 0) continue;
      const rate = formatQuotientRate(spent, budget);
      ctx.emit({
        section: t.section, table: t.name, row: '年度资金总额', column: '执行率', path: `${t.path}.total.executionRate`,
        message: `${t.name}预算执行率为 ${rate}，低于 90%，应说明原因。`,
        expected: '≥90.00%', actual: rate,
      });
    }
  },
};

const LOW_EXECUTION: Dec = dec('0.9');
