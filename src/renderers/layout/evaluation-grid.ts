import type { DepartmentEvaluation, FundsRow, ProjectEvaluation } from '../../core/model/report.js';
import type { ScoringRuleSet } from '../../core/scoring/rule-set.js';
import { amountCell, executionScoreCell, live, pointsCell, rateCell } from './figure-cells.js';
import { label, text, type Grid, type GridCell } from './grid.js';
import { indicatorRows } from './indicator-grid.js';
import { pushAll } from '../../core/util/arrays.js';

/**
 * 附件2 部门整体支出绩效自评表 and 附件3 项目支出绩效自评表 laid out as the
 * Hunan forms of the reference report: nine columns; the funds block, the
 * overall goal, the indicators and 总分. With `formulas`, 年度资金总额 adds up
 * its rows, 执行率 = 全年执行数 ÷ 全年预算数 and 执行率得分 = 分值 × 执行率 (capped
 * as the rule set says) are live.
 */
const WIDTHS = [40, 70, 70, 110, 64, 54, 54, 54, 84];

function executionFormulas(rules: ScoringRuleSet): { rate: string; score: string } {
  const rate = '{execRate}';
  const scored = rules.capExecutionScore ? `MIN(1,${rate})` : rate;
  return {
    rate: 'IF({totalAdjusted}=0,"",{totalSpent}/{totalAdjusted})',
    score: `IF(${rate}="","",MAX(0,ROUND({execWeight}*${scored},2)))`,
  };
}

/** The 年度资金总额 row's six figures, from column `col` on; its score cell spans `scoreSpan`. */
function totalCells(row: FundsRow, col: number, formulas: boolean, rules: ScoringRuleSet, amounts: Record<'initialBudget' | 'adjustedBudget' | 'spent', string | undefined>, scoreSpan = 1): GridCell[] {
  const f = executionFormulas(rules);
  return [
    amountCell(col, row.initialBudget, live(formulas, 'totalInitial', amounts.initialBudget)),
    amountCell(col + 1, row.adjustedBudget, live(formulas, 'totalAdjusted', amounts.adjustedBudget)),
    amountCell(col + 2, row.spent, live(formulas, 'totalSpent', amounts.spent)),
    pointsCell(col + 3, row.weight, { id: 'execWeight' }),
    rateCell(col + 4, row.executionRate, live(formulas, 'execRate', f.rate)),
    executionScoreCell(col + 5, row.score, live(formulas, 'execScore', f.score), scoreSpan > 1 ? { colSpan: scoreSpan } : {}),
  ];
}

export function departmentGrid(t: DepartmentEvaluation, rules: ScoringRuleSet, formulas: boolean): Grid {
  const rows: GridCell[][] = [];
  const unit = t.moneyUnit;
  const n = Math.max(t.sources.length, 4);
  rows.push([label(0, '预算部门名称', { colSpan: 3 }), text(3, t.unit, { colSpan: 6 })]);
  rows.push([
    label(0, `年度预算申请（${unit}）`, { rowSpan: 3 + n }), label(1, '', { colSpan: 2 }),
    label(3, `年初预算数（${unit}）`), label(4, `全年预算数（${unit}）`), label(5, `全年执行数（${unit}）`), label(6, '分值'), label(7, '执行率'), label(8, '得分'),
  ]);
  const sourceIds = t.sources.map((_, i) => `{source${i}}`);
  rows.push([
    label(1, '年度资金总额：', { colSpan: 2 }),
    ...totalCells(t.total, 3, formulas, rules, {
      initialBudget: undefined,
      adjustedBudget: partsFormula(t.total.adjustedBudget, t.sources.map((s) => s.row.adjustedBudget), sourceIds),
      spent: partsFormula(t.total.spent, [t.basic.spent, t.project.spent], ['{natureBasic}', '{natureProject}']),
    }),
  ]);
  rows.push([label(1, '按收入性质分：', { colSpan: 4 }), label(5, '按支出性质分：', { colSpan: 4 })]);
  for (let i = 0; i < n; i++) {
    const s = t.sources[i];
    const row: GridCell[] = s
      ? [label(1, `${s.label}：`, { colSpan: 2 }), amountCell(3, s.row.adjustedBudget, { id: `source${i}` }, { colSpan: 2 })]
      : [label(1, '', { colSpan: 2 }), text(3, '', { colSpan: 2 })];
    if (i === 0) row.push(label(5, '其中：基本支出：', { colSpan: 2 }), amountCell(7, t.basic.spent, { id: 'natureBasic' }, { colSpan: 2 }));
    else if (i === 2) row.push(label(5, '项目支出：', { colSpan: 2 }), amountCell(7, t.project.spent, { id: 'natureProject' }, { colSpan: 2 }));
    else row.push(text(5, '', { colSpan: 2 }), text(7, '', { colSpan: 2 }));
    rows.push(row);
  }
  rows.push(...goalRows(t.overallGoal, 3, 4));
  pushAll(rows, indicatorRows(t, { formulas, rules, costSaving: costSavingFormula(rules.costSavingBasis.department) }));
  return { widths: WIDTHS, rows };
}

