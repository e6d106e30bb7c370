/**
 * The 部门整体支出绩效自评报告 as data: what a unit states, nothing derived.
 *
 * Figures are kept as the canonical strings of what was stated, so that a
 * stated "94.00%" stays distinguishable from "94%" (its precision is part of
 * what a reviewer checks) and so that the model is plain JSON:
 * - an amount is a decimal string in the table's money unit: "6971.10", "-3.5";
 * - a rate is a decimal string of percent with its sign: "94.00%", "-37.25%";
 * - points (分值, 得分) and counts (人数, 个数) are decimal strings: "9.40", "244";
 * - a figure left empty is null.
 * Calculation turns them into exact decimals (see core/number); nothing here is
 * ever a binary floating-point number.
 */
export type Amount = string | null;
export type Rate = string | null;
export type Points = string | null;
export type Count = string | null;

/** The unit amounts of a table or sentence are stated in. Published tables use 万元; some provinces use 元. */
export type MoneyUnit = '万元' | '元';

export interface DepartmentReport {
  /** 预算单位（部门）名称, e.g. 衡阳市强制隔离戒毒所. */
  unit: string;
  /** The year evaluated (预算年度), e.g. 2023. */
  year: number | null;
  /** Province or city when known (e.g. 湖南省衡阳市); guides the choice of scoring rule set. */
  region: string | null;
  /** The report's title as written. */
  title: string | null;
  narrative: Narrative;
  /** Figures of sections 二 to 五, as the narrative states them. */
  spending: BudgetSpending;
  /** 附件1 部门整体支出绩效评价基础数据表. */
  basicData: BasicDataTable | null;
  /** 附件2 部门整体支出绩效自评表. */
  departmentEvaluation: DepartmentEvaluation | null;
  /** 附件3 项目支出绩效自评表, one per project. */
  projects: ProjectEvaluation[];
}

// ---------------------------------------------------------------- narrative

/** Which of the template's sections a narrative section is. */
export type SectionKey =
  | 'profile' // 一、单位基本情况
  | 'generalBudget' // 二、一般公共预算支出情况
  | 'governmentFund' // 三、政府性基金预算支出情况
  | 'stateCapital' // 四、国有资本经营预算支出情况
  | 'socialInsurance' // 五、社会保险基金预算支出情况
  | 'performance' // 六、部门整体支出绩效情况
  | 'problems' // 七、存在的问题及原因分析
  | 'improvements' // 八、下一步改进措施
  | 'other' // 九、其他需要说明的情况
  | 'attachments' // 附件目录
  | 'unknown';

export interface Narrative {
  /** Text before the first section (usually empty). */
  preamble: string[];
  sections: NarrativeSection[];
  /** Section 一's figures. */
  profile: UnitProfile;
}

export interface NarrativeSection {
  key: SectionKey;
  /** The heading as written, e.g. "二、一般公共预算支出情况". */
  title: string;
  /** Paragraphs before the first subsection. */
  paragraphs: string[];
  subsections: NarrativeSubsection[];
}

export interface NarrativeSubsection {
  /** The heading as written, e.g. "（一）基本支出情况". */
  title: string;
  paragraphs: string[];
}

/** 一、单位基本情况: the figures of 机构情况. */
export interface UnitProfile {
  /** 内设机构数. */
  internalDepartments: Count;
  /** 在编在职人数 as the text states it. */
  staff: Count;
  /** 退休人数. */
  retirees: Count;
}

// ---------------------------------------------------------------- sections 二 to 五

export interface BudgetSpending {
  /** 二、一般公共预算支出情况. */
  generalBudget: GeneralBudgetSpending;
  /** 三、政府性基金预算支出情况 (null when "无"). */
  governmentFund: SpendingBlock | null;
  /** 四、国有资本经营预算支出情况. */
  stateCapital: SpendingBlock | null;
  /** 五、社会保险基金预算支出情况. */
  socialInsurance: SpendingBlock | null;
}

export interface GeneralBudgetSpending {
  /** （一）基本支出情况. */
  basic: SpendingBlock | null;
  /** （二）项目支出情况. */
  project: SpendingBlock | null;
  /** The list of 业务工作专项 with each one's figures. */
  projectItems: ProjectLine[];
  /** "业务工作专项项目共 8 个": the count as stated. */
  projectCount: Count;
  /** "全年预算数 1040.02 万元，全年执行数为 1040.02 万元" stated for the list as a whole. */
  projectItemsBudget: Amount;
  projectItemsSpent: Amount;
}

