import { compareQuotient, dec, decimalPlaces, decOrNull, isBelowZero, ONE, rescale, safeAdd, safeMultiply, scaledInteger, scaledQuotient, ZERO, type Dec } from '../number/decimal.js';
import { formatLike, formatQuotientLike } from '../number/format.js';
import { statedMatches, statedPlaces } from '../number/tolerance.js';
import type { AnnualTask, FundSource, FundsRow } from '../model/report.js';
import type { ScoringRuleSet, BudgetBasis } from '../scoring/rule-set.js';

/**
 * 执行率 = 全年执行数 ÷ 全年预算数 (the adjusted budget, not 年初; 10号, DOMAIN.md §2).
 * 6971.10 ÷ 7380.15 → 0.944576… (shown 94.46%). Null when either is missing or the budget is 0.
 */
export function executionRate(spent: Dec | null, adjustedBudget: Dec | null): Dec | null {
  if (spent === null || adjustedBudget === null || adjustedBudget.isZero()) return null;
  return spent.div(adjustedBudget);
}

/**
 * 执行率得分 = 分值 × 执行率, capped at 分值 when the rule set says so (DOMAIN.md §2),
 * worked out as 分值 × 全年执行数 ÷ 全年预算数 (budget not 0): multiplied before
 * dividing, so that a score that is exact, such as 3 × 5 ÷ 24 = 0.625, is not
 * taken from a rate rounded to 28 digits (0.2083…) and then rounded the other way.
 * 10 × 6971.10 ÷ 7380.15 → 9.44576… (shown 9.45).
 */
export function executionScore(spent: Dec, budget: Dec, weight: Dec, rules: ScoringRuleSet): Dec {
  const score = rules.capExecutionScore && compareQuotient(spent, budget, ONE) > 0 ? weight : weight.times(spent).div(budget);
  return isBelowZero(score) ? ZERO : score;
}

/**
 * The execution score shown the way the stated one is written:
 * formatLike(executionScore(spent, budget, weight, rules), stated), budget not 0,
 * printed from the quotient without dividing when the figures allow.
 */
export function formatExecutionScore(spent: Dec, budget: Dec, weight: Dec, rules: ScoringRuleSet, stated: string): string {
  if (rules.capExecutionScore && compareQuotient(spent, budget, ONE) > 0) return formatLike(executionScore(spent, budget, weight, rules), stated);
  const num = weight.times(spent);
  // A score below zero counts as 0.
  if (!num.isZero() && num.isNegative() !== budget.isNegative()) return formatLike(ZERO, stated);
  return formatQuotientLike(num, budget, stated);
}

/**
 * Whether a stated 执行率得分 is the execution score of spent ÷ budget (budget
 * not 0) rounded the way it was stated: statedMatches(stated, statedValue,
 * executionScore(spent, budget, weight, rules)). Decided on scaled integers,
 * without dividing, when the figures allow; by executionScore otherwise.
 */
export function executionScoreMatches(stated: string, statedValue: Dec, spent: Dec, budget: Dec, weight: Dec, rules: ScoringRuleSet): boolean {
  const { n: s, d: b } = scaledQuotient(spent, budget);
  const weightScale = decimalPlaces(weight);
  const w = scaledInteger(weight, weightScale);
  if (Number.isNaN(s) || Number.isNaN(b) || Number.isNaN(w)) return statedMatches(stated, statedValue, executionScore(spent, budget, weight, rules));
  // A score of 0 or below counts as 0.
  if (rules.capExecutionScore && s > b) return statedMatches(stated, statedValue, w < 0 ? ZERO : weight);
  if (w === 0 || s === 0 || (w < 0) !== (s < 0)) return statedMatches(stated, statedValue, ZERO);
  // The score w·s ÷ b, rounded half-up to dp places, is R when (2R − 1)·D ≤ N < (2R + 1)·D
  // with N = 2·w·s·10^dp and D = b·10^weightScale.
  const dp = statedPlaces(stated);
  const r = scaledInteger(statedValue, dp);
  const n = rescale(safeMultiply(2 * w, s), 0, dp);
  const d = rescale(b, 0, weightScale);
  const low = safeMultiply(2 * r - 1, d);
  const high = safeMultiply(2 * r + 1, d);
  if (Number.isNaN(n) || Number.isNaN(low) || Number.isNaN(high)) return statedMatches(stated, statedValue, executionScore(spent, budget, weight, rules));
  return low <= n && n < high;
}

/**
 * 成本节约率 = (预算数 − 执行数) ÷ 预算数, from the budget the rule set names for
 * the table (DOMAIN.md §2). Project 所政及维修经费: (51 − 70) ÷ 51 → −0.3725….
 */
export function costSavingRate(budget: Dec | null, spent: Dec | null): Dec | null {
  if (budget === null || spent === null || budget.isZero()) return null;
  return budget.minus(spent).div(budget);
}

/** A 年度主要任务's amount under a funds column: its 预算数 under 全年预算数, its 执行数 under 全年执行数. */
export function taskAmount(task: AnnualTask, col: 'adjustedBudget' | 'spent'): string | null {
  return col === 'adjustedBudget' ? task.budget : task.spent;
}

/** The budget figure of a funds row a basis names. */
export function budgetOf(row: FundsRow, basis: BudgetBasis): Dec | null {
  return decOrNull(basis === 'initialBudget' ? row.initialBudget : row.adjustedBudget);
}

/** The budget an execution rate divides by, as stated, and the column it stands in. */
export interface RateBudget {
  amount: Dec;
  stated: string;
  column: '全年预算数' | '年初预算数';
}

/**
 * The budget a funds row's execution rate divides by: its 全年预算数; its 年初预算数 when the table states
 * no 全年预算数 on any row (a form without that column, or one left blank throughout), the only budget the
 * form gives. Null without either, or when it is 0.
 */
export function rateBudget(table: { total: FundsRow; sources: readonly FundSource[] }, row: FundsRow): RateBudget | null {
  const adjusted = row.adjustedBudget;
  if (adjusted !== null) return nonZero(adjusted, '全年预算数');
  const initial = row.initialBudget;
  if (initial === null || table.total.adjustedBudget !== null || table.sources.some((s) => s.row.adjustedBudget !== null)) return null;
  return nonZero(initial, '年初预算数');
}

function nonZero(stated: string, column: RateBudget['column']): RateBudget | null {
  const amount = dec(stated);
  return amount.isZero() ? null : { amount, stated, column };
}

/** The execution weight a table states, or the rule set's when it states none. */
export function executionWeight(row: FundsRow, rules: ScoringRuleSet): Dec {
  return decOrNull(row.weight) ?? dec(rules.executionWeight);
}

/**
 * Whether a budget moved by more than `limit` (a share) of its initial
 * amount: |adjusted − initial| ÷ |initial| > limit, initial not 0. Worked on
 * scaled integers as |adjusted − initial| × limit's denominator > limit's
 * numerator × |initial| when the figures allow, with no division.
 */
export function adjustmentExceeds(initial: Dec, adjusted: Dec, limit: Dec): boolean {
  const scale = Math.max(decimalPlaces(initial), decimalPlaces(adjusted));
  const base = scaledInteger(initial, scale);
  const limitScale = decimalPlaces(limit);
  const change = safeMultiply(Math.abs(safeAdd(scaledInteger(adjusted, scale), -base)), scaledInteger(ONE, limitScale));
  const allowed = safeMultiply(scaledInteger(limit, limitScale), Math.abs(base));
  if (Number.isNaN(change) || Number.isNaN(allowed)) return adjusted.minus(initial).div(initial).abs().gt(limit);
  return change > allowed;
}
