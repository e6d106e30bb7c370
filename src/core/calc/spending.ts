import { dec, decOrNull, RunningSum, sum, type Dec } from '../number/decimal.js';
import type { SpendingBlock } from '../model/report.js';

/**
 * The derived figures of a budget block of sections 二 to 五 (DOMAIN.md §2).
 * Each returns null when a part it needs was not stated.
 */

/** 全年预算数 = 上年结转和结余 + 本年拨款 + 本年其他资金: 498.01 + 5636.08 + 206.04 = 6340.13. */
export function budgetFromSources(b: SpendingBlock): { value: Dec; parts: number } | null {
  return partial([b.carriedIn, b.appropriation, b.otherFunds]);
}

/** 全年执行数 = Σ economic classes: 4478.74 + 907.13 + 502.32 + 42.89 = 5931.08. */
export function spentFromClasses(b: SpendingBlock): { value: Dec; parts: number } | null {
  return partial([b.wages, b.goodsAndServices, b.householdSubsidies, b.capitalSpending]);
}

/** 人员经费 = 工资福利支出 + 对个人和家庭的补助 (as the seed computes it; *unsure* nationally): 4981.06. */
export function personnelCost(b: SpendingBlock): Dec | null {
  const w = decOrNull(b.wages);
  const h = decOrNull(b.householdSubsidies);
  return w === null && h === null ? null : sum([w, h]);
}

/** 日常公用经费 = 商品和服务支出 + 资本性支出 (as the seed computes it; *unsure*): 950.02. */
export function operatingCost(b: SpendingBlock): Dec | null {
  const g = decOrNull(b.goodsAndServices);
  const c = decOrNull(b.capitalSpending);
  return g === null && c === null ? null : sum([g, c]);
}

/** 年末结转和结余 = 全年预算数 − 全年执行数: 6340.13 − 5931.08 = 409.05. */
export function carriedOut(b: SpendingBlock): Dec | null {
  const budget = decOrNull(b.adjustedBudget);
  const spent = decOrNull(b.spent);
  return budget === null || spent === null ? null : budget.minus(spent);
}

/**
 * A sum of the stated parts, when at least two are stated (one part alone
 * restates its total and proves nothing); missing parts count as 0.
 */
function partial(parts: (string | null)[]): { value: Dec; parts: number } | null {
  // The same sum as `sum`, without the arrays of stated texts and values.
  const total = new RunningSum();
  for (const p of parts) if (p !== null) total.add(dec(p));
  return total.count < 2 ? null : { value: total.value(), parts: total.count };
}
