import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, checkText } from '../../../../test/support/check-text.js';
import { Dec } from '../../number/decimal.js';

/** A narrative-only report whose section 六 holds `sentence`. */
function report(sentence: string): string {
  return `# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 3 个。\n\n六、部门整体支出绩效情况\n\n${sentence}\n\n七、存在的问题及原因分析\n\n无。\n`;
}

const rateFindings = (sentence: string) => checkText(report(sentence)).filter((f) => f.rule === 'NARR-EXEC-RATE').map(brief);

describe('NARR-EXEC-RATE: a rate stated with its budget and spending in one sentence', () => {
  it('names a rate that its own sentence contradicts, with the line and both figures', () => {
    expect(rateFindings('全年预算数 7380.15 万元，全年执行数 6971.10 万元，预算执行率 94.00%。')).toEqual(['NARR-EXEC-RATE L9 94.46%|94.00%']);
    expect(rateFindings('本年预算数为 738015 元，实际支出数为 697110 元，执行率为 94.00%。')).toEqual(['NARR-EXEC-RATE L9 94.46%|94.00%']);
  });

  it('accepts a rate that agrees at the precision written, and does not pair figures of different sentences or of last year', () => {
    expect(rateFindings('全年预算数 7380.15 万元，全年执行数 6971.10 万元，预算执行率 94.46%。')).toEqual([]);
    expect(rateFindings('全年预算数 7380.15 万元，全年执行数 6971.10 万元，预算执行率 94%。')).toEqual([]);
    expect(rateFindings('全年预算数 7380.15 万元，全年执行数 6971.10 万元。项目支出预算执行率 80.00%。')).toEqual([]);
    expect(rateFindings('全年预算数 7380.15 万元，全年执行数 6971.10 万元，上年预算执行率 80.00%。')).toEqual([]);
    // 0.74 亿元 and 0.70 亿元 may be 0.735–0.745 and 0.695–0.705: a rate of 95.00% is within their rounding, 90.00% is not.
    expect(rateFindings('全年预算数 0.74 亿元，全年执行数 0.70 亿元，预算执行率 95.00%。')).toEqual([]);
    expect(rateFindings('全年预算数 0.74 亿元，全年执行数 0.70 亿元，预算执行率 90.00%。')).toEqual(['NARR-EXEC-RATE L9 94.59%|90.00%']);
  });

  it('passes every consistent sentence and fails every rate off by more than a rounding', () => {
    // From 100 万元 up, the rounding of the amounts moves the rate by at most 0.01 point: 0.03 off is beyond any rounding.
    const cents = fc.integer({ min: 10_000, max: 99_999_999 });
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 3, max: 500 }), (budgetCents, per, offBasisPoints) => {
        const budget = new Dec(budgetCents).div(100);
        const spent = budget.times(per).div(1000).toDecimalPlaces(2);
        fc.pre(spent.gt(0));
        const rate = spent.div(budget).times(100);
        const sentence = (r: Dec) => `全年预算数 ${budget.toFixed(2)} 万元，全年执行数 ${spent.toFixed(2)} 万元，预算执行率 ${r.toFixed(2)}%。`;
        expect(rateFindings(sentence(rate.toDecimalPlaces(2)))).toEqual([]);
        expect(rateFindings(sentence(rate.plus(new Dec(offBasisPoints).div(100)).toDecimalPlaces(2)))).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });
});
