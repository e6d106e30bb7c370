import { compare, compareToProduct, dec, decOrNull, ratio, RunningSum, ZERO, type Dec } from '../../number/decimal.js';
import { formatLike, formatQuotientRate, formatRate } from '../../number/format.js';
import { ratioMatches, statedMatches } from '../../number/tolerance.js';
import { budgetOf } from '../../calc/funds.js';
import { expectedIndicatorScore } from '../../scoring/indicator-score.js';
import { sameUnit, type ParsedTarget } from '../../scoring/target.js';
import type { Indicator } from '../../model/report.js';
import type { BudgetBasis } from '../../scoring/rule-set.js';
import { level1Kind, type Level1Kind } from '../../model/level-kinds.js';
import type { AuditContext, TableView } from '../context.js';
import type { AuditRule } from '../rule.js';
import type { IndicatorRow } from '../table-figures.js';
import { FUNDS_COLUMNS, hasText } from './labels.js';

const VENDOR = '省级绩效管理系统校验规则（[vendor]）；财预〔2021〕101号；DOMAIN.md §3';

export const targetMalformed: AuditRule = {
  id: 'IND-TARGET-MALFORMED',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '指标值书写不规范',
  description: '年度指标值应由比较符号（≥ > = ≤ <）、数值和计量单位组成；用书名号“》”、制表符“═”等代替数学符号的，系统按其本意理解，但应更正。',
  source: VENDOR,
  check(ctx) {
    for (const v of ctx.indicators()) {
      if (v.target.kind !== 'quantity' || !v.target.malformed) continue;
      ctx.emit({
        section: v.t.section, table: v.t.name, row: v.label, column: '年度指标值', path: v.path, field: 'target',
        message: `${v.t.name}“${v.label}”的年度指标值“${v.ind.target}”书写不规范：${v.target.malformed}。`,
        actual: v.ind.target,
      });
    }
  },
};

const QUANTITATIVE_LEVEL2 = /数量|成本/;
/** Names of indicators that are shares of a whole and so cannot exceed 100%. */
const SHARE_NAME = /率|满意度|比例|占比|覆盖面/;
const HUNDRED_PERCENT = dec('100');

export const actualOverHundred: AuditRule = {
  id: 'IND-ACTUAL-OVER-100',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '比率类指标实际完成值超过 100%',
  description: '满意度、达标率、及时率、覆盖率等比率类指标的实际完成值不可能超过 100%，多为填报错误。',
  source: VENDOR,
  check(ctx) {
    for (const v of ctx.indicators()) {
      if (!SHARE_NAME.test(v.ind.name) || v.actual.kind !== 'quantity' || v.actual.unit !== '%') continue;
      if (v.target.kind === 'quantity' && v.target.unit !== '%') continue;
      if (compare(v.actual.value, HUNDRED_PERCENT) <= 0) continue;
      ctx.emit({
        section: v.t.section, table: v.t.name, row: v.label, column: '实际完成值', path: v.path, field: 'actual',
        message: `${v.t.name}“${v.label}”是比率类指标，实际完成值 ${v.ind.actual} 超过 100%。`,
        expected: '≤100%', actual: v.ind.actual,
      });
    }
  },
};

export const targetUnquantified: AuditRule = {
  id: 'IND-TARGET-UNQUANTIFIED',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '数量、成本指标未量化',
  description: '数量指标和成本指标应设定可衡量的数值目标（财预〔2021〕101号：核心指标原则上应量化）。',
  source: '财预〔2021〕101号；DOMAIN.md §3',
  check(ctx) {
    for (const v of ctx.indicators()) {
      if (v.target.kind !== 'qualitative' || !QUANTITATIVE_LEVEL2.test(v.ind.level2)) continue;
      ctx.emit({
        section: v.t.section, table: v.t.name, row: v.label, column: '年度指标值', path: v.path, field: 'target',
        message: `${v.t.name}“${v.label}”属${v.ind.level2}，年度指标值“${v.ind.target}”未量化。`,
        actual: v.ind.target,
      });
    }
  },
};

