import { decOrNull } from '../number/decimal.js';
import { formatRate } from '../number/format.js';
import { executionRate, executionScore, executionWeight } from '../calc/funds.js';
import type { FundSource, FundsRow } from '../model/report.js';
import type { ScoringRuleSet } from '../scoring/rule-set.js';
import { totalOf } from './figures.js';

const AMOUNTS = ['initialBudget', 'adjustedBudget', 'spent'] as const;

/**
 * 年度资金总额 of an evaluation table (DOMAIN.md §2). Inputs: the source rows'
 * amounts, and 分值 (the rule set's 10 when left empty and there is a rate to
 * score). Derived:
 * - each amount column = Σ the sources stating it (476.4 + 0 + 0 = 476.40),
 *   unless `given` fixes it (the department table takes section 二's totals);
 * - 执行率 = 全年执行数 ÷ 全年预算数: 6971.10 ÷ 7380.15 = 94.46%;
 * - 得分 = 分值 × 执行率, capped as the rule set says: 10 × 94.46% = 9.45.
 * A source row that states an 执行率 gets it recomputed too.
 */
export function deriveFundsTotal(total: FundsRow, sources: readonly FundSource[], rules: ScoringRuleSet, given: Partial<Record<'adjustedBudget' | 'spent', string>> = {}): FundsRow {
  const row: FundsRow = { ...total };
  for (const col of AMOUNTS) {
    const fixed = col === 'initialBudget' ? undefined : given[col];
    row[col] = fixed ?? totalOf(total[col], sources.map((s) => s.row[col]), 1);
  }
  const spent = decOrNull(row.spent);
  const budget = decOrNull(row.adjustedBudget);
  const rate = executionRate(spent, budget);
  if (rate !== null && spent !== null && budget !== null) {
    row.weight = total.weight ?? rules.executionWeight;
    row.executionRate = formatRate(rate);
    row.score = executionScore(spent, budget, executionWeight(row, rules), rules).toFixed(2);
  }
  return row;
}

export function deriveSources(sources: readonly FundSource[]): FundSource[] {
  return sources.map((s) => {
    const row = { ...s.row };
    if (row.executionRate !== null) {
      const rate = executionRate(decOrNull(row.spent), decOrNull(row.adjustedBudget));
      if (rate !== null) row.executionRate = formatRate(rate);
    }
    return { ...s, row };
  });
}
