import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../number/decimal.js';
import type { SpendingBlock } from '../model/report.js';
import { budgetFromSources, carriedOut, spentFromClasses } from './spending.js';

/** A stated amount with up to four decimals, or none. */
const amount = fc.option(fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => new Dec(n).div(10 ** dp).toFixed(dp)));

const block = fc.record({ carriedIn: amount, appropriation: amount, otherFunds: amount, wages: amount, goodsAndServices: amount, householdSubsidies: amount, capitalSpending: amount, adjustedBudget: amount, spent: amount }).map((b) => b as unknown as SpendingBlock);

/** The sum of the stated texts by decimal.js, when at least two are stated. */
function byDecimal(texts: (string | null)[]): string | null {
  const stated = texts.filter((t): t is string => t !== null);
  return stated.length < 2 ? null : stated.reduce((s, t) => s.plus(t), new Dec(0)).toString();
}

describe('derived figures of a budget block', () => {
  it('add up the stated parts and subtract as decimal.js does', () => {
    fc.assert(
      fc.property(block, (b) => {
        const budget = budgetFromSources(b);
        const spent = spentFromClasses(b);
        const out = carriedOut(b);
        const expectedOut = b.adjustedBudget === null || b.spent === null ? null : new Dec(b.adjustedBudget).minus(b.spent).toString();
        return (budget?.value.toString() ?? null) === byDecimal([b.carriedIn, b.appropriation, b.otherFunds])
          && (spent?.value.toString() ?? null) === byDecimal([b.wages, b.goodsAndServices, b.householdSubsidies, b.capitalSpending])
          && (out?.toString() ?? null) === expectedOut;
      }),
      { numRuns: 5000 },
    );
    expect(budgetFromSources({ carriedIn: '498.01', appropriation: '5636.08', otherFunds: '206.04' } as SpendingBlock)).toEqual({ value: new Dec('6340.13'), parts: 3 });
  });
});