export const unitMismatch: AuditRule = {
  id: 'IND-UNIT-MISMATCH',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '实际完成值与指标值计量单位不一致',
  description: '实际完成值应以年度指标值的计量单位填写；不少报告填写完成比例（如指标值“≥48公斤/人/月”而实际值“94.75%”），此时只能按完成比例评分。',
  source: VENDOR,
  check(ctx) {
    for (const v of ctx.indicators()) {
      if (v.target.kind !== 'quantity' || v.actual.kind !== 'quantity') continue;
      if (v.target.unit === '' || v.actual.unit === '' || sameUnit(v.target.unit, v.actual.unit)) continue;
      ctx.emit({
        section: v.t.section, table: v.t.name, row: v.label, column: '实际完成值', path: v.path, field: 'actual',
        message: `${v.t.name}“${v.label}”指标值“${v.ind.target}”以“${v.target.unit}”计，实际完成值“${v.ind.actual}”却以“${v.actual.unit}”计。`,
        expected: v.target.unit, actual: v.actual.unit,
      });
    }
  },
};

export const scoreUnreproducible: AuditRule = {
  id: 'IND-SCORE-UNREPRODUCIBLE',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '得分无法按评分规则复算',
  description: '按所选评分规则（≥/> 未达标按比例、=0 未达即零分、≤/< 超出按比例扣减、完成比例按比例）复算的得分与填报得分不同。各省有未成文的做法，故为提示而非错误。',
  source: VENDOR,
  check(ctx) {
    for (const v of ctx.indicators()) {
      const { weight: w, score: s, scoreVsWeight } = v;
      if (w === null || s === null || scoreVsWeight === null || scoreVsWeight > 0 || s.isNegative()) continue;
      const outcome = expectedIndicatorScore(v.target, v.actual, w, ctx.rules.overTargetScoring);
      if (outcome.kind !== 'computed') continue;
      const stated = v.ind.score as string;
      if (statedMatches(stated, s, outcome.score)) continue;
      const how = outcome.byCompletionRatio ? `按完成比例 ${v.ind.actual} 计` : `按指标值“${v.ind.target}”与实际值“${v.ind.actual}”计`;
      const expected = formatLike(outcome.score, stated);
      ctx.emit({
        section: v.t.section, table: v.t.name, row: v.label, column: '得分', path: v.path, field: 'score',
        message: `${v.t.name}“${v.label}”得分 ${stated}，${how}应得 ${expected} 分（评分规则：${ctx.rules.name}）。`,
        expected, actual: stated,
      });
    }
  },
};

export const deviationNoteMissing: AuditRule = {
  id: 'IND-DEVIATION-NOTE',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '扣分未说明偏差原因',
  description: '指标得分低于分值（或按评分规则超额完成达到规定比例）时，应填写“偏差原因分析及改进措施”。',
  source: VENDOR,
  check(ctx) {
    const overRatio = ctx.rules.overAchievementNoteRatio ? dec(ctx.rules.overAchievementNoteRatio) : null;
    for (const v of ctx.indicators()) {
      if (hasText(v.ind.deviationNote)) continue;
      if (v.scoreVsWeight !== null && v.scoreVsWeight < 0) {
        ctx.emit({
          section: v.t.section, table: v.t.name, row: v.label, column: '偏差原因分析及改进措施', path: v.path, field: 'deviationNote',
          message: `${v.t.name}“${v.label}”得分 ${v.ind.score} 低于分值 ${v.ind.weight}，但未填写偏差原因分析及改进措施。`,
        });
      } else if (overRatio && overAchieved(v.target, v.actual, overRatio)) {
        ctx.emit({
          section: v.t.section, table: v.t.name, row: v.label, column: '偏差原因分析及改进措施', path: v.path, field: 'deviationNote',
          message: `${v.t.name}“${v.label}”实际完成值“${v.ind.actual}”超过指标值“${v.ind.target}”的 ${overRatio.times(100).toString()}%，应说明偏差原因（评分规则：${ctx.rules.name}）。`,
        });
      }
    }
  },
};

function overAchieved(target: ParsedTarget, actual: ParsedTarget, overRatio: Dec): boolean {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity' || !sameUnit(target.unit, actual.unit)) return false;
  if (target.comparator !== '>=' && target.comparator !== '>') return false;
  return compare(target.value, ZERO) > 0 && compareToProduct(actual.value, target.value, overRatio) >= 0;
}

/** A 成本节约率 indicator whose stated actual disagrees with its table's funds on the rule set's basis. */
interface CostSavingMismatch {
  v: IndicatorRow;
  /** The actual as a rate, without any comparator a unit may have written before it (">0%"). */
  stated: string;
  statedRatio: Dec;
  budget: Dec;
  spent: Dec;
  basis: BudgetBasis;
  /** Whether it agrees with the other basis (年初 instead of 全年预算数, or the reverse). */
  matchesOther: boolean;
}

