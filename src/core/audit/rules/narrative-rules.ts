import { dec, decOrNull, sum, type Dec } from '../../number/decimal.js';
import { formatAmount } from '../../number/format.js';
import { statedTolerancePerPart, sumMatches } from '../../number/tolerance.js';
import { asWritten, quotedLike, quotedWan, writtenLike } from '../../calc/money-unit.js';
import { budgetFromSources, carriedOut, spentFromClasses } from '../../calc/spending.js';
import type { AuditContext } from '../context.js';
import type { AuditRule } from '../rule.js';
import { blockOf, blockPlaces, sectionTitle, yiPlacesOf, yiRoundingOf, type BlockPlace } from './narrative-place.js';

/**
 * A finding's expected and stated figures: 万元 to two places, or in the unit
 * and to the places the stated figure was written in when that was 元 (a
 * difference of a few 元 would not show in 万元) or 亿元 (see writtenLike).
 */
function figuresOf(expected: Dec, stated: string, yi: number | null): { expected: string; actual: string } {
  const actual = writtenLike(dec(stated), stated, yi);
  if (actual === null) return { expected: formatAmount(expected), actual: formatAmount(dec(stated)) };
  return { expected: writtenLike(expected, stated, yi)?.figure ?? '', actual: actual.figure };
}

/**
 * The 尾差 per part of a block's figures summed or subtracted: the rounding of
 * figures written in 亿元 (two of them at each step, a stated one and a part),
 * else that of the places they were written to (statedTolerancePerPart).
 */
function blockTolerance(ctx: AuditContext, key: BlockPlace['key'], figures: readonly (string | null)[]): Dec {
  return yiRoundingOf(ctx, [key], 2) ?? statedTolerancePerPart(figures);
}

const SEED_TEXT = '湖南省部门整体支出绩效自评报告模板第二部分（derived from the seed）；DOMAIN.md §1、§2';

export const blockSources: AuditRule = {
  id: 'NARR-BUDGET-SOURCES',
  severity: 'error',
  family: 'withinTable',
  title: '正文全年预算数与其来源之和不符',
  description: '正文所述全年预算数应等于上年结转和结余、本年一般公共预算拨款收入、本年其他资金收入之和。',
  source: SEED_TEXT,
  check(ctx) {
    for (const place of blockPlaces(ctx)) {
      const b = blockOf(ctx.report, place.key);
      if (!b || b.adjustedBudget === null) continue;
      const parts = budgetFromSources(b);
      if (!parts || sumMatches(dec(b.adjustedBudget), parts.value, parts.parts, blockTolerance(ctx, place.key, [b.adjustedBudget, b.carriedIn, b.appropriation, b.otherFunds]))) continue;
      const yi = yiPlacesOf(ctx, place.key);
      ctx.emit({
        section: place.title, row: `${place.name}全年预算数`, path: `${place.path}.adjustedBudget`,
        message: `正文${place.name}全年预算数为 ${quotedWan(b.adjustedBudget, yi)}，但上年结转和结余 ${asWritten(b.carriedIn, yi)}、本年一般公共预算拨款收入 ${asWritten(b.appropriation, yi)}、本年其他资金收入 ${asWritten(b.otherFunds, yi)} 之和为 ${quotedLike(parts.value, b.adjustedBudget, yi)}。`,
        ...figuresOf(parts.value, b.adjustedBudget, yi),
      });
    }
  },
};

export const blockClasses: AuditRule = {
  id: 'NARR-SPENT-CLASSES',
  severity: 'error',
  family: 'withinTable',
  title: '正文全年执行数与经济分类之和不符',
  description: '正文所述全年执行数应等于工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出之和。',
  source: SEED_TEXT,
  check(ctx) {
    for (const place of blockPlaces(ctx)) {
      const b = blockOf(ctx.report, place.key);
      if (!b || b.spent === null) continue;
      const parts = spentFromClasses(b);
      if (!parts || sumMatches(dec(b.spent), parts.value, parts.parts, blockTolerance(ctx, place.key, [b.spent, b.wages, b.goodsAndServices, b.householdSubsidies, b.capitalSpending]))) continue;
      const yi = yiPlacesOf(ctx, place.key);
      ctx.emit({
        section: place.title, row: `${place.name}全年执行数`, path: `${place.path}.spent`,
        message: `正文${place.name}全年执行数为 ${quotedWan(b.spent, yi)}，但工资福利支出 ${asWritten(b.wages, yi)}、商品和服务支出 ${asWritten(b.goodsAndServices, yi)}、对个人和家庭的补助 ${asWritten(b.householdSubsidies, yi)}、资本性支出 ${asWritten(b.capitalSpending, yi)} 之和为 ${quotedLike(parts.value, b.spent, yi)}。`,
        ...figuresOf(parts.value, b.spent, yi),
      });
    }
  },
};