export function projectGrid(t: ProjectEvaluation, rules: ScoringRuleSet, formulas: boolean): Grid {
  const rows: GridCell[][] = [];
  const unit = t.moneyUnit;
  rows.push([label(0, '项目支出名称'), text(1, t.name, { colSpan: 8 })]);
  rows.push([label(0, '主管部门'), text(1, t.supervisor, { colSpan: 3 }), label(4, '实施单位'), text(5, t.implementer, { colSpan: 4 })]);
  rows.push([
    label(0, `项目资金（${unit}）`, { rowSpan: 2 + t.sources.length }), label(1, '资金来源'),
    label(2, '年初预算数'), label(3, '全年预算数'), label(4, '全年执行数'), label(5, '分值'), label(6, '执行率'), label(7, '得分', { colSpan: 2 }),
  ]);
  const columns = ['initialBudget', 'adjustedBudget', 'spent'] as const;
  t.sources.forEach((s, i) => {
    rows.push([
      label(1, i === 0 ? `其中：${s.label}` : s.label),
      ...columns.map((c, k) => amountCell(2 + k, s.row[c], { id: `src${i}.${c}` })),
      pointsCell(5, s.row.weight),
      rateCell(6, s.row.executionRate),
      pointsCell(7, s.row.score, {}, { colSpan: 2 }),
    ]);
  });
  const sum = (c: (typeof columns)[number]) => partsFormula(t.total[c], t.sources.map((s) => s.row[c]), t.sources.map((_, i) => `{src${i}.${c}}`));
  rows.push([label(1, '年度资金总额'), ...totalCells(t.total, 2, formulas, rules, { initialBudget: sum('initialBudget'), adjustedBudget: sum('adjustedBudget'), spent: sum('spent') }, 2)]);
  rows.push(...goalRows(t.overallGoal, 1, 3));
  pushAll(rows, indicatorRows(t, { formulas, rules, costSaving: costSavingFormula(rules.costSavingBasis.project) }));
  return { widths: WIDTHS, rows };
}

/**
 * SUM over the part cells, unless the total is stated without any part (then
 * it is an input the parts cannot say); an empty form gets its formulas.
 */
function partsFormula(total: string | null, parts: (string | null)[], refs: string[]): string | undefined {
  if (refs.length === 0 || (total !== null && parts.every((p) => p === null))) return undefined;
  return `SUM(${refs.join(',')})`;
}

function costSavingFormula(basis: 'initialBudget' | 'adjustedBudget'): string {
  const budget = basis === 'initialBudget' ? '{totalInitial}' : '{totalAdjusted}';
  return `IF(${budget}=0,"",(${budget}-{totalSpent})/${budget})`;
}

/** 年度总体目标: the label over two rows, then 预期目标 and 实际完成情况 side by side. */
function goalRows(goal: { expected: string; achieved: string }, labelSpan: number, expectedSpan: number): GridCell[][] {
  const achievedAt = labelSpan + expectedSpan;
  const achievedSpan = 9 - achievedAt;
  return [
    [label(0, '年度总体目标', { rowSpan: 2, colSpan: labelSpan }), label(labelSpan, '预期目标', { colSpan: expectedSpan }), label(achievedAt, '实际完成情况', { colSpan: achievedSpan })],
    [text(labelSpan, goal.expected, { colSpan: expectedSpan }), text(achievedAt, goal.achieved, { colSpan: achievedSpan })],
  ];
}
