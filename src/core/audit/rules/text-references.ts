import { dec, decOrNull, HUNDRED, sum, type Dec } from '../../number/decimal.js';
import { formatAmount, formatRate } from '../../number/format.js';
import { executionRate } from '../../calc/funds.js';
import { inWan, inWanOrNull, quoted } from '../../calc/money-unit.js';
import { carriedOut, operatingCost, personnelCost } from '../../calc/spending.js';
import type { ConceptKey } from '../../narrative/concepts.js';
import type { CostLine, MoneyUnit, SpendingBlock } from '../../model/report.js';
import { nameSimilarity } from '../../text/similarity.js';
import type { PlacedMention } from '../../narrative/mentions.js';
import { BASIC_DATA_TABLE, DEPARTMENT_TABLE, type AuditContext } from '../context.js';
import { blockOf, blockPlaces, sectionTitle, yiRoundingOf, type BlockPlace } from './narrative-place.js';

/**
 * The figures of the tables (and of the narrative's own budget sections) that
 * a mention in the text names, for the text-against-table rule.
 * "预算执行率94.46%" in section 六 names 附件2's stated 执行率 (94.00%) and the
 * rate computed from its amounts (94.46%).
 */
export interface Reference {
  /** In the mention's canonical unit (万元; percent number for rates). */
  value: Dec;
  /** As printed: "7380.15", "94.00%" (computed only when a finding needs it). */
  readonly display: string;
  /** Where, in Chinese: "附件2部门整体支出绩效自评表年度资金总额全年预算数". */
  where: string;
  /** 'table' and 'narrative' are stated figures; 'computed' is derived from stated ones. */
  origin: 'table' | 'narrative' | 'computed';
  /** False when the two may legitimately differ in scope (在编在职 vs 实际在职人数). */
  sure: boolean;
  /** How far the reference may be from the exact figure: set for figures of a narrative block written in 亿元 (50 万元 each for 0.01 亿元). */
  rounding?: Dec;
}

const BLOCK_FIELDS: Partial<Record<ConceptKey, keyof SpendingBlock>> = {
  adjustedBudget: 'adjustedBudget',
  carriedIn: 'carriedIn',
  appropriation: 'appropriation',
  otherFunds: 'otherFunds',
  spent: 'spent',
  wages: 'wages',
  goodsAndServices: 'goodsAndServices',
  householdSubsidies: 'householdSubsidies',
  capitalSpending: 'capitalSpending',
  carriedOut: 'carriedOut',
};

/**
 * A stated or computed amount as a reference, printed on first use: most
 * references agree and are never printed. A table's amount in 元 is printed
 * as the table states it (`quote`).
 */
class AmountReference implements Reference {
  private shown: string | null = null;

  constructor(
    readonly value: Dec,
    readonly where: string,
    readonly origin: Reference['origin'],
    readonly sure: boolean,
    private readonly quote: { text: string; unit: MoneyUnit } | null = null,
    readonly rounding?: Dec,
  ) {}

  get display(): string {
    this.shown ??= this.quote ? quoted(this.quote.text, this.quote.unit) : formatAmount(this.value);
    return this.shown;
  }
}

/*
 * The references of a mention are added to one list by these, each when its
 * figure is known: most mentions have one or two, and a list per figure, spread
 * into the mention's, cost more than the references.
 */

/** An amount; `rounding` when it is a figure of the text written in 亿元, or made of such (yiRoundingOf). */
function addMoney(out: Reference[], value: Dec | null, where: string, origin: Reference['origin'], sure: boolean, rounding: Dec | null = null): void {
  if (value !== null) out.push(new AmountReference(value, where, origin, sure, null, rounding ?? undefined));
}

/** A stated amount; a table's in 元 is compared in 万元 and quoted as the table states it. */
function addStatedMoney(out: Reference[], text: string | null, where: string, origin: Reference['origin'], sure: boolean, unit: MoneyUnit = '万元'): void {
  if (text === null) return;
  out.push(unit === '万元' ? new AmountReference(dec(text), where, origin, sure) : new AmountReference(inWan(text, unit), where, origin, sure, { text, unit }));
}

/** A computed rate, as a percent number. */
function addRate(out: Reference[], ratioValue: Dec | null, where: string): void {
  if (ratioValue === null) return;
  out.push({ value: ratioValue.times(HUNDRED), display: formatRate(ratioValue), where, origin: 'computed', sure: true });
}

function addCount(out: Reference[], text: string | null, where: string, sure: boolean): void {
  if (text !== null) out.push({ value: dec(text), display: text, where, origin: 'table', sure });
}

const PROJECT_MATCHES = { shared: 'project tables by the names the text gives' };

