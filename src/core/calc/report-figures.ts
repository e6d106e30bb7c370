import { dec, decOrNull, sum, type Dec } from '../number/decimal.js';
import { formatAmount, formatPoints, formatRate } from '../number/format.js';
import type { DepartmentReport, EvaluationTable, SpendingBlock } from '../model/report.js';
import { expectedIndicatorScore } from '../scoring/indicator-score.js';
import { gradeOf } from '../scoring/grade.js';
import type { ScoringRuleSet } from '../scoring/rule-set.js';
import { parseTarget } from '../scoring/target.js';
import { budgetOf, costSavingRate, executionRate, executionScore, executionWeight, rateBudget } from './funds.js';
import { asWritten } from './money-unit.js';
import { budgetFromSources, carriedOut, operatingCost, personnelCost, spentFromClasses } from './spending.js';
import { pushAll } from '../util/arrays.js';

/**
 * Every figure jixiao derives from a report, each with the formula that
 * explains it ("94.46% = 6971.10 ÷ 7380.15") — what `jixiao score` prints and
 * what authoring shows beside each computed cell.
 */
export interface ComputedFigure {
  /** "部门整体支出绩效自评表", "正文·基本支出", "项目支出绩效自评表（辅警经费）". */
  group: string;
  /** "执行率", "人员经费", "总分". */
  label: string;
  /** As printed: "94.46%", "4981.06", "99.34", "优". */
  value: string;
  /** How it was computed, with the stated inputs. */
  formula: string;
}

export function reportFigures(report: DepartmentReport, rules: ScoringRuleSet): ComputedFigure[] {
  const out: ComputedFigure[] = [];
  const g = report.spending.generalBudget;
  for (const [name, block] of [['基本支出', g.basic], ['项目支出', g.project], ['政府性基金预算支出', report.spending.governmentFund], ['国有资本经营预算支出', report.spending.stateCapital], ['社会保险基金预算支出', report.spending.socialInsurance]] as const) {
    if (block) pushAll(out, blockFigures(`正文·${name}`, block));
  }
  const b = report.basicData;
  if (b) {
    const actual = decOrNull(b.actualHeadcount);
    const authorized = decOrNull(b.authorizedHeadcount);
    if (actual && authorized && !authorized.isZero()) out.push({ group: '部门整体支出绩效评价基础数据表', label: '控制率', value: formatRate(actual.div(authorized)), formula: `实际在职人数 ${b.actualHeadcount} ÷ 编制数 ${b.authorizedHeadcount}` });
    const prev = decOrNull(b.threePublicExpenses.previousFinal);
    const cur = decOrNull(b.threePublicExpenses.final);
    if (prev && cur && !prev.isZero()) out.push({ group: '部门整体支出绩效评价基础数据表', label: '三公经费变动率', value: formatRate(cur.minus(prev).div(prev)), formula: `(本年决算 ${b.threePublicExpenses.final} − 上年决算 ${b.threePublicExpenses.previousFinal}) ÷ 上年决算 ${b.threePublicExpenses.previousFinal}` });
  }
  if (report.departmentEvaluation) pushAll(out, tableFigures('部门整体支出绩效自评表', report.departmentEvaluation, rules, rules.costSavingBasis.department));
  for (const p of report.projects) pushAll(out, tableFigures(`项目支出绩效自评表（${p.name}）`, p, rules, rules.costSavingBasis.project));
  return out;
}

