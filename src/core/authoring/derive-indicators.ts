import { dec, decOrNull, sum, ZERO } from '../number/decimal.js';
import { formatPoints, formatRate } from '../number/format.js';
import { budgetOf, costSavingRate } from '../calc/funds.js';
import type { EvaluationTable, FundsRow, Indicator, StatedLevelWeight, StatedTotal } from '../model/report.js';
import { gradeOf } from '../scoring/grade.js';
import { expectedIndicatorScore } from '../scoring/indicator-score.js';
import type { BudgetBasis, ScoringRuleSet } from '../scoring/rule-set.js';
import { parseTarget } from '../scoring/target.js';

/** The indicator names whose actual is the table's own cost saving rate. */
const COST_SAVING = /成本节约率|资金节约率|节约率/;

/**
 * The indicator part of an evaluation table (DOMAIN.md §2, §3). Inputs: each
 * indicator's names, target, actual, weight, score and note. Derived:
 * - a 成本节约率 indicator's actual = (预算数 − 执行数) ÷ 预算数 of the table's own
 *   funds, from the budget the rule set names (部门表 全年预算数: 5.54%; 项目表
 *   年初预算数: (476.4 − 401.95) ÷ 476.4 = 15.63%);
 * - a score the written formula can compute, when the stated one is missing or
 *   outside 0…分值 (≥90%, actual 95%, weight 10, missing → 10); a stated score
 *   within 0…分值 is the unit's judgement and kept (4.34 for 94.75% stays); a
 *   score the formula cannot judge (qualitative) is kept, capped at its weight;
 * - a weight written into a level's label (产出指标（20分）) = Σ its indicators';
 * - 总分 = Σ weights / 执行率得分 + Σ scores, and its 等级.
 */
export function deriveIndicators(t: EvaluationTable, total: FundsRow, basis: BudgetBasis, rules: ScoringRuleSet): Pick<EvaluationTable, 'indicators' | 'levelWeights' | 'totalScore'> {
  const indicators = t.indicators.map((ind) => deriveIndicator(ind, total, basis, rules));
  return {
    indicators,
    levelWeights: t.levelWeights.map((lw) => levelWeight(lw, indicators)),
    totalScore: totalScore(t.totalScore, indicators, total, rules),
  };
}

function deriveIndicator(ind: Indicator, total: FundsRow, basis: BudgetBasis, rules: ScoringRuleSet): Indicator {
  const out = { ...ind };
  if (ind.name !== '' && COST_SAVING.test(ind.name) && (ind.actual.trim() === '' || /%|％/.test(ind.actual))) {
    const saving = costSavingRate(budgetOf(total, basis), decOrNull(total.spent));
    if (saving !== null) out.actual = formatRate(saving);
  }
  const w = decOrNull(out.weight);
  if (w === null || out.name === '') return out;
  const s = decOrNull(out.score);
  if (s !== null && s.gte(ZERO) && s.lte(w)) return out;
  const outcome = expectedIndicatorScore(parseTarget(out.target), parseTarget(out.actual), w, rules.overTargetScoring);
  if (outcome.kind === 'computed') out.score = formatPoints(outcome.score);
  else if (s !== null) out.score = s.lt(ZERO) ? '0' : formatPoints(w);
  return out;
}

function levelWeight(lw: StatedLevelWeight, indicators: readonly Indicator[]): StatedLevelWeight {
  const weights = indicators.filter((i) => (lw.level === 1 ? i.level1 : i.level2) === lw.name && i.weight !== null).map((i) => dec(i.weight as string));
  return weights.length === 0 ? { ...lw } : { ...lw, weight: formatPoints(sum(weights)) };
}

function totalScore(stated: StatedTotal | null, indicators: readonly Indicator[], total: FundsRow, rules: ScoringRuleSet): StatedTotal | null {
  const weights = indicators.filter((i) => i.weight !== null).map((i) => dec(i.weight as string));
  const scores = indicators.filter((i) => i.score !== null).map((i) => dec(i.score as string));
  if (weights.length === 0 && scores.length === 0) return stated && { ...stated };
  const out: StatedTotal = { weight: stated?.weight ?? null, score: stated?.score ?? null, grade: stated?.grade ?? null };
  if (weights.length > 0) out.weight = formatPoints(sum(weights));
  if (scores.length > 0) {
    const score = sum(scores).plus(decOrNull(total.score) ?? ZERO);
    out.score = formatPoints(score);
    out.grade = gradeOf(dec(out.score), rules);
  }
  return out;
}
