import { decOrNull, type Dec } from '../number/decimal.js';
import { formatRate } from '../number/format.js';
import type { BasicDataTable, CostLine, Rate } from '../model/report.js';
import { totalOf } from './figures.js';

/**
 * 附件1 基础数据表 (DOMAIN.md §1, §2). Inputs: 编制数, 实际在职人数, every detail
 * line (公车购置, 公车运行维护, 出国经费, 公务接待, 业务工作经费, 运行维护经费, each
 * 本级专项), 公用经费 and its "其中" lines (parts, not a partition), 政府采购金额,
 * 预算调整, the buildings' sizes and investments, the thrift measures. Derived,
 * column by column:
 * - 控制率 = 实际在职人数 ÷ 编制数: 244 ÷ 261 = 93.49%;
 * - 公务用车购置和维护经费 = 公车购置 + 公车运行维护: 0.00 + 7.80 = 7.80;
 * - 三公经费 = 公务用车 + 出国 + 公务接待: 7.80 + 0.00 + 0.48 = 8.28;
 * - 项目支出 = 业务工作经费 + 运行维护经费 + Σ 本级专项;
 * - 规模控制率 = 实际规模 ÷ 批复规模; 投资概算控制率 = 实际投资 ÷ 预算投资.
 * A total is derived from one stated part too, as BASIC-SUM checks it.
 */
export function deriveBasicData(b: BasicDataTable): BasicDataTable {
  const officialVehicles = lineTotal(b.officialVehicles, [b.vehiclePurchase, b.vehicleOperation]);
  const g = b.buildings;
  return {
    ...b,
    headcountControlRate: rateOf(decOrNull(b.actualHeadcount), decOrNull(b.authorizedHeadcount), b.headcountControlRate),
    officialVehicles,
    threePublicExpenses: lineTotal(b.threePublicExpenses, [officialVehicles, b.overseasTravel, b.officialReception]),
    projectExpenditure: lineTotal(b.projectExpenditure, [b.businessFunds, b.maintenanceFunds, ...b.specialFunds]),
    specialFunds: b.specialFunds.map((s) => ({ ...s })),
    otherLines: b.otherLines.map((s) => ({ ...s })),
    buildings: {
      ...g,
      areaControlRate: rateOf(decOrNull(g.actualArea), decOrNull(g.approvedArea), g.areaControlRate),
      investmentControlRate: rateOf(decOrNull(g.actualInvestment), decOrNull(g.budgetedInvestment), g.investmentControlRate),
    },
  };
}

function lineTotal(total: CostLine, parts: readonly CostLine[]): CostLine {
  return {
    previousFinal: totalOf(total.previousFinal, parts.map((p) => p.previousFinal), 1),
    budget: totalOf(total.budget, parts.map((p) => p.budget), 1),
    final: totalOf(total.final, parts.map((p) => p.final), 1),
  };
}

function rateOf(num: Dec | null, den: Dec | null, stated: Rate): Rate {
  return num === null || den === null || den.isZero() ? stated : formatRate(num.div(den));
}