/** The figures one budget block of the narrative states; amounts in 万元. */
export interface SpendingBlock {
  /** 全年预算数. */
  adjustedBudget: Amount;
  /** 上年结转和结余. */
  carriedIn: Amount;
  /** 本年一般公共预算拨款收入. */
  appropriation: Amount;
  /** 本年其他资金收入. */
  otherFunds: Amount;
  /** 全年执行数. */
  spent: Amount;
  /** 工资福利支出. */
  wages: Amount;
  /** 商品和服务支出. */
  goodsAndServices: Amount;
  /** 对个人和家庭的补助. */
  householdSubsidies: Amount;
  /** 资本性支出. */
  capitalSpending: Amount;
  /** 年末结转和结余. */
  carriedOut: Amount;
}

/** One 业务工作专项 of section 二（二）. */
export interface ProjectLine {
  name: string;
  adjustedBudget: Amount;
  spent: Amount;
}

// ---------------------------------------------------------------- 附件1

/** A line of 经费控制情况: last year's final accounts, this year's budget, this year's final accounts. */
export interface CostLine {
  /** 上年决算数. */
  previousFinal: Amount;
  /** 本年预算数. */
  budget: Amount;
  /** 本年决算数. */
  final: Amount;
}

export interface BasicDataTable {
  moneyUnit: MoneyUnit;
  /** The years of the column headers (2022年决算数, 2023年预算数 ...). */
  previousYear: number | null;
  currentYear: number | null;
  /** 编制数. */
  authorizedHeadcount: Count;
  /** 实际在职人数. */
  actualHeadcount: Count;
  /** 控制率 as stated. */
  headcountControlRate: Rate;
  /** 三公经费 and its parts. */
  threePublicExpenses: CostLine;
  officialVehicles: CostLine;
  vehiclePurchase: CostLine;
  vehicleOperation: CostLine;
  overseasTravel: CostLine;
  officialReception: CostLine;
  /** 项目支出 and its parts. */
  projectExpenditure: CostLine;
  /** 1、业务工作经费 (业务工作专项 in the 2018 Hunan form). */
  businessFunds: CostLine;
  /** 2、运行维护经费 (运行维护专项 in the 2018 Hunan form). */
  maintenanceFunds: CostLine;
  /** 3、本级专项资金, one line per 专项. */
  specialFunds: NamedCostLine[];
  /** 公用经费 and its "其中" parts (parts, not a partition). */
  publicFunds: CostLine;
  officeExpenses: CostLine;
  utilitiesAndTravel: CostLine;
  meetingsAndTraining: CostLine;
  /** 政府采购金额. */
  procurement: CostLine;
  /** 部门基本支出预算调整. */
  basicBudgetAdjustment: CostLine;
  /** 楼堂馆所控制情况. */
  buildings: BuildingControl;
  /** 厉行节约保障措施 (free text). */
  thriftMeasures: string;
  /** Lines the template does not name, kept so nothing stated is lost. */
  otherLines: NamedCostLine[];
}

export interface NamedCostLine extends CostLine {
  name: string;
}

export interface BuildingControl {
  /** 批复规模 (m²). */
  approvedArea: string | null;
  /** 实际规模 (m²). */
  actualArea: string | null;
  /** 规模控制率. */
  areaControlRate: Rate;
  /** 预算投资 (万元). */
  budgetedInvestment: Amount;
  /** 实际投资 (万元). */
  actualInvestment: Amount;
  /** 投资概算控制率. */
  investmentControlRate: Rate;
}

// ---------------------------------------------------------------- 附件2 and 附件3

/** A row of 项目资金 / 年度资金总额: the six columns of the Hunan and national forms. */
export interface FundsRow {
  /** 年初预算数. */
  initialBudget: Amount;
  /** 全年预算数 (调整后预算数). */
  adjustedBudget: Amount;
  /** 全年执行数. */
  spent: Amount;
  /** 分值 (权重). */
  weight: Points;
  /** 执行率 as stated. */
  executionRate: Rate;
  /** 得分. */
  score: Points;
}

