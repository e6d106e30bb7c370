import { z } from 'zod';
import type {
  BasicDataTable,
  BudgetSpending,
  CostLine,
  DepartmentEvaluation,
  DepartmentReport,
  FundSource,
  FundsRow,
  Indicator,
  Narrative,
  ProjectEvaluation,
  SpendingBlock,
} from './report.js';

/**
 * The boundary check of the model: every report that enters jixiao (imported,
 * uploaded, typed in) is validated against this schema, and `jixiao schema`
 * publishes it as JSON Schema. `satisfies` keeps it in step with report.ts.
 */

const amount = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, '金额须为十进制数字，如 "6971.10"')
  .nullable()
  .describe('金额（十进制字符串，单位见 moneyUnit）；未填为 null');
const rate = z
  .string()
  .regex(/^-?\d+(\.\d+)?%$/, '比率须为带百分号的十进制数字，如 "94.46%"')
  .nullable()
  .describe('比率（百分数字符串，如 "94.46%"）；未填为 null');
const points = z.string().regex(/^-?\d+(\.\d+)?$/, '分值须为十进制数字').nullable().describe('分值或得分');
const count = z.string().regex(/^\d+(\.\d+)?$/, '数量须为非负十进制数字').nullable().describe('人数或个数');
const moneyUnit = z.enum(['万元', '元']);

const fundsRow = z.object({
  initialBudget: amount.describe('年初预算数'),
  adjustedBudget: amount.describe('全年预算数'),
  spent: amount.describe('全年执行数'),
  weight: points.describe('分值'),
  executionRate: rate.describe('执行率'),
  score: points.describe('得分'),
}) satisfies z.ZodType<FundsRow>;

const fundSource = z.object({
  kind: z.enum(['generalBudget', 'appropriation', 'carriedIn', 'governmentFund', 'specialAccount', 'unitFunds', 'otherFunds']),
  label: z.string(),
  row: fundsRow,
}) satisfies z.ZodType<FundSource>;

const indicator = z.object({
  level1: z.string().describe('一级指标'),
  level2: z.string().describe('二级指标'),
  name: z.string().describe('三级指标'),
  target: z.string().describe('年度指标值'),
  actual: z.string().describe('实际完成值'),
  weight: points.describe('分值'),
  score: points.describe('得分'),
  deviationNote: z.string().describe('偏差原因分析及改进措施'),
  initialTarget: z.string().optional().describe('年初指标值（另有调整指标值时）'),
  scoreCoefficient: rate.optional().describe('得分系数'),
  core: z.boolean().optional().describe('是否核心指标'),
  notApplicable: z.array(z.enum(['target', 'actual', 'weight', 'score'])).optional().describe('表中标为不适用（“/”“—”）的栏目'),
}) satisfies z.ZodType<Indicator>;

const evaluationTable = {
  moneyUnit,
  total: fundsRow.describe('年度资金总额'),
  sources: z.array(fundSource).describe('按资金来源（收入性质）分'),
  overallGoal: z.object({ expected: z.string().describe('预期目标'), achieved: z.string().describe('实际完成情况') }),
  indicators: z.array(indicator),
  levelWeights: z.array(z.object({ level: z.union([z.literal(0), z.literal(1), z.literal(2)]), name: z.string(), weight: z.string() })),
  totalScore: z.object({ weight: points, score: points, grade: z.string().nullable() }).nullable().describe('总分行'),
  remarks: z.array(z.object({ label: z.string(), text: z.string() })),
};

const departmentEvaluation = z.object({
  unit: z.string().describe('预算部门名称'),
  ...evaluationTable,
  basic: fundsRow.describe('按支出性质分：基本支出'),
  project: fundsRow.describe('按支出性质分：项目支出'),
  tasks: z
    .array(z.object({ name: z.string().describe('任务名称'), content: z.string().describe('主要内容'), budget: amount.describe('预算数'), spent: amount.describe('执行数') }))
    .optional()
    .describe('年度主要任务（财政部部门整体支出绩效自评表式样；其金额合计即年度资金总额）'),
}) satisfies z.ZodType<DepartmentEvaluation>;

const projectEvaluation = z.object({
  name: z.string().describe('项目支出名称'),
  supervisor: z.string().describe('主管部门'),
  implementer: z.string().describe('实施单位'),
  ...evaluationTable,
}) satisfies z.ZodType<ProjectEvaluation>;

const costLine = z.object({
  previousFinal: amount.describe('上年决算数'),
  budget: amount.describe('本年预算数'),
  final: amount.describe('本年决算数'),
}) satisfies z.ZodType<CostLine>;
const namedCostLine = costLine.extend({ name: z.string() });

