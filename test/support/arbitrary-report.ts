import fc from 'fast-check';
import type { CostLine, DepartmentReport, FundSource, Indicator, ProjectEvaluation, SpendingBlock } from '../../src/core/model/report.js';
import { blankReport, emptyFundsRow } from '../../src/core/authoring/blank-report.js';

/**
 * Random reports whose inputs are consistent (section 二's blocks, the
 * department's sources, each project's funds and its line in section 二 agree;
 * weights add up to 90), and whose derived figures are junk for deriveReport
 * to mend. Amounts are whole 分 printed with two decimals.
 */
const PROJECT_NAMES = ['辅警经费', '强制隔离戒毒人员医疗康复费', '教育矫治费', '所政及维修经费', '警察补助(加班)', '禁毒宣传经费', '信息化运维费'];

function yuan(cents: number): string {
  const s = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** n parts of a whole, each ≥ 0, from n − 1 cut points. */
function split(total: number, cuts: number[]): number[] {
  const points = cuts.map((c) => Math.floor(c * total)).sort((a, b) => a - b);
  const parts: number[] = [];
  let last = 0;
  for (const p of points) {
    parts.push(p - last);
    last = p;
  }
  parts.push(total - last);
  return parts;
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const junk = fc.option(fc.constantFrom('1.00', '99999.99', '0'), { nil: null });
const junkRate = fc.option(fc.constantFrom('1.00%', '150%'), { nil: null });

interface Money {
  budget: number;
  spentShare: number;
  sourceCuts: [number, number];
  classCuts: [number, number, number];
  initial: number;
}

const money = fc.record({
  budget: fc.integer({ min: 1_000, max: 900_000_000 }),
  spentShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
  sourceCuts: fc.tuple(fraction, fraction),
  classCuts: fc.tuple(fraction, fraction, fraction),
  initial: fc.integer({ min: 1_000, max: 900_000_000 }),
});

function block(m: Money, junkBudget: string | null): { block: SpendingBlock; spent: number; sources: number[] } {
  const spent = Math.floor(m.budget * m.spentShare);
  const sources = split(m.budget, m.sourceCuts);
  const classes = split(spent, m.classCuts);
  return {
    spent,
    sources,
    block: {
      adjustedBudget: junkBudget, carriedIn: yuan(sources[0] ?? 0), appropriation: yuan(sources[1] ?? 0), otherFunds: yuan(sources[2] ?? 0),
      spent: junkBudget, wages: yuan(classes[0] ?? 0), goodsAndServices: yuan(classes[1] ?? 0), householdSubsidies: yuan(classes[2] ?? 0), capitalSpending: yuan(classes[3] ?? 0),
      carriedOut: junkBudget,
    },
  };
}

/** What the indicator's stated score is: missing, a judgement within its weight, or above it. */
const scoreKind = fc.constantFrom<'missing' | 'within' | 'over'>('missing', 'within', 'over');
const quantity = fc.record({ target: fc.integer({ min: 1, max: 100 }), actual: fc.integer({ min: 0, max: 100 }), kind: scoreKind, judged: fraction });
const indicatorsArb = fc.array(quantity, { minLength: 7, maxLength: 7 });

/** The Hunan split 成本 20 / 产出 20 / 效益 40 / 满意度 10 = 90. */
const TEMPLATE: [string, string, string, string][] = [
  ['成本指标', '经济成本指标', '成本节约率', '20'],
  ['产出指标', '数量指标', '保障对象人数完成率', '5'],
  ['产出指标', '数量指标', '课程开设完成率', '5'],
  ['产出指标', '质量指标', '验收合格率', '5'],
  ['产出指标', '时效指标', '任务完成及时率', '5'],
  ['效益指标', '社会效益指标', '维护社会稳定', '20'],
  ['效益指标', '可持续影响指标', '场所运转持续率', '20'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '10'],
];

function indicators(qs: { target: number; actual: number; kind: 'missing' | 'within' | 'over'; judged: number }[]): Indicator[] {
  return TEMPLATE.map(([level1, level2, name, weight], i) => {
    const q = qs[i - 1];
    const w = Number(weight);
    if (i === 0) return { level1, level2, name, target: '>0%', actual: '1.00%', weight, score: '25', deviationNote: '' };
    const qualitative = name === '维护社会稳定';
    const score = !q || q.kind === 'missing' ? null : q.kind === 'over' ? String(w * 2) : (Math.round(q.judged * w * 100) / 100).toString();
    return {
      level1, level2, name,
      target: qualitative ? '有效维护' : `≥${q?.target ?? 90}%`,
      actual: qualitative ? '有效' : `${q?.actual ?? 100}%`,
      weight,
      score: qualitative && score === null ? weight : score,
      deviationNote: '',
    };
  });
}

const projectArb = fc.record({ money, name: fc.constantFrom(...PROJECT_NAMES), indicators: indicatorsArb, junkTotal: junk, junkRate });

function projectTable(unit: string, name: string, m: Money, spent: number, qs: Parameters<typeof indicators>[0], junkTotal: string | null, rate: string | null): ProjectEvaluation {
  const budgets = split(m.budget, m.sourceCuts);
  const spends = split(spent, m.sourceCuts);
  const initials = split(m.initial, m.sourceCuts);
  const labels: [FundSource['kind'], string][] = [['appropriation', '当年财政拨款'], ['carriedIn', '上年结转金额'], ['otherFunds', '其它资金']];
  return {
    name, supervisor: unit, implementer: unit, moneyUnit: '万元',
    total: { initialBudget: junkTotal, adjustedBudget: junkTotal, spent: junkTotal, weight: '10', executionRate: rate, score: junkTotal },
    sources: labels.map(([kind, label], i) => ({ kind, label, row: { ...emptyFundsRow(), initialBudget: yuan(initials[i] ?? 0), adjustedBudget: yuan(budgets[i] ?? 0), spent: yuan(spends[i] ?? 0) } })),
    overallGoal: { expected: `保障${name}相关工作正常开展。`, achieved: `全年按计划完成${name}相关工作。` },
    indicators: indicators(qs),
    levelWeights: [{ level: 1, name: '产出指标', weight: '33' }, { level: 1, name: '效益指标', weight: '40' }],
    totalScore: { weight: '1', score: '1', grade: '差' },
    remarks: [],
  };
}

const costLine = fc.record({ previousFinal: fc.integer({ min: 0, max: 10_000_000 }), budget: fc.integer({ min: 0, max: 10_000_000 }), final: fc.integer({ min: 0, max: 10_000_000 }) })
  .map((c): CostLine => ({ previousFinal: yuan(c.previousFinal), budget: yuan(c.budget), final: yuan(c.final) }));

export const arbitraryReport: fc.Arbitrary<DepartmentReport> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2030 }),
    basic: money,
    projects: fc.uniqueArray(projectArb, { minLength: 1, maxLength: 4, selector: (p) => p.name }),
    projectSourceCuts: fc.tuple(fraction, fraction),
    projectClassCuts: fc.tuple(fraction, fraction, fraction),
    deptIndicators: indicatorsArb,
    deptInitial: fc.integer({ min: 1_000, max: 900_000_000 }),
    junk,
    junkRate,
    headcount: fc.record({ authorized: fc.integer({ min: 1, max: 2000 }), actual: fc.integer({ min: 0, max: 2000 }) }),
    lines: fc.array(costLine, { minLength: 8, maxLength: 8 }),
    publicParts: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
    buildings: fc.option(fc.record({ approved: fc.integer({ min: 1, max: 100_000 }), actual: fc.integer({ min: 0, max: 100_000 }), budgeted: fc.integer({ min: 1, max: 10_000_000 }), invested: fc.integer({ min: 0, max: 10_000_000 }) }), { nil: null }),
  })
  .map((a) => {
    const unit = '湘江市禁毒戒治所';
    const r = blankReport(unit, a.year);
    r.title = `${a.year}年度${unit}部门整体支出绩效自评报告`;
    const g = r.spending.generalBudget;
    const basic = block(a.basic, a.junk);
    g.basic = basic.block;
    // The project block is its items added up.
    const items = a.projects.map((p) => ({ p, spent: Math.floor(p.money.budget * p.money.spentShare) }));
    const projectBudget = items.reduce((s, x) => s + x.p.money.budget, 0);
    const projectSpent = items.reduce((s, x) => s + x.spent, 0);
    const projectSources = split(projectBudget, a.projectSourceCuts);
    const projectClasses = split(projectSpent, a.projectClassCuts);
    g.project = {
      adjustedBudget: a.junk, carriedIn: yuan(projectSources[0] ?? 0), appropriation: yuan(projectSources[1] ?? 0), otherFunds: yuan(projectSources[2] ?? 0),
      spent: a.junk, wages: yuan(projectClasses[0] ?? 0), goodsAndServices: yuan(projectClasses[1] ?? 0), householdSubsidies: yuan(projectClasses[2] ?? 0), capitalSpending: yuan(projectClasses[3] ?? 0),
      carriedOut: a.junk,
    };
    g.projectItems = items.map((x) => ({ name: x.p.name, adjustedBudget: yuan(x.p.money.budget), spent: yuan(x.spent) }));
    g.projectCount = '99';
    g.projectItemsBudget = a.junk;
    const dept = r.departmentEvaluation!;
    dept.total = { initialBudget: yuan(a.deptInitial), adjustedBudget: a.junk, spent: a.junk, weight: '10', executionRate: a.junkRate, score: a.junk };
    const appropriation = (basic.sources[1] ?? 0) + (projectSources[1] ?? 0);
    const other = (basic.sources[0] ?? 0) + (basic.sources[2] ?? 0) + (projectSources[0] ?? 0) + (projectSources[2] ?? 0);
    const amounts = [appropriation, 0, 0, other];
    dept.sources.forEach((s, i) => (s.row.adjustedBudget = yuan(amounts[i] ?? 0)));
    dept.basic = { ...emptyFundsRow(), spent: a.junk };
    dept.project = { ...emptyFundsRow(), spent: a.junk };
    dept.overallGoal = { expected: '保障机构正常运转。', achieved: '全年各项工作顺利完成。' };
    dept.indicators = indicators(a.deptIndicators);
    r.projects = items.map((x) => projectTable(unit, x.p.name, x.p.money, x.spent, x.p.indicators, x.p.junkTotal, x.p.junkRate));
    const b = r.basicData!;
    b.authorizedHeadcount = String(a.headcount.authorized);
    b.actualHeadcount = String(a.headcount.actual);
    b.headcountControlRate = a.junkRate;
    const [v1, v2, v3, v4, p1, p2, procurement, adjustment] = a.lines as [CostLine, CostLine, CostLine, CostLine, CostLine, CostLine, CostLine, CostLine];
    Object.assign(b, { vehiclePurchase: v1, vehicleOperation: v2, overseasTravel: v3, officialReception: v4, businessFunds: p1, maintenanceFunds: p2, procurement, basicBudgetAdjustment: adjustment });
    b.threePublicExpenses = { previousFinal: a.junk, budget: a.junk, final: a.junk };
    const [o, u, m] = a.publicParts.map(yuan) as [string, string, string];
    b.officeExpenses = { previousFinal: o, budget: o, final: o };
    b.utilitiesAndTravel = { previousFinal: u, budget: u, final: u };
    b.meetingsAndTraining = { previousFinal: m, budget: m, final: m };
    const publicTotal = yuan(a.publicParts.reduce((s, x) => s + x, 0) + 100);
    b.publicFunds = { previousFinal: publicTotal, budget: publicTotal, final: publicTotal };
    if (a.buildings) {
      b.buildings = { approvedArea: String(a.buildings.approved), actualArea: String(a.buildings.actual), areaControlRate: a.junkRate, budgetedInvestment: yuan(a.buildings.budgeted), actualInvestment: yuan(a.buildings.invested), investmentControlRate: null };
    }
    b.thriftMeasures = '严格执行中央八项规定精神，厉行节约。';
    const section = (key: string) => r.narrative.sections.find((s) => s.key === key)!;
    section('profile').subsections.push({ title: '（一）主要职能', paragraphs: ['负责全市强制隔离戒毒工作。'] });
    section('generalBudget').subsections.push({ title: '（一）基本支出情况', paragraphs: ['2020 年，基本支出全年预算数 1.00 万元。', '基本支出保障了机构正常运转。'] });
    section('performance').subsections.push({ title: '（三）履职效能', paragraphs: ['全年各项工作有序推进。'] });
    section('problems').paragraphs.push('部分指标设置的科学性有待提高。');
    section('improvements').paragraphs.push('进一步完善绩效指标体系。');
    section('other').paragraphs.push('无。');
    return r;
  });