/** Where a unit's money comes from; the labels vary by province. */
export type FundSourceKind =
  | 'generalBudget' // 一般公共预算 / 财政资金
  | 'appropriation' // 当年财政拨款
  | 'carriedIn' // 上年结转金额
  | 'governmentFund' // 政府性基金拨款
  | 'specialAccount' // 纳入专户管理的非税收入拨款 / 财政专户管理资金
  | 'unitFunds' // 单位资金
  | 'otherFunds'; // 其他资金 / 其它资金

export interface FundSource {
  kind: FundSourceKind;
  /** The label as written, e.g. "其中:当年财政拨款". */
  label: string;
  row: FundsRow;
}

export interface OverallGoal {
  /** 预期目标. */
  expected: string;
  /** 实际完成情况. */
  achieved: string;
}

/** One row of a three-level indicator table. */
export interface Indicator {
  /** 一级指标 as written, without a weight in brackets: "产出指标". */
  level1: string;
  /** 二级指标 as written: "数量指标". */
  level2: string;
  /** 三级指标: the indicator's own name. Empty for a template row with no indicator. */
  name: string;
  /** 年度指标值, e.g. "≥48公斤/人/月", "=0次", "有效维护". */
  target: string;
  /** 实际完成值. */
  actual: string;
  /** 分值. */
  weight: Points;
  /** 得分. */
  score: Points;
  /** 偏差原因分析及改进措施. */
  deviationNote: string;
  /** 年初指标值, kept when a form also states an adjusted target (调整指标值, then in `target`). */
  initialTarget?: string;
  /** 得分系数 (score ÷ weight) as a form states it, e.g. "100%" (Chongqing). */
  scoreCoefficient?: string | null;
  /** 核心指标 mark (是/否), where a form has one (Chongqing). */
  core?: boolean;
  /**
   * Fields the form marks as not applicable ("/", "—", "不适用") instead of leaving
   * them blank, as 决策 and 管理 indicators often do with their 年度指标值:
   * empty in the model, but stated, not forgotten.
   */
  notApplicable?: NotApplicableField[];
}

/** The fields of an indicator a form may mark as not applicable. */
export type NotApplicableField = 'target' | 'actual' | 'weight' | 'score';

/** A weight written into a level's label, such as 产出指标（20分）; level 0 is all indicators (绩效指标（90分）). */
export interface StatedLevelWeight {
  level: 0 | 1 | 2;
  name: string;
  weight: string;
}

/** 总分 row as stated. */
export interface StatedTotal {
  weight: Points;
  score: Points;
  /** 等级 (优/良/中/差) if the table states one. */
  grade: string | null;
}

/** What the department and project tables share: funds, goal, indicators, total. */
export interface EvaluationTable {
  moneyUnit: MoneyUnit;
  /** 年度资金总额. */
  total: FundsRow;
  /** Rows by source of funds (按收入性质分 / 资金来源). */
  sources: FundSource[];
  overallGoal: OverallGoal;
  indicators: Indicator[];
  levelWeights: StatedLevelWeight[];
  totalScore: StatedTotal | null;
  /** Other text rows some provinces add (评价结论, 存在问题, 改进措施 ...). */
  remarks: Remark[];
}

export interface Remark {
  label: string;
  text: string;
}

/** 附件2 部门整体支出绩效自评表. */
export interface DepartmentEvaluation extends EvaluationTable {
  /** 预算部门名称. */
  unit: string;
  /** 按支出性质分: 基本支出. */
  basic: FundsRow;
  /** 按支出性质分: 项目支出. */
  project: FundsRow;
  /** 年度主要任务, in the Ministry's form of this table (their 金额合计 is `total`); absent in forms without them. */
  tasks?: AnnualTask[];
}

/** A line of 年度主要任务: the task, what it consists of, its 预算数 and 执行数. */
export interface AnnualTask {
  name: string;
  content: string;
  budget: Amount;
  spent: Amount;
}

/** 附件3 项目支出绩效自评表. */
export interface ProjectEvaluation extends EvaluationTable {
  /** 项目支出名称. */
  name: string;
  /** 主管部门. */
  supervisor: string;
  /** 实施单位. */
  implementer: string;
}
