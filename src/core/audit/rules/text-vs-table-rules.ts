import { fromWan } from '../../calc/money-unit.js';
import { compare, roundHalfUp, statedDecimals } from '../../number/decimal.js';
import { formatAmount } from '../../number/format.js';
import { withinRounding } from '../../number/tolerance.js';
import type { PlacedMention } from '../../narrative/mentions.js';
import type { AuditContext } from '../context.js';
import type { AuditRule } from '../rule.js';
import { scopeName } from './narrative-place.js';
import { referencesOf, type Reference } from './text-references.js';

const SOURCE = '财政部关于部门整体支出绩效自评报告公开的要求（报告文字与附表数据一致）；DOMAIN.md §4（text against tables）';

/** The number as a table would print it: "94.46%", "7380.15", "244". */
function printed(m: PlacedMention): string {
  if (m.unit === '%') return `${m.numberText}%`;
  if (m.unit === '万元') return formatAmount(m.value);
  if (m.unit === '元' || m.unit === '亿元') return `${m.numberText}${m.unit}`;
  return m.numberText;
}

/**
 * Same figure at the precision the text wrote it with ("70 万元" agrees with
 * 70.00; "0.74 亿元" with 7380.15 万元, which is 0.738015 亿元), and at most
 * to the 0.01 万元 a table states.
 */
function agrees(m: PlacedMention, ref: Reference): boolean {
  if (compare(m.value, ref.value) === 0) return true;
  // A figure of the text written in 亿元, or made of such figures, stands for anything within its rounding.
  if (withinRounding(m.value, ref.value, ref.rounding ?? null)) return true;
  const dp = statedDecimals(m.numberText);
  if (m.unit === '亿元') return compare(roundHalfUp(fromWan(ref.value, '亿元'), dp), roundHalfUp(fromWan(m.value, '亿元'), dp)) === 0;
  const places = Math.min(m.unit === '元' ? dp + 4 : dp, 2);
  return compare(roundHalfUp(ref.value, places), roundHalfUp(m.value, places)) === 0;
}

const COMPARISONS = { shared: 'mentions against their references' };

/** Mentions that disagree with every stated reference, with their references; implied ones ("无结转") only feed the model. */
function comparisons(ctx: AuditContext): { m: PlacedMention; refs: Reference[] }[] {
  return ctx.once(COMPARISONS, () => findComparisons(ctx));
}

function findComparisons(ctx: AuditContext): { m: PlacedMention; refs: Reference[] }[] {
  const out: { m: PlacedMention; refs: Reference[] }[] = [];
  const year = ctx.report.year;
  for (const m of ctx.mentions()) {
    if (m.implied || m.sectionKey === 'governmentFund' || m.sectionKey === 'stateCapital' || m.sectionKey === 'socialInsurance') continue;
    // Last year's figures, or another year's, are not this year's tables.
    if (m.period.prior || (year !== null && namesAnotherYear(m, year))) continue;
    const refs = referencesOf(ctx, m);
    if (refs.length === 0 || agreesWithAStated(m, refs)) continue;
    out.push({ m, refs });
  }
  return out;
}

function namesAnotherYear(m: PlacedMention, year: number): boolean {
  for (const y of m.period.years) if (y !== year) return true;
  return false;
}

/** A mention agreeing with a stated figure is fine; agreeing only with a computed one is not when a stated one exists. */
function agreesWithAStated(m: PlacedMention, refs: readonly Reference[]): boolean {
  for (const r of refs) if (r.origin !== 'computed' && agrees(m, r)) return true;
  return false;
}

function check(ctx: AuditContext, sure: boolean): void {
  for (const { m, refs } of comparisons(ctx)) {
    const stated = refs.filter((r) => r.origin !== 'computed');
    const computed = refs.filter((r) => r.origin === 'computed');
    // Only computed references: the text must agree with one of them.
    if (stated.length === 0 && computed.some((r) => agrees(m, r))) continue;
    const primary = stated[0] ?? computed[0];
    if (!primary || primary.sure !== sure) continue;
    const computedAgrees = computed.find((r) => agrees(m, r));
    const computedDiffers = computed.find((r) => !agrees(m, r) && r.display !== primary.display);
    let message = `正文“${m.sectionTitle}”所述${scopeName(m.scope)}${m.label} ${printed(m)}，与${primary.where} ${primary.display}不一致`;
    if (primary.origin !== 'computed' && computedAgrees) message += `（按表内数据计算为 ${computedAgrees.display}，正文数字与计算结果一致，表中填报有误）`;
    else if (primary.origin !== 'computed' && computedDiffers) message += `（按表内数据计算为 ${computedDiffers.display}）`;
    message += sure ? '。' : '；两者口径可能不同，请核实。';
    const e = { section: m.sectionTitle, row: m.label, source: m.source, message, expected: primary.display, actual: printed(m) };
    ctx.emit(m.source ? e : { ...e, path: m.paragraphPath });
  }
}

export const textVsTable: AuditRule = {
  id: 'TXT-TABLE-MISMATCH',
  severity: 'error',
  family: 'textVsTable',
  title: '正文数字与表格不一致',
  description: '报告正文中指明某一表格数字的金额、比率、人数（如“全年预算数”“预算执行率”“人员经费”），应与附表填报的数字或按附表计算的结果一致。',
  source: SOURCE,
  check: (ctx) => check(ctx, true),
};

export const textVsTableScope: AuditRule = {
  id: 'TXT-TABLE-SCOPE',
  severity: 'warning',
  family: 'textVsTable',
  title: '正文数字与口径可能不同的表格数字不一致',
  description: '正文数字与口径可能不同的表格数字（如“在编在职人数”与基础数据表“实际在职人数”、三公经费各列）不一致，需核实口径。',
  source: SOURCE,
  check: (ctx) => check(ctx, false),
};