const basicData = z.object({
  moneyUnit,
  previousYear: z.number().int().nullable(),
  currentYear: z.number().int().nullable(),
  authorizedHeadcount: count.describe('编制数'),
  actualHeadcount: count.describe('实际在职人数'),
  headcountControlRate: rate.describe('控制率'),
  threePublicExpenses: costLine.describe('三公经费'),
  officialVehicles: costLine.describe('公务用车购置和维护经费'),
  vehiclePurchase: costLine.describe('公车购置'),
  vehicleOperation: costLine.describe('公车运行维护'),
  overseasTravel: costLine.describe('出国经费'),
  officialReception: costLine.describe('公务接待'),
  projectExpenditure: costLine.describe('项目支出'),
  businessFunds: costLine.describe('业务工作经费'),
  maintenanceFunds: costLine.describe('运行维护经费'),
  specialFunds: z.array(namedCostLine).describe('本级专项资金'),
  publicFunds: costLine.describe('公用经费'),
  officeExpenses: costLine.describe('办公经费'),
  utilitiesAndTravel: costLine.describe('水费、电费、差旅费'),
  meetingsAndTraining: costLine.describe('会议费、培训费'),
  procurement: costLine.describe('政府采购金额'),
  basicBudgetAdjustment: costLine.describe('部门基本支出预算调整'),
  buildings: z.object({
    approvedArea: z.string().nullable().describe('批复规模（平方米）'),
    actualArea: z.string().nullable().describe('实际规模（平方米）'),
    areaControlRate: rate.describe('规模控制率'),
    budgetedInvestment: amount.describe('预算投资'),
    actualInvestment: amount.describe('实际投资'),
    investmentControlRate: rate.describe('投资概算控制率'),
  }),
  thriftMeasures: z.string().describe('厉行节约保障措施'),
  otherLines: z.array(namedCostLine),
}) satisfies z.ZodType<BasicDataTable>;

const spendingBlock = z.object({
  adjustedBudget: amount.describe('全年预算数'),
  carriedIn: amount.describe('上年结转和结余'),
  appropriation: amount.describe('本年一般公共预算拨款收入'),
  otherFunds: amount.describe('本年其他资金收入'),
  spent: amount.describe('全年执行数'),
  wages: amount.describe('工资福利支出'),
  goodsAndServices: amount.describe('商品和服务支出'),
  householdSubsidies: amount.describe('对个人和家庭的补助'),
  capitalSpending: amount.describe('资本性支出'),
  carriedOut: amount.describe('年末结转和结余'),
}) satisfies z.ZodType<SpendingBlock>;

const spending = z.object({
  generalBudget: z.object({
    basic: spendingBlock.nullable(),
    project: spendingBlock.nullable(),
    projectItems: z.array(z.object({ name: z.string(), adjustedBudget: amount, spent: amount })),
    projectCount: count,
    projectItemsBudget: amount,
    projectItemsSpent: amount,
  }),
  governmentFund: spendingBlock.nullable(),
  stateCapital: spendingBlock.nullable(),
  socialInsurance: spendingBlock.nullable(),
}) satisfies z.ZodType<BudgetSpending>;

const narrative = z.object({
  preamble: z.array(z.string()),
  sections: z.array(
    z.object({
      key: z.enum(['profile', 'generalBudget', 'governmentFund', 'stateCapital', 'socialInsurance', 'performance', 'problems', 'improvements', 'other', 'attachments', 'unknown']),
      title: z.string(),
      paragraphs: z.array(z.string()),
      subsections: z.array(z.object({ title: z.string(), paragraphs: z.array(z.string()) })),
    }),
  ),
  profile: z.object({ internalDepartments: count, staff: count, retirees: count }),
}) satisfies z.ZodType<Narrative>;

export const departmentReportSchema = z
  .object({
    unit: z.string().min(1, '预算单位名称不能为空'),
    year: z.number().int().min(1990).max(2100).nullable(),
    region: z.string().nullable(),
    title: z.string().nullable(),
    narrative,
    spending,
    basicData: basicData.nullable(),
    departmentEvaluation: departmentEvaluation.nullable(),
    projects: z.array(projectEvaluation),
  })
  .describe('部门整体支出绩效自评报告') satisfies z.ZodType<DepartmentReport>;

/** The published JSON Schema of a report (`jixiao schema`). */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(departmentReportSchema, { target: 'draft-2020-12' }),
    $id: 'https://jixiao.dev/schema/department-report.json',
    title: '部门整体支出绩效自评报告',
  };
}