/** The project table whose name is most like a name the text gives (similarity ≥ 0.6), once per name and report. */
function projectNamed(ctx: AuditContext, name: string): { j: number } | undefined {
  const byName = ctx.once(PROJECT_MATCHES, () => new Map<string, { j: number } | undefined>());
  if (byName.has(name)) return byName.get(name);
  const best = ctx.report.projects.map((p, j) => ({ j, s: nameSimilarity(p.name, name) })).filter((x) => x.s >= 0.6).sort((a, b) => b.s - a.s)[0];
  byName.set(name, best);
  return best;
}

/** Whether a budget and a spending figure stand before `rate` in its own sentence. */
function statesItsInputs(mentions: readonly PlacedMention[], rate: PlacedMention): boolean {
  let budget = false;
  let spent = false;
  for (const m of mentions) {
    if (m.paragraphPath !== rate.paragraphPath || m.sentence !== rate.sentence || m.offset >= rate.offset) continue;
    budget ||= m.concept === 'adjustedBudget';
    spent ||= m.concept === 'spent';
  }
  return budget && spent;
}

/** All references of a mention, stated ones first. */
export function referencesOf(ctx: AuditContext, m: PlacedMention): Reference[] {
  const r = ctx.report;
  const dept = r.departmentEvaluation;
  const inBudgetSection = m.sectionKey === 'generalBudget';
  const scope = m.scope;
  const out: Reference[] = [];
  switch (scope.kind) {
    case 'basic':
    case 'project': {
      const block = blockOf(r, scope.kind);
      const name = scope.kind === 'basic' ? '基本支出' : '项目支出';
      if (dept && !inBudgetSection && (m.concept === 'adjustedBudget' || m.concept === 'spent' || m.concept === 'initialBudget')) {
        addStatedMoney(out, dept[scope.kind][m.concept], `附件2${DEPARTMENT_TABLE}${name}${m.label}`, 'table', true, dept.moneyUnit);
      }
      if (!block) return out;
      const where = `正文${placeTitle(ctx, scope.kind)}`;
      const field = BLOCK_FIELDS[m.concept];
      if (field) addMoney(out, decOrNull(block[field]), `${where}${m.label}`, 'narrative', true, yiRoundingOf(ctx, [scope.kind]));
      if (m.concept === 'personnelCost') addMoney(out, personnelCost(block), `${where}（工资福利支出 ${block.wages} + 对个人和家庭的补助 ${block.householdSubsidies}）`, 'computed', true, yiRoundingOf(ctx, [scope.kind], 2));
      if (m.concept === 'operatingCost') addMoney(out, operatingCost(block), `${where}（商品和服务支出 ${block.goodsAndServices} + 资本性支出 ${block.capitalSpending}）`, 'computed', true, yiRoundingOf(ctx, [scope.kind], 2));
      if (m.concept === 'carriedOut') addMoney(out, carriedOut(block), `${where}（全年预算数 − 全年执行数）`, 'computed', true, yiRoundingOf(ctx, [scope.kind], 2));
      // A rate whose own sentence states its budget and spending is checked against them by NARR-EXEC-RATE, not again here;
      // one worked out from figures rounded to 0.01 亿元 says too little to check another by.
      if (m.concept === 'executionRate' && yiRoundingOf(ctx, [scope.kind]) === null && !statesItsInputs(ctx.mentions(), m)) addRate(out, executionRate(decOrNull(block.spent), decOrNull(block.adjustedBudget)), `${where}（全年执行数 ÷ 全年预算数）`);
      return out;
    }
    case 'projectItems': {
      const project = r.spending.generalBudget.project;
      const field = m.concept === 'adjustedBudget' ? 'adjustedBudget' : m.concept === 'spent' ? 'spent' : null;
      if (field && project) addMoney(out, decOrNull(project[field]), `正文${sectionTitle(r, 'generalBudget', '项目支出')}项目支出${m.label}`, 'narrative', true, yiRoundingOf(ctx, ['project']));
      return out;
    }
    case 'item': {
      if (inBudgetSection) return out;
      const best = projectNamed(ctx, scope.name);
      const project = best ? r.projects[best.j] : undefined;
      if (!best || !project) return out;
      const col = m.concept === 'adjustedBudget' || m.concept === 'spent' || m.concept === 'initialBudget' ? m.concept : null;
      if (col) addStatedMoney(out, project.total[col], `附件3项目支出绩效自评表（${project.name}）${m.label}`, 'table', true, project.moneyUnit);
      else if (m.concept === 'executionRate') addRate(out, executionRate(decOrNull(project.total.spent), decOrNull(project.total.adjustedBudget)), `附件3项目支出绩效自评表（${project.name}）执行率`);
      return out;
    }
    case 'total':
      addTotalReferences(out, ctx, m);
      return out;
  }
}

/** The title of a block's place in the narrative, which carries the section title a finding names it by ("" without the block). */
function placeTitle(ctx: AuditContext, key: BlockPlace['key']): string {
  for (const p of blockPlaces(ctx)) if (p.key === key) return p.title;
  return '';
}