const COST_SAVING_MISMATCHES = { shared: 'cost-saving mismatches' };

/** The 成本节约率 indicators that disagree with their table's own funds, worked out once for both rules. */
function costSavingMismatches(ctx: AuditContext): CostSavingMismatch[] {
  return ctx.once(COST_SAVING_MISMATCHES, () => findCostSavingMismatches(ctx));
}

function findCostSavingMismatches(ctx: AuditContext): CostSavingMismatch[] {
  const out: CostSavingMismatch[] = [];
  for (const v of ctx.indicators()) {
    // Any name with 节约率: 成本节约率, 资金节约率, 节约率.
    if (v.actual.kind !== 'quantity' || v.actual.unit !== '%' || !v.ind.name.includes('节约率')) continue;
    const total = v.t.table.total;
    const basis = v.t.kind === 'department' ? ctx.rules.costSavingBasis.department : ctx.rules.costSavingBasis.project;
    const spent = decOrNull(total.spent);
    const budget = budgetOf(total, basis);
    if (spent === null || budget === null || budget.isZero()) continue;
    const stated = `${v.actual.valueText}%`;
    const statedRatio = ratio(stated);
    if (ratioMatches(stated, statedRatio, budget.minus(spent), budget)) continue;
    const otherBudget = budgetOf(total, otherBasis(basis));
    const matchesOther = otherBudget !== null && !otherBudget.isZero() && ratioMatches(stated, statedRatio, otherBudget.minus(spent), otherBudget);
    out.push({ v, stated, statedRatio, budget, spent, basis, matchesOther });
  }
  return out;
}

/** The budget a 成本节约率 on the other basis is worked out from: 年初 for 全年预算数, and the reverse. */
function otherBasis(basis: BudgetBasis): BudgetBasis {
  return basis === 'initialBudget' ? 'adjustedBudget' : 'initialBudget';
}

/** Reports the 成本节约率 mismatches that agree with the other basis, or those that agree with neither. */
function costSavingCheck(ctx: AuditContext, emitOn: 'neither' | 'otherBasis'): void {
  for (const { v, stated, statedRatio, budget, spent, basis, matchesOther } of costSavingMismatches(ctx)) {
    if ((emitOn === 'otherBasis') !== matchesOther) continue;
    const total = v.t.table.total;
    const exact = formatQuotientRate(budget.minus(spent), budget);
    const basisName = FUNDS_COLUMNS[basis];
    const otherName = FUNDS_COLUMNS[otherBasis(basis)];
    ctx.emit({
      section: v.t.section, table: v.t.name, row: v.label, column: '实际完成值', path: v.path, field: 'actual',
      message: matchesOther
        ? `${v.t.name}成本节约率填报为 ${stated}，系按${otherName}计算；按本评分规则应以${basisName} ${total[basis]} 计：(${total[basis]} − ${total.spent}) ÷ ${total[basis]} = ${exact}，口径与其他表不一致。`
        : `${v.t.name}成本节约率填报为 ${stated}，按${basisName} ${total[basis]} 与全年执行数 ${total.spent} 计算应为 ${exact}。`,
      expected: exact, actual: formatRate(statedRatio),
    });
  }
}

export const costSaving: AuditRule = {
  id: 'IND-COST-SAVING',
  severity: 'error',
  family: 'withinTable',
  title: '成本节约率与表内资金数不符',
  description: '成本节约率 =（预算数 − 执行数）÷ 预算数；部门整体表以全年预算数、项目表以年初预算数计（以评分规则为准）。填报值与两种口径都不符时为错误。',
  source: 'DOMAIN.md §2（成本节约率，derived from the seed）',
  check: (ctx) => costSavingCheck(ctx, 'neither'),
};

export const costSavingBasis: AuditRule = {
  id: 'IND-COST-SAVING-BASIS',
  severity: 'warning',
  family: 'withinTable',
  title: '成本节约率计算口径与评分规则不一致',
  description: '成本节约率与按另一种预算口径（年初预算数或全年预算数）计算的结果相符，但不符合所选评分规则的口径，也与同一报告中其他表的口径不一致。',
  source: 'DOMAIN.md §2（成本节约率，derived from the seed）',
  check: (ctx) => costSavingCheck(ctx, 'otherBasis'),
};

