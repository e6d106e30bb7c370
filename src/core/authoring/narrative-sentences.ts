import { executionRate } from '../calc/funds.js';
import { dec, decOrNull, sum } from '../number/decimal.js';
import { formatAmount, formatRate } from '../number/format.js';
import { operatingCost, personnelCost } from '../calc/spending.js';
import type { DepartmentReport, GeneralBudgetSpending, SpendingBlock } from '../model/report.js';

/**
 * The sentences of sections 二 and 六（一）（二） written from the figures, in
 * the reference report's words, so that the core's mention extraction
 * (narrative/mentions.ts) reads each figure back:
 * "2023 年，基本支出全年预算数 6340.13 万元，其中：上年结转和结余 498.01 万元，…"
 * Amounts are printed with two decimals; a figure left empty is left out.
 */

function money(value: string): string {
  return formatAmount(dec(value));
}

function yearPrefix(year: number | null, spaced: boolean): string {
  if (year === null) return '';
  return spaced ? `${year} 年，` : `${year}年，`;
}

function listed(parts: [string, string | null][], separator: string): string {
  return parts.filter((p): p is [string, string] => p[1] !== null).map(([label, v]) => `${label} ${money(v)} 万元`).join(separator);
}

/**
 * One budget block of sections 二 to 五: its budget by source, its spending by
 * economic class, what is carried over.
 * "2023 年，基本支出全年预算数 6340.13 万元，其中：…。全年执行数为 5931.08 万元，其中：…。年末结转和结余 409.05 万元。"
 */
export function blockParagraph(year: number | null, name: string, b: SpendingBlock): string | null {
  const sentences: string[] = [];
  const sources = listed([['上年结转和结余', b.carriedIn], ['本年一般公共预算拨款收入', b.appropriation], ['本年其他资金收入', b.otherFunds]], '，');
  if (b.adjustedBudget !== null) sentences.push(`${name}全年预算数 ${money(b.adjustedBudget)} 万元${sources ? `，其中：${sources}` : ''}。`);
  else if (sources) sentences.push(`${name}${sources}。`);
  const classes = listed([['工资福利支出', b.wages], ['商品和服务支出', b.goodsAndServices], ['对个人和家庭的补助', b.householdSubsidies], ['资本性支出', b.capitalSpending]], '、');
  if (b.spent !== null) sentences.push(`全年执行数为 ${money(b.spent)} 万元${classes ? `，其中：${classes}` : ''}。`);
  else if (classes) sentences.push(`全年${classes}。`);
  if (b.carriedOut !== null) sentences.push(`年末结转和结余 ${money(b.carriedOut)} 万元。`);
  if (sentences.length === 0) return null;
  return `${yearPrefix(year, true)}${sentences.join('')}`;
}

/**
 * The list of 业务工作专项 of section 二（二）.
 * "业务工作专项项目共 8 个，全年预算数 1040.02 万元，全年执行数为 1040.02 万元。其中：辅警经费项目全年预算数 89.89 万元，全年执行数为 89.89 万元；…。"
 */
export function projectItemsParagraph(g: GeneralBudgetSpending): string | null {
  if (g.projectItems.length === 0) return null;
  const head = [`业务工作专项项目共 ${g.projectItems.length} 个`];
  if (g.projectItemsBudget !== null) head.push(`全年预算数 ${money(g.projectItemsBudget)} 万元`);
  if (g.projectItemsSpent !== null) head.push(`全年执行数为 ${money(g.projectItemsSpent)} 万元`);
  const items = g.projectItems.map((p) => {
    const figures = [p.adjustedBudget !== null ? `全年预算数 ${money(p.adjustedBudget)} 万元` : null, p.spent !== null ? `全年执行数为 ${money(p.spent)} 万元` : null].filter((x) => x !== null);
    return figures.length === 0 ? null : `${itemName(p.name)}${figures.join('，')}`;
  }).filter((x) => x !== null);
  return `${head.join('，')}。${items.length > 0 ? `其中：${items.join('；')}。` : ''}`;
}

/** "辅警经费" → "辅警经费项目", the form the mention extraction binds a figure to. */
function itemName(name: string): string {
  return name.endsWith('项目') ? name : `${name}项目`;
}

/**
 * 六（一）运行成本.
 * "2023年，基本支出的全年执行数为5931.08万元，其中：人员经费4981.06万元，日常公用经费950.02万元；项目支出的全年执行数为1040.02万元。"
 */
export function runningCostSentence(report: DepartmentReport): string | null {
  const { basic, project } = report.spending.generalBudget;
  const clauses: string[] = [];
  if (basic?.spent) {
    const personnel = personnelCost(basic);
    const operating = operatingCost(basic);
    const parts = [personnel ? `人员经费${formatAmount(personnel)}万元` : null, operating ? `日常公用经费${formatAmount(operating)}万元` : null].filter((x) => x !== null);
    clauses.push(`基本支出的全年执行数为${money(basic.spent)}万元${parts.length > 0 ? `，其中：${parts.join('，')}` : ''}`);
  }
  if (project?.spent) clauses.push(`项目支出的全年执行数为${money(project.spent)}万元`);
  return clauses.length === 0 ? null : `${yearPrefix(report.year, false)}${clauses.join('；')}。`;
}

/**
 * 六（二）管理效率: the department's budget, spending, carry-over and execution
 * rate, from 附件2's 年度资金总额, else from sections 二 to 五 added up.
 * "2023年，全年预算数为7380.15万元，全年执行数6971.10万元，年末结转和结余409.05万元，预算执行率94.46%。"
 */
export function efficiencySentence(report: DepartmentReport): string | null {
  const totals = departmentTotals(report);
  if (!totals) return null;
  const { budget, spent } = totals;
  const clauses: string[] = [];
  if (budget !== null) clauses.push(`全年预算数为${money(budget)}万元`);
  if (spent !== null) clauses.push(`全年执行数${money(spent)}万元`);
  if (budget !== null && spent !== null) {
    clauses.push(`年末结转和结余${formatAmount(dec(budget).minus(dec(spent)))}万元`);
    const computed = executionRate(dec(spent), dec(budget));
    const rate = totals.rate ?? (computed === null ? null : formatRate(computed));
    if (rate) clauses.push(`预算执行率${rate}`);
  }
  return clauses.length === 0 ? null : `${yearPrefix(report.year, false)}${clauses.join('，')}。`;
}

function departmentTotals(report: DepartmentReport): { budget: string | null; spent: string | null; rate: string | null } | null {
  const dept = report.departmentEvaluation;
  if (dept && (dept.total.adjustedBudget !== null || dept.total.spent !== null)) {
    return { budget: dept.total.adjustedBudget, spent: dept.total.spent, rate: dept.total.executionRate };
  }
  const s = report.spending;
  const blocks = [s.generalBudget.basic, s.generalBudget.project, s.governmentFund, s.stateCapital, s.socialInsurance].filter((b): b is SpendingBlock => b !== null);
  if (blocks.length === 0) return null;
  const add = (col: 'adjustedBudget' | 'spent') => (blocks.some((b) => b[col] === null) ? null : formatAmount(sum(blocks.map((b) => decOrNull(b[col])))));
  return { budget: add('adjustedBudget'), spent: add('spent'), rate: null };
}