function blockFigures(group: string, b: SpendingBlock): ComputedFigure[] {
  const out: ComputedFigure[] = [];
  // asWritten: figures written in 元 are shown in 元 ("7380150.00 元"), not as the six places of 万元 the model keeps.
  const budget = budgetFromSources(b);
  if (budget) out.push({ group, label: '全年预算数', value: formatAmount(budget.value), formula: `上年结转和结余 ${asWritten(b.carriedIn)} + 本年一般公共预算拨款收入 ${asWritten(b.appropriation)} + 本年其他资金收入 ${asWritten(b.otherFunds)}` });
  const spent = spentFromClasses(b);
  if (spent) out.push({ group, label: '全年执行数', value: formatAmount(spent.value), formula: `工资福利支出 ${asWritten(b.wages)} + 商品和服务支出 ${asWritten(b.goodsAndServices)} + 对个人和家庭的补助 ${asWritten(b.householdSubsidies)} + 资本性支出 ${asWritten(b.capitalSpending)}` });
  const out2 = carriedOut(b);
  if (out2) out.push({ group, label: '年末结转和结余', value: formatAmount(out2), formula: `全年预算数 ${asWritten(b.adjustedBudget)} − 全年执行数 ${asWritten(b.spent)}` });
  const rate = executionRate(decOrNull(b.spent), decOrNull(b.adjustedBudget));
  if (rate) out.push({ group, label: '执行率', value: formatRate(rate), formula: `全年执行数 ${asWritten(b.spent)} ÷ 全年预算数 ${asWritten(b.adjustedBudget)}` });
  const personnel = personnelCost(b);
  if (personnel) out.push({ group, label: '人员经费', value: formatAmount(personnel), formula: `工资福利支出 ${asWritten(b.wages)} + 对个人和家庭的补助 ${asWritten(b.householdSubsidies)}` });
  const operating = operatingCost(b);
  if (operating) out.push({ group, label: '日常公用经费', value: formatAmount(operating), formula: `商品和服务支出 ${asWritten(b.goodsAndServices)} + 资本性支出 ${asWritten(b.capitalSpending)}` });
  return out;
}

function tableFigures(group: string, t: EvaluationTable, rules: ScoringRuleSet, basis: 'initialBudget' | 'adjustedBudget'): ComputedFigure[] {
  const out: ComputedFigure[] = [];
  const total = t.total;
  const spent = decOrNull(total.spent);
  const budget = rateBudget(t, total);
  const rate = executionRate(spent, budget?.amount ?? null);
  let execScore: Dec | null = null;
  if (rate && spent && budget) {
    out.push({ group, label: '执行率', value: formatRate(rate), formula: `全年执行数 ${total.spent} ÷ ${budget.column} ${budget.stated}` });
    const weight = executionWeight(total, rules);
    execScore = executionScore(spent, budget.amount, weight, rules);
    out.push({ group, label: '执行率得分', value: formatPoints(execScore), formula: `分值 ${weight.toString()} × 执行率 ${formatRate(rate)}${rules.capExecutionScore ? '，不超过分值' : ''}` });
  }
  const saving = costSavingRate(budgetOf(total, basis), decOrNull(total.spent));
  if (saving) out.push({ group, label: '成本节约率', value: formatRate(saving), formula: `(${basis === 'initialBudget' ? '年初预算数' : '全年预算数'} ${total[basis]} − 全年执行数 ${total.spent}) ÷ ${total[basis]}` });
  const weights = t.indicators.map((i) => i.weight).filter((w): w is string => w !== null);
  if (weights.length > 0) out.push({ group, label: '指标分值合计', value: formatPoints(sum(weights.map(dec))), formula: `${weights.length} 个三级指标分值之和（应为 ${rules.indicatorTotal}）` });
  for (const ind of t.indicators) {
    const w = decOrNull(ind.weight);
    if (w === null || ind.name === '') continue;
    const outcome = expectedIndicatorScore(parseTarget(ind.target), parseTarget(ind.actual), w, rules.overTargetScoring);
    if (outcome.kind === 'computed') {
      out.push({ group, label: `${ind.name}得分（复算）`, value: formatPoints(outcome.score), formula: outcome.byCompletionRatio ? `分值 ${ind.weight} × 完成比例 ${ind.actual}` : `指标值 ${ind.target}，实际值 ${ind.actual}，分值 ${ind.weight}` });
    }
  }
  const scores = t.indicators.map((i) => i.score).filter((s): s is string => s !== null);
  if (scores.length > 0) {
    const s = sum(scores.map(dec));
    out.push({ group, label: '指标得分合计', value: formatPoints(s), formula: `${scores.length} 个三级指标填报得分之和` });
    const recomputed = execScore ? s.plus(execScore) : s;
    out.push({ group, label: '总分', value: formatPoints(recomputed), formula: `执行率得分 ${execScore ? formatPoints(execScore) : '—'} + 指标得分合计 ${formatPoints(s)}` });
    out.push({ group, label: '等级', value: gradeOf(recomputed, rules), formula: `总分 ${formatPoints(recomputed)}：优 ≥ 90，良 80–90，中 60–80，差 < 60` });
  }
  return out;
}
