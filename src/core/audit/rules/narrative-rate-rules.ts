import { toWan } from '../../calc/money-unit.js';
import { HUNDRED, type Dec } from '../../number/decimal.js';
import { formatQuotientRate } from '../../number/format.js';
import { halfUnit, ratioMatches } from '../../number/tolerance.js';
import { sameScope } from '../../narrative/mentions.js';
import type { PlacedMention } from '../../narrative/mentions.js';
import type { AuditRule } from '../rule.js';
import { scopeName } from './narrative-place.js';

/** How far a stated amount may be from its exact value, in 万元: half a unit of its last written place. */
function halfUnitInWan(m: PlacedMention): Dec {
  return toWan(halfUnit(m.numberText), m.unit);
}

/** The last mention before `rate` in its paragraph naming `concept` for the same scope and this year. */
function lastBefore(mentions: readonly PlacedMention[], i: number, concept: PlacedMention['concept']): PlacedMention | null {
  const rate = mentions[i] as PlacedMention;
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j] as PlacedMention;
    if (m.paragraphPath !== rate.paragraphPath) return null;
    if (m.concept === 'executionRate') return null;
    if (m.concept === concept && !m.implied && !m.period.prior && sameScope(m.scope, rate.scope)) return m;
  }
  return null;
}

export const narrativeExecutionRate: AuditRule = {
  id: 'NARR-EXEC-RATE',
  severity: 'error',
  family: 'withinTable',
  title: '正文预算执行率与同句预算数、执行数不符',
  description: '正文在同一句中写出全年预算数、全年执行数和预算执行率时（如“全年预算数 7380.15 万元，全年执行数 6971.10 万元，预算执行率 94.46%”），执行率应等于执行数 ÷ 预算数（容许各数字按所写位数四舍五入的尾差）。',
  source: 'DOMAIN.md §2（预算执行率 = 全年执行数 ÷ 全年预算数）；报告正文自身的一致性',
  check(ctx) {
    const mentions = ctx.mentions();
    mentions.forEach((rate, i) => {
      if (rate.concept !== 'executionRate' || rate.unit !== '%' || rate.implied || rate.period.prior) return;
      const budget = lastBefore(mentions, i, 'adjustedBudget');
      const spent = lastBefore(mentions, i, 'spent');
      // Only figures of the rate's own sentence: a budget of the sentence before may be another one's.
      if (!budget || !spent || budget.value.isZero() || budget.sentence !== rate.sentence || spent.sentence !== rate.sentence) return;
      const stated = `${rate.numberText}%`;
      const [hb, hs] = [halfUnitInWan(budget), halfUnitInWan(spent)];
      const inputs = hb.gt(hs) ? hb : hs;
      if (ratioMatches(stated, rate.value.div(HUNDRED), spent.value, budget.value, inputs)) return;
      const exact = formatQuotientRate(spent.value, budget.value);
      const scope = scopeName(rate.scope);
      const e = {
        section: rate.sectionTitle, row: `${scope}${rate.label}`, source: rate.source,
        message: `正文“${rate.sectionTitle}”所述${scope}${rate.label} ${stated}，按同句所写全年执行数 ${spent.numberText} ${spent.unit} ÷ 全年预算数 ${budget.numberText} ${budget.unit} 计算应为 ${exact}。`,
        expected: exact, actual: stated,
      };
      ctx.emit(rate.source ? e : { ...e, path: rate.paragraphPath });
    });
  },
};
