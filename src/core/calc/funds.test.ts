import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dec, roundHalfUp } from '../number/decimal.js';
import { statedMatches } from '../number/tolerance.js';
import { formatLike, formatRate } from '../number/format.js';
import { hunan } from '../scoring/rule-sets/hunan.js';
import { mof2020 } from '../scoring/rule-sets/mof-2020.js';
import { adjustmentExceeds, costSavingRate, executionRate, executionScore, executionScoreMatches, formatExecutionScore } from './funds.js';

/** A 全年执行数 and a non-zero 全年预算数 in 万元 with up to two decimals: rates from 0 to about 300%. */
const spentAndBudget = fc
  .tuple(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 1_000_000 }))
  .map(([s, b]) => [new Dec(s).div(100), new Dec(b).div(100)] as const);
const weight = fc.integer({ min: 1, max: 100 }).map((n) => new Dec(n));

describe('execution rate and its score', () => {
  it('never scores above the weight nor below zero', () => {
    fc.assert(fc.property(spentAndBudget, weight, ([spent, budget], w) => {
      const s = executionScore(spent, budget, w, mof2020);
      return s.gte(0) && s.lte(w);
    }));
  });

  it('scores weight × rate up to 100%, and the weight above it', () => {
    fc.assert(fc.property(spentAndBudget, weight, ([spent, budget], w) => {
      const byRate = spent.gt(budget) ? w : w.times(spent.div(budget));
      return executionScore(spent, budget, w, hunan).minus(byRate).abs().lt('1e-20');
    }));
  });

  it('multiplies before dividing, so that an exact score is not rounded the wrong way', () => {
    // 5 ÷ 24 is 0.2083… to 28 digits; 3 × that is 0.62499…, but 3 × 5 ÷ 24 is 0.625 exactly.
    expect(executionScore(dec('5'), dec('24'), dec('3'), hunan).toString()).toBe('0.625');
    expect(executionScore(dec('5'), dec('24'), dec('3'), hunan).toDecimalPlaces(2).toFixed(2)).toBe('0.63');
  });

  it('gives the reference report’s figures', () => {
    const r = executionRate(dec('6971.10'), dec('7380.15'));
    expect(r && formatRate(r)).toBe('94.46%');
    expect(executionScore(dec('6971.10'), dec('7380.15'), dec('10'), hunan).toDecimalPlaces(2).toFixed(2)).toBe('9.45');
    const saving = costSavingRate(dec('51'), dec('70'));
    expect(saving && formatRate(saving)).toBe('-37.25%');
  });

  it('has no rate without a budget', () => {
    expect(executionRate(dec('5'), dec('0'))).toBeNull();
    expect(executionRate(null, dec('5'))).toBeNull();
  });
});

describe('large budget adjustments', () => {
  const amount = fc.oneof(
    fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
    fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 24n }), fc.integer({ min: 0, max: 20 })).map(([digits, dp]) => new Dec(`${digits}e-${dp}`)),
  );
  const limit = fc.constantFrom('0.2', '0', '0.05', '1', '0.333').map((l) => dec(l));

  it('tell a change beyond the limit as decimal.js division does', () => {
    fc.assert(
      fc.property(amount.filter((a) => !a.isZero()), amount, limit, (initial, adjusted, l) =>
        adjustmentExceeds(initial, adjusted, l) === adjusted.minus(initial).div(initial).abs().gt(l)),
      { numRuns: 5000 },
    );
  });

  it('count exactly a fifth as no more than 20%', () => {
    expect(adjustmentExceeds(dec('100'), dec('120'), dec('0.2'))).toBe(false);
    expect(adjustmentExceeds(dec('100'), dec('120.01'), dec('0.2'))).toBe(true);
    expect(adjustmentExceeds(dec('100'), dec('79.99'), dec('0.2'))).toBe(true);
  });
});

describe('execution score matches without dividing', () => {
  const amount = fc.oneof(
    fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
    fc.integer({ min: 1, max: 1000 }),
  ).map((a) => new Dec(a));
  const points = fc.oneof(
    fc.tuple(fc.integer({ min: -20, max: 2000 }), fc.integer({ min: 0, max: 2 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
    fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: 18 })).map(([digits, dp]) => new Dec(`${digits}e-${dp}`)),
  );

  it('agree with rounding the decimal score, near and far from it, with and without a cap', () => {
    fc.assert(
      fc.property(amount, amount.filter((b) => !b.isZero()), points, fc.integer({ min: 0, max: 4 }), fc.integer({ min: -2, max: 2 }), fc.constantFrom(hunan, mof2020), (spent, budget, weight, dp, off, rules) => {
        const exact = executionScore(spent, budget, weight, rules);
        const stated = roundHalfUp(exact, dp).plus(new Dec(off).div(10 ** dp)).toFixed(dp);
        return executionScoreMatches(stated, dec(stated), spent, budget, weight, rules) === statedMatches(stated, dec(stated), exact);
      }),
      { numRuns: 5000 },
    );
  });

  it('print the score as formatLike of the decimal score prints it, with and without a cap', () => {
    const statedForm = fc.constantFrom('9.45', '9.4', '9', '10', '0.625', '94.46%', '94%', '9.4500');
    fc.assert(
      fc.property(amount, amount.filter((b) => !b.isZero()), points, statedForm, fc.constantFrom(hunan, mof2020), (spent, budget, weight, stated, rules) =>
        formatExecutionScore(spent, budget, weight, rules, stated) === formatLike(executionScore(spent, budget, weight, rules), stated)),
      { numRuns: 10_000 },
    );
    expect(formatExecutionScore(dec('5'), dec('24'), dec('3'), hunan, '0.62')).toBe('0.63');
    expect(formatExecutionScore(dec('6971.10'), dec('7380.15'), dec('10'), hunan, '9')).toBe('9.45');
  });

  it('tell a score exactly on a rounding boundary as rounding half up does', () => {
    // 3 × 5 ÷ 24 = 0.625 exactly: 0.63, not 0.62.
    expect(executionScoreMatches('0.63', dec('0.63'), dec('5'), dec('24'), dec('3'), hunan)).toBe(true);
    expect(executionScoreMatches('0.62', dec('0.62'), dec('5'), dec('24'), dec('3'), hunan)).toBe(false);
  });
});
