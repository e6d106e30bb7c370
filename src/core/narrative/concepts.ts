/**
 * The figures a narrative names, with the words reports use for them. A
 * number in the text is bound to the concept whose keyword ends closest
 * before it in the same clause ("全年执行数为 5931.08 万元" → spent).
 * Keywords that are part of longer ones come after them, so "年初预算数" is
 * not read as "预算数".
 */
export type ConceptKey =
  | 'adjustedBudget'
  | 'initialBudget'
  | 'spent'
  | 'carriedIn'
  | 'appropriation'
  | 'otherBudgetAppropriation'
  | 'otherFunds'
  | 'carriedOut'
  | 'wages'
  | 'goodsAndServices'
  | 'householdSubsidies'
  | 'capitalSpending'
  | 'personnelCost'
  | 'operatingCost'
  | 'executionRate'
  | 'costSavingRate'
  | 'totalScore'
  | 'staff'
  | 'authorizedHeadcount'
  | 'retirees'
  | 'internalDepartments'
  | 'projectCount'
  | 'threePublicExpenses'
  | 'officialReception'
  | 'officialVehicles'
  | 'officialVehiclePart'
  | 'overseasTravel'
  | 'procurement';

export type ConceptUnit = 'money' | 'rate' | 'count' | 'points';

export interface Concept {
  key: ConceptKey;
  /** Chinese name used in messages. */
  label: string;
  unit: ConceptUnit;
  keywords: string[];
}

export const CONCEPTS: readonly Concept[] = [
  { key: 'initialBudget', label: '年初预算数', unit: 'money', keywords: ['年初预算数', '年初预算'] },
  { key: 'adjustedBudget', label: '全年预算数', unit: 'money', keywords: ['全年预算数', '调整后预算数', '年度预算数', '全年预算', '预算总额', '预算数'] },
  { key: 'spent', label: '全年执行数', unit: 'money', keywords: ['全年执行数', '实际执行数', '全年支出数', '实际支出', '执行数', '决算数'] },
  { key: 'carriedIn', label: '上年结转和结余', unit: 'money', keywords: ['上年结转和结余', '上年结转结余', '上年结转'] },
  { key: 'appropriation', label: '本年一般公共预算拨款收入', unit: 'money', keywords: ['一般公共预算拨款收入', '一般公共预算拨款', '财政拨款收入', '当年财政拨款'] },
  // Read so that their figures are not taken for the 一般公共预算 appropriation ("政府性基金预算财政拨款收入 0 万元"); no table states them apart.
  { key: 'otherBudgetAppropriation', label: '政府性基金、国有资本经营预算拨款收入', unit: 'money', keywords: ['政府性基金预算财政拨款收入', '政府性基金预算拨款收入', '政府性基金拨款收入', '国有资本经营预算财政拨款收入', '国有资本经营预算拨款收入'] },
  { key: 'otherFunds', label: '本年其他资金收入', unit: 'money', keywords: ['本年其他资金收入', '其他资金收入', '本年其他资金', '其他收入'] },
  { key: 'carriedOut', label: '年末结转和结余', unit: 'money', keywords: ['年末结转和结余', '年末结转结余', '年末结余', '年末结转'] },
  { key: 'wages', label: '工资福利支出', unit: 'money', keywords: ['工资福利支出'] },
  { key: 'goodsAndServices', label: '商品和服务支出', unit: 'money', keywords: ['商品和服务支出'] },
  { key: 'householdSubsidies', label: '对个人和家庭的补助', unit: 'money', keywords: ['对个人和家庭的补助支出', '对个人和家庭的补助', '对个人和家庭补助'] },
  { key: 'capitalSpending', label: '资本性支出', unit: 'money', keywords: ['资本性支出'] },
  { key: 'personnelCost', label: '人员经费', unit: 'money', keywords: ['人员经费'] },
  { key: 'operatingCost', label: '日常公用经费', unit: 'money', keywords: ['日常公用经费', '公用经费'] },
  { key: 'executionRate', label: '预算执行率', unit: 'rate', keywords: ['预算执行率', '资金执行率', '支出执行率', '执行率'] },
  { key: 'costSavingRate', label: '成本节约率', unit: 'rate', keywords: ['成本节约率'] },
  { key: 'totalScore', label: '自评得分', unit: 'points', keywords: ['自评得分', '自评总分', '自评分', '综合得分', '总得分', '总分'] },
  { key: 'staff', label: '在职人数', unit: 'count', keywords: ['在编在职', '实有在职', '在职人员', '在职人数', '在职职工', '在职'] },
  { key: 'authorizedHeadcount', label: '编制数', unit: 'count', keywords: ['核定编制', '编制数', '编制'] },
  { key: 'retirees', label: '退休人数', unit: 'count', keywords: ['退休人员', '退休人数', '退休'] },
  { key: 'internalDepartments', label: '内设机构数', unit: 'count', keywords: ['内设机构'] },
  { key: 'projectCount', label: '项目个数', unit: 'count', keywords: ['项目共', '专项共'] },
  { key: 'threePublicExpenses', label: '三公经费', unit: 'money', keywords: ['三公经费', '“三公”经费', '"三公"经费', '三公”经费', '三公"经费', '三公’经费', "三公'经费"] },
  { key: 'officialReception', label: '公务接待费', unit: 'money', keywords: ['公务接待费', '公务接待'] },
  { key: 'officialVehicles', label: '公务用车购置及运行维护费', unit: 'money', keywords: ['公务用车购置及运行维护费', '公务用车购置和维护经费', '公务用车'] },
  // One of its two parts, which the tables do not state apart: read so that it is not compared with the whole.
  { key: 'officialVehiclePart', label: '公务用车购置费或运行维护费', unit: 'money', keywords: ['公务用车运行维护费', '公务用车运行维护支出', '公务用车运行维护', '公务用车运行费', '公务用车购置费', '公务用车购置支出', '公务用车购置'] },
  { key: 'overseasTravel', label: '因公出国（境）费', unit: 'money', keywords: ['因公出国（境）费', '因公出国(境)费', '因公出国', '出国经费'] },
  { key: 'procurement', label: '政府采购金额', unit: 'money', keywords: ['政府采购金额', '政府采购'] },
];

/** Every keyword with its concept, longest first (so a longer keyword wins a tie). */
const BY_KEY = new Map(CONCEPTS.map((c) => [c.key, c]));

/** The concept of a key. */
export function conceptOf(key: ConceptKey): Concept {
  return BY_KEY.get(key) as Concept;
}

export const KEYWORDS: readonly { keyword: string; concept: Concept }[] = CONCEPTS.flatMap((concept) =>
  concept.keywords.map((keyword) => ({ keyword, concept })),
).sort((a, b) => b.keyword.length - a.keyword.length);
