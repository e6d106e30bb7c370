import type { BudgetSpending, GeneralBudgetSpending, SpendingBlock } from '../model/report.js';
import { differenceOf, totalOf } from './figures.js';

/**
 * Sections 二 to 五 (DOMAIN.md §2). Inputs: the sources of each block
 * (上年结转和结余, 本年一般公共预算拨款收入, 本年其他资金收入), its economic classes
 * (工资福利支出, 商品和服务支出, 对个人和家庭的补助, 资本性支出) and each 业务工作专项's
 * 全年预算数 and 全年执行数. Derived:
 * - 全年预算数 = Σ sources: 498.01 + 5636.08 + 206.04 = 6340.13;
 * - 全年执行数 = Σ classes: 4478.74 + 907.13 + 502.32 + 42.89 = 5931.08;
 * - 年末结转和结余 = 全年预算数 − 全年执行数: 409.05;
 * - the list's 全年预算数, 全年执行数 = Σ items, and 项目共 N 个 = the items listed
 *   (the list is the whole of it, so one item says its total).
 * A total whose parts are too few to say it (one part of three stated) keeps
 * the stated figure, as the audit does (see calc/spending.ts).
 */
export function deriveSpending(s: BudgetSpending): BudgetSpending {
  return {
    generalBudget: deriveGeneral(s.generalBudget),
    governmentFund: s.governmentFund && deriveBlock(s.governmentFund),
    stateCapital: s.stateCapital && deriveBlock(s.stateCapital),
    socialInsurance: s.socialInsurance && deriveBlock(s.socialInsurance),
  };
}

export function deriveBlock(b: SpendingBlock): SpendingBlock {
  const adjustedBudget = totalOf(b.adjustedBudget, [b.carriedIn, b.appropriation, b.otherFunds]);
  const spent = totalOf(b.spent, [b.wages, b.goodsAndServices, b.householdSubsidies, b.capitalSpending]);
  return { ...b, adjustedBudget, spent, carriedOut: differenceOf(adjustedBudget, spent, b.carriedOut) };
}

function deriveGeneral(g: GeneralBudgetSpending): GeneralBudgetSpending {
  const items = g.projectItems.map((p) => ({ ...p }));
  return {
    basic: g.basic && deriveBlock(g.basic),
    project: g.project && deriveBlock(g.project),
    projectItems: items,
    projectCount: items.length > 0 ? String(items.length) : g.projectCount,
    projectItemsBudget: totalOf(g.projectItemsBudget, items.map((p) => p.adjustedBudget), 1),
    projectItemsSpent: totalOf(g.projectItemsSpent, items.map((p) => p.spent), 1),
  };
}
