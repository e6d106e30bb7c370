import type { BasicDataTable, CostLine, DepartmentEvaluation, DepartmentReport, FundSource, FundSourceKind, FundsRow, Indicator, ProjectEvaluation } from '../model/report.js';
import { SECTION_TITLES } from './narrative.js';

/**
 * The empty form a unit fills in (`jixiao template`): every section 一 to 九,
 * the 基础数据表, the 部门整体支出绩效自评表 and one 项目支出绩效自评表 with the
 * template's rows (sources of funds, the 一级/二级 indicator levels of the
 * 2021 taxonomy as the Hunan form prints them) and no figure.
 */
export function blankReport(unit = '', year: number | null = null): DepartmentReport {
  return {
    unit,
    year,
    region: null,
    title: null,
    narrative: {
      preamble: [],
      sections: SECTION_TITLES.map(([key, title]) => ({ key, title, paragraphs: [], subsections: [] })),
      profile: { internalDepartments: null, staff: null, retirees: null },
    },
    spending: {
      generalBudget: { basic: null, project: null, projectItems: [], projectCount: null, projectItemsBudget: null, projectItemsSpent: null },
      governmentFund: null,
      stateCapital: null,
      socialInsurance: null,
    },
    basicData: blankBasicData(year),
    departmentEvaluation: blankDepartment(unit),
    projects: [blankProject(unit)],
  };
}

export function emptyFundsRow(): FundsRow {
  return { initialBudget: null, adjustedBudget: null, spent: null, weight: null, executionRate: null, score: null };
}

function source(kind: FundSourceKind, label: string): FundSource {
  return { kind, label, row: emptyFundsRow() };
}

/** The 一级 and 二级 indicator rows of the Hunan form (成本 first, as its project tables print them). */
export const INDICATOR_LEVELS: readonly [string, readonly string[]][] = [
  ['成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
  ['产出指标', ['数量指标', '质量指标', '时效指标']],
  ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
];

function placeholderIndicators(): Indicator[] {
  return INDICATOR_LEVELS.flatMap(([level1, level2s]) => level2s.map((level2) => ({ level1, level2, name: '', target: '', actual: '', weight: null, score: null, deviationNote: '' })));
}

function blankDepartment(unit: string): DepartmentEvaluation {
  return {
    unit,
    moneyUnit: '万元',
    total: emptyFundsRow(),
    sources: [source('generalBudget', '一般公共预算'), source('governmentFund', '政府性基金拨款'), source('specialAccount', '纳入专户管理的非税收入拨款'), source('otherFunds', '其他资金')],
    overallGoal: { expected: '', achieved: '' },
    indicators: placeholderIndicators(),
    levelWeights: [],
    totalScore: null,
    remarks: [],
    basic: emptyFundsRow(),
    project: emptyFundsRow(),
  };
}

function blankProject(unit: string): ProjectEvaluation {
  return {
    name: '',
    supervisor: unit,
    implementer: unit,
    moneyUnit: '万元',
    total: emptyFundsRow(),
    sources: [source('appropriation', '当年财政拨款'), source('carriedIn', '上年结转金额'), source('otherFunds', '其它资金')],
    overallGoal: { expected: '', achieved: '' },
    indicators: placeholderIndicators(),
    levelWeights: [],
    totalScore: null,
    remarks: [],
  };
}

function line(): CostLine {
  return { previousFinal: null, budget: null, final: null };
}

function blankBasicData(year: number | null): BasicDataTable {
  return {
    moneyUnit: '万元',
    previousYear: year === null ? null : year - 1,
    currentYear: year,
    authorizedHeadcount: null,
    actualHeadcount: null,
    headcountControlRate: null,
    threePublicExpenses: line(),
    officialVehicles: line(),
    vehiclePurchase: line(),
    vehicleOperation: line(),
    overseasTravel: line(),
    officialReception: line(),
    projectExpenditure: line(),
    businessFunds: line(),
    maintenanceFunds: line(),
    specialFunds: [],
    publicFunds: line(),
    officeExpenses: line(),
    utilitiesAndTravel: line(),
    meetingsAndTraining: line(),
    procurement: line(),
    basicBudgetAdjustment: line(),
    buildings: { approvedArea: null, actualArea: null, areaControlRate: null, budgetedInvestment: null, actualInvestment: null, investmentControlRate: null },
    thriftMeasures: '',
    otherLines: [],
  };
}
