import type { AuditRule } from './rule.js';
import * as basicData from './rules/basic-data-rules.js';
import * as completeness from './rules/completeness-rules.js';
import * as cross from './rules/cross-table-rules.js';
import * as funds from './rules/funds-rules.js';
import * as quality from './rules/indicator-quality-rules.js';
import * as tableRules from './rules/indicator-table-rules.js';
import * as narrative from './rules/narrative-rules.js';
import * as narrativeChanges from './rules/narrative-change-rules.js';
import * as narrativeParts from './rules/narrative-parts-rules.js';
import * as narrativeRates from './rules/narrative-rate-rules.js';
import * as text from './rules/text-vs-table-rules.js';

/** Every audit rule, in the order the catalogue lists them. IDs are stable: never renumber, never reuse. */
export const AUDIT_RULES: readonly AuditRule[] = [
  funds.fundsSourcesSum,
  funds.deptNatureSum,
  funds.deptTasksSum,
  funds.fundsExecutionRate,
  funds.fundsExecutionScore,
  tableRules.indicatorWeightTotal,
  tableRules.indicatorLevelWeight,
  tableRules.indicatorLevelWeightPlacement,
  tableRules.scoreOverWeight,
  tableRules.scoreCoefficient,
  tableRules.totalWeightStated,
  tableRules.totalScoreStated,
  tableRules.totalGrade,
  quality.costSaving,
  quality.costSavingBasis,
  basicData.basicDataSums,
  basicData.basicDataParts,
  basicData.basicDataRates,
  narrative.blockSources,
  narrative.blockClasses,
  narrative.blockCarriedOut,
  narrative.projectItemsSum,
  narrativeRates.narrativeExecutionRate,
  narrativeChanges.narrativeYearOnYear,
  narrativeParts.narrativePartsSum,
  cross.deptVsNarrative,
  cross.projectVsNarrative,
  cross.projectsSum,
  cross.deptSourcesVsNarrative,
  cross.basicDataVsNarrative,
  narrative.projectCount,
  text.textVsTable,
  text.textVsTableScope,
  quality.targetMalformed,
  quality.targetUnquantified,
  quality.unitMismatch,
  quality.actualOverHundred,
  quality.scoreUnreproducible,
  quality.deviationNoteMissing,
  quality.requiredEmpty,
  quality.level1Split,
  funds.fundsOverspent,
  funds.budgetExecutionLow,
  basicData.threePublicGrowth,
  basicData.publicFundsOverBudget,
  cross.budgetAdjustmentLarge,
  completeness.noTables,
];