export const blockCarriedOut: AuditRule = {
  id: 'NARR-CARRIED-OUT',
  severity: 'error',
  family: 'withinTable',
  title: '正文年末结转和结余与预算数、执行数之差不符',
  description: '年末结转和结余 = 全年预算数 − 全年执行数。',
  source: SEED_TEXT,
  check(ctx) {
    for (const place of blockPlaces(ctx)) {
      const b = blockOf(ctx.report, place.key);
      if (!b || b.carriedOut === null) continue;
      const expected = carriedOut(b);
      if (expected === null || sumMatches(dec(b.carriedOut), expected, 2, blockTolerance(ctx, place.key, [b.carriedOut, b.adjustedBudget, b.spent]))) continue;
      const yi = yiPlacesOf(ctx, place.key);
      ctx.emit({
        section: place.title, row: `${place.name}年末结转和结余`, path: `${place.path}.carriedOut`,
        message: `正文${place.name}年末结转和结余为 ${quotedWan(b.carriedOut, yi)}，按全年预算数 ${asWritten(b.adjustedBudget, yi)} − 全年执行数 ${asWritten(b.spent, yi)} 应为 ${quotedLike(expected, b.carriedOut, yi)}。`,
        ...figuresOf(expected, b.carriedOut, yi),
      });
    }
  },
};

export const projectItemsSum: AuditRule = {
  id: 'NARR-PROJECT-ITEMS-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '正文所列各专项之和与项目支出合计不符',
  description: '正文逐项列出的业务工作专项全年预算数、全年执行数之和，应等于所述专项合计及项目支出的全年预算数、全年执行数。',
  source: SEED_TEXT,
  check(ctx) {
    const g = ctx.report.spending.generalBudget;
    if (g.projectItems.length < 2) return;
    const title = sectionTitle(ctx.report, 'generalBudget', '项目支出');
    for (const [col, name, statedTotal, blockTotal, totalPath] of [
      ['adjustedBudget', '全年预算数', g.projectItemsBudget, g.project?.adjustedBudget ?? null, 'projectItemsBudget'],
      ['spent', '全年执行数', g.projectItemsSpent, g.project?.spent ?? null, 'projectItemsSpent'],
    ] as const) {
      const values = g.projectItems.map((p) => p[col]).filter((v): v is string => v !== null);
      if (values.length < 2) continue;
      const s = sum(values.map(dec));
      const target = statedTotal ?? blockTotal;
      if (target === null || sumMatches(dec(target), s, values.length, statedTolerancePerPart([...values, target]))) continue;
      const yi = yiPlacesOf(ctx, 'project');
      ctx.emit({
        section: title, row: `业务工作专项${name}`, path: statedTotal !== null ? `spending.generalBudget.${totalPath}` : `spending.generalBudget.project.${col}`,
        message: `正文所列 ${values.length} 个专项的${name}之和为 ${quotedLike(s, target, yi)}，与所述合计 ${quotedWan(target, yi)}不符。`,
        ...figuresOf(s, target, yi),
      });
    }
  },
};

export const projectCount: AuditRule = {
  id: 'NARR-PROJECT-COUNT',
  severity: 'warning',
  family: 'acrossTables',
  title: '正文所述项目个数与所列项目或项目自评表个数不符',
  description: '正文“业务工作专项项目共 N 个”应与逐项列出的项目数一致；附件3 的项目支出绩效自评表一般也应逐项对应。',
  source: SEED_TEXT,
  check(ctx) {
    const g = ctx.report.spending.generalBudget;
    const stated = decOrNull(g.projectCount);
    if (stated === null) return;
    const title = sectionTitle(ctx.report, 'generalBudget', '项目支出');
    const listed = g.projectItems.length;
    const tables = ctx.report.projects.length;
    const n = stated.toNumber();
    if (listed > 0 && listed !== n) {
      ctx.emit({ section: title, row: '项目个数', path: 'spending.generalBudget.projectCount', message: `正文称业务工作专项共 ${g.projectCount} 个，但逐项列出了 ${listed} 个。`, expected: String(listed), actual: g.projectCount ?? '' });
    } else if (tables > 0 && tables !== n) {
      ctx.emit({ section: title, row: '项目个数', path: 'spending.generalBudget.projectCount', message: `正文称业务工作专项共 ${g.projectCount} 个，附件3 项目支出绩效自评表有 ${tables} 张。`, expected: String(tables), actual: g.projectCount ?? '' });
    }
  },
};
