import { decOrNull, sum } from '../number/decimal.js';
import { formatAmount } from '../number/format.js';
import { taskAmount } from '../calc/funds.js';
import type { BudgetSpending, DepartmentEvaluation, DepartmentReport, FundsRow, ProjectEvaluation, SpendingBlock } from '../model/report.js';
import type { ScoringRuleSet } from '../scoring/rule-set.js';
import { deriveBasicData } from './derive-basic-data.js';
import { deriveFundsTotal, deriveSources } from './derive-funds.js';
import { deriveIndicators } from './derive-indicators.js';
import { deriveSpending } from './derive-spending.js';
import { narrate } from './narrative.js';

/**
 * A report "mended": every derived figure recomputed from its inputs, so that
 * a unit types each number once and the tables, the text and the scores
 * agree. Pure; the report given is not changed.
 *
 * What is an input and what is derived (each file's comment has the formulas
 * with a worked example):
 * - sections 二 to 五 (derive-spending.ts): inputs are the sources and the
 *   economic classes of each block and each 业务工作专项's two amounts; the
 *   block totals, 年末结转和结余 and the list's totals and count are derived;
 * - 附件1 (derive-basic-data.ts): inputs are the detail lines, headcounts and
 *   building figures; 三公经费, 公务用车, 项目支出 and the three 控制率 are derived;
 * - 附件2 and 附件3 funds (derive-funds.ts): inputs are the source rows and
 *   分值; 年度资金总额, 执行率 and 执行率得分 are derived. In 附件2 the 全年预算数
 *   and 全年执行数 of 年度资金总额 are section 二 to 五's totals added up, and
 *   按支出性质分 (基本支出, 项目支出) are section 二's blocks, when the narrative
 *   states them; otherwise the source rows add up to 年度资金总额;
 * - indicators (derive-indicators.ts): inputs are names, targets, actuals,
 *   weights, notes and the scores a unit judged; 成本节约率 actuals, scores the
 *   formula can compute where the stated one is missing or out of range, level
 *   weights, 总分 and 等级 are derived;
 * - the figure sentences of 二 and 六（一）（二）(narrative.ts) are written from the
 *   figures; every other paragraph is kept verbatim.
 * What cannot be mended is left for the audit: weights that do not add up to
 * 90, a budget stated without the parts that would say it, a source row
 * contradicting section 二.
 *
 * Idempotent: deriveReport(deriveReport(x)) equals deriveReport(x).
 */
export function deriveReport(report: DepartmentReport, rules: ScoringRuleSet): DepartmentReport {
  const spending = deriveSpending(report.spending);
  const out: DepartmentReport = {
    ...report,
    spending,
    basicData: report.basicData && deriveBasicData(report.basicData),
    departmentEvaluation: report.departmentEvaluation && deriveDepartment(report.departmentEvaluation, spending, rules),
    projects: report.projects.map((p) => deriveProject(p, rules)),
  };
  out.narrative = narrate(out);
  return out;
}

function deriveDepartment(t: DepartmentEvaluation, s: BudgetSpending, rules: ScoringRuleSet): DepartmentEvaluation {
  const g = s.generalBudget;
  const blocks = [g.basic, g.project, s.governmentFund, s.stateCapital, s.socialInsurance].filter((b): b is SpendingBlock => b !== null);
  const given: Partial<Record<'adjustedBudget' | 'spent', string>> = {};
  const tasks = t.tasks ?? [];
  for (const col of ['adjustedBudget', 'spent'] as const) {
    if (blocks.length > 0 && blocks.every((b) => b[col] !== null)) given[col] = formatAmount(sum(blocks.map((b) => decOrNull(b[col]))));
    // The Ministry's form: its 金额合计 is the sum of the 年度主要任务.
    else if (tasks.length > 0 && tasks.every((k) => taskAmount(k, col) !== null)) given[col] = formatAmount(sum(tasks.map((k) => decOrNull(taskAmount(k, col)))));
  }
  const sources = deriveSources(t.sources);
  const total = deriveFundsTotal(t.total, sources, rules, given);
  return {
    ...t,
    sources,
    total,
    basic: natureRow(t.basic, g.basic),
    project: natureRow(t.project, g.project),
    overallGoal: { ...t.overallGoal },
    remarks: t.remarks.map((r) => ({ ...r })),
    ...deriveIndicators(t, total, rules.costSavingBasis.department, rules),
  };
}

/** 按支出性质分: section 二's 全年执行数 (the column the Hunan form prints), and its 全年预算数 where the table states one. */
function natureRow(row: FundsRow, block: SpendingBlock | null): FundsRow {
  const out = { ...row };
  if (!block) return out;
  if (block.spent !== null) out.spent = block.spent;
  if (row.adjustedBudget !== null && block.adjustedBudget !== null) out.adjustedBudget = block.adjustedBudget;
  return out;
}

function deriveProject(t: ProjectEvaluation, rules: ScoringRuleSet): ProjectEvaluation {
  const sources = deriveSources(t.sources);
  const total = deriveFundsTotal(t.total, sources, rules);
  return {
    ...t,
    sources,
    total,
    overallGoal: { ...t.overallGoal },
    remarks: t.remarks.map((r) => ({ ...r })),
    ...deriveIndicators(t, total, rules.costSavingBasis.project, rules),
  };
}