export const level1Split: AuditRule = {
  id: 'IND-LEVEL1-SPLIT',
  severity: 'info',
  family: 'indicatorQuality',
  title: '一级指标分值结构与模板不同',
  description: '各一级指标的分值合计与评分规则的模板结构（如湖南项目表：成本 20、产出 20、效益 40、满意度 10）不同；模板结构并非强制，仅供参考。',
  source: 'DOMAIN.md §3（Weights）',
  check(ctx) {
    const split = ctx.rules.level1Split;
    if (!split) return;
    for (const t of ctx.tables()) {
      if (t.kind !== 'project') continue;
      const sums = level1Sums(t);
      if (sums.size === 0) continue;
      if (Object.entries(split).every(([k, w]) => compare(sums.get(k) ?? ZERO, dec(w)) === 0)) continue;
      const names: Record<string, string> = { output: '产出', benefit: '效益', satisfaction: '满意度', cost: '成本' };
      const actual = Object.keys(split).map((k) => `${names[k]}${(sums.get(k) ?? ZERO).toString()}`).join('/');
      const expected = Object.entries(split).map(([k, w]) => `${names[k]}${w}`).join('/');
      ctx.emit({ section: t.section, table: t.name, row: '绩效指标', column: '分值', path: `${t.path}.indicators`, message: `${t.name}一级指标分值结构为 ${actual}，模板为 ${expected}（${ctx.rules.name}）。`, expected, actual });
    }
  },
};

/** A table's stated weights added up by the kind of their 一级指标 (kinds without any left out). */
function level1Sums(t: TableView): Map<string, Dec> {
  const running = new Map<Level1Kind, RunningSum>();
  for (const { ind, weight } of t.rows) {
    if (weight === null) continue;
    const kind = level1Kind(ind.level1);
    if (!kind) continue;
    let total = running.get(kind);
    if (!total) {
      total = new RunningSum();
      running.set(kind, total);
    }
    total.add(weight);
  }
  const sums = new Map<string, Dec>();
  for (const [kind, total] of running) sums.set(kind, total.value());
  return sums;
}

/** The figures every indicator row must state, with their column names, in the order a finding lists them. */
const REQUIRED_FIELDS: { key: 'target' | 'actual' | 'weight' | 'score'; label: string }[] = [
  { key: 'target', label: '年度指标值' },
  { key: 'actual', label: '实际完成值' },
  { key: 'weight', label: '分值' },
  { key: 'score', label: '得分' },
];

/** Whether a row states a figure: a text that is not blank, a 分值 or 得分 that is not empty, or a cell marked not applicable ("/"). */
function isFilled(ind: Indicator, key: (typeof REQUIRED_FIELDS)[number]['key']): boolean {
  if (key === 'weight' || key === 'score' ? ind[key] !== null : hasText(ind[key])) return true;
  return ind.notApplicable?.includes(key) === true;
}

export const requiredEmpty: AuditRule = {
  id: 'FIELD-REQUIRED-EMPTY',
  severity: 'warning',
  family: 'indicatorQuality',
  title: '必填项未填',
  description: '项目名称、主管部门、实施单位、预算部门名称，以及每个三级指标的年度指标值、实际完成值、分值和得分均为必填（表中以“/”“—”标明不适用的栏目不算未填）。',
  source: VENDOR,
  check(ctx) {
    for (const t of ctx.tables()) {
      const heads: [string, string, string][] =
        t.kind === 'project'
          ? [['name', '项目支出名称', t.table.name], ['supervisor', '主管部门', t.table.supervisor], ['implementer', '实施单位', t.table.implementer]]
          : [['unit', '预算部门名称', t.table.unit]];
      for (const [key, label, value] of heads) {
        if (value.trim() !== '') continue;
        ctx.emit({ section: t.section, table: t.name, row: label, column: label, path: `${t.path}.${key}`, message: `${t.name}“${label}”未填写。` });
      }
    }
    for (const t of ctx.tables()) {
      // A field counts as required only in tables that have its column (a 评分表 has no 实际完成值).
      const required = REQUIRED_FIELDS.filter((f) => t.rows.some((v) => isFilled(v.ind, f.key)));
      for (const v of t.rows) {
        if (v.ind.name === '') continue;
        for (const { key, label } of required) {
          if (isFilled(v.ind, key)) continue;
          ctx.emit({ section: t.section, table: t.name, row: v.label, column: label, path: v.path, field: key, message: `${t.name}“${v.label}”的${label}未填写。` });
        }
      }
    }
  },
};