/**
 * The sum of a field over the narrative's budget blocks. The parts add up to the whole only when the text gives
 * both halves of the general budget: a report describing its 基本支出 alone says nothing of the rest.
 */
function partsSum(ctx: AuditContext, field: keyof SpendingBlock): Dec | null {
  const places = blockPlaces(ctx);
  if (!places.some((p) => p.key === 'basic') || !places.some((p) => p.key === 'project')) return null;
  const values = places.map((p) => decOrNull(blockOf(ctx.report, p.key)?.[field] ?? null));
  return values.includes(null) ? null : sum(values);
}

function addTotalReferences(out: Reference[], ctx: AuditContext, m: PlacedMention): void {
  const r = ctx.report;
  const dept = r.departmentEvaluation;
  const deptWhere = `附件2${DEPARTMENT_TABLE}年度资金总额`;
  const basic = r.spending.generalBudget.basic;
  const b = r.basicData;
  switch (m.concept) {
    case 'adjustedBudget':
    case 'spent':
    case 'initialBudget':
      if (dept) addStatedMoney(out, dept.total[m.concept], `${deptWhere}${m.label}`, 'table', true, dept.moneyUnit);
      if (m.concept !== 'initialBudget') addMoney(out, partsSum(ctx, m.concept), `正文各部分${m.label}之和`, 'computed', true, yiRoundingOf(ctx, blockPlaces(ctx).map((p) => p.key)));
      return;
    case 'carriedOut': {
      if (dept) {
        const a = inWanOrNull(dept.total.adjustedBudget, dept.moneyUnit);
        const s = inWanOrNull(dept.total.spent, dept.moneyUnit);
        addMoney(out, a && s ? a.minus(s) : null, `${deptWhere}（全年预算数 − 全年执行数）`, 'computed', true);
      }
      addMoney(out, partsSum(ctx, 'carriedOut'), '正文各部分年末结转和结余之和', 'computed', true, yiRoundingOf(ctx, blockPlaces(ctx).map((p) => p.key)));
      return;
    }
    case 'executionRate': {
      if (!dept) return;
      if (dept.total.executionRate !== null) {
        out.push({ value: dec(dept.total.executionRate.slice(0, -1)), display: dept.total.executionRate, where: `${deptWhere}执行率`, origin: 'table', sure: true });
      }
      addRate(out, executionRate(decOrNull(dept.total.spent), decOrNull(dept.total.adjustedBudget)), `${deptWhere}（全年执行数 ${dept.total.spent} ÷ 全年预算数 ${dept.total.adjustedBudget}）`);
      return;
    }
    case 'personnelCost':
      if (basic) addMoney(out, personnelCost(basic), `正文基本支出（工资福利支出 + 对个人和家庭的补助）`, 'computed', false, yiRoundingOf(ctx, ['basic'], 2));
      return;
    case 'operatingCost':
      if (basic) addMoney(out, operatingCost(basic), `正文基本支出（商品和服务支出 + 资本性支出）`, 'computed', false, yiRoundingOf(ctx, ['basic'], 2));
      return;
    case 'staff':
      if (b) addCount(out, b.actualHeadcount, `附件1${BASIC_DATA_TABLE}实际在职人数`, false);
      return;
    case 'authorizedHeadcount':
      if (b) addCount(out, b.authorizedHeadcount, `附件1${BASIC_DATA_TABLE}编制数`, true);
      return;
    case 'threePublicExpenses':
      if (b) addCostLine(out, b.threePublicExpenses, '三公经费', b.moneyUnit);
      return;
    case 'officialReception':
      if (b) addCostLine(out, b.officialReception, '公务接待', b.moneyUnit);
      return;
    case 'officialVehicles':
      if (b) addCostLine(out, b.officialVehicles, '公务用车购置和维护经费', b.moneyUnit);
      return;
    case 'overseasTravel':
      if (b) addCostLine(out, b.overseasTravel, '出国经费', b.moneyUnit);
      return;
    case 'procurement':
      if (b) addCostLine(out, b.procurement, '政府采购金额', b.moneyUnit);
      return;
    default:
      return;
  }
}

const COST_LINE_COLUMNS = [
  ['final', '本年决算数'],
  ['budget', '本年预算数'],
  ['previousFinal', '上年决算数'],
] as const;

/**
 * A 基础数据表 line: the text may name any of its three columns (上年决算、本年预算、本年决算),
 * so each is a reference and none is sure.
 */
function addCostLine(out: Reference[], line: CostLine, label: string, unit: MoneyUnit): void {
  for (const [col, name] of COST_LINE_COLUMNS) addStatedMoney(out, line[col], `附件1${BASIC_DATA_TABLE}${label}${name}`, 'table', false, unit);
}
