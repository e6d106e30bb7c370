import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dec } from '../number/decimal.js';
import { formatRate } from '../number/format.js';
import { hunan } from '../scoring/rule-sets/hunan.js';
import { mof2020 } from '../scoring/rule-sets/mof-2020.js';
import { costSavingRate, executionRate, executionScore } from './funds.js';

const rate = fc.integer({ min: 0, max: 300_000 }).map((n) => new Dec(n).div(100_000));
const weight = fc.integer({ min: 1, max: 100 }).map((n) => new Dec(n));

describe('execution rate and its score', () => {
  it('never scores above the weight nor below zero', () => {
    fc.assert(fc.property(rate, weight, (r, w) => {
      const s = executionScore(r, w, mof2020);
      return s.gte(0) && s.lte(w);
    }));
  });

  it('scores weight × rate up to 100%', () => {
    fc.assert(fc.property(rate.filter((r) => r.lte(1)), weight, (r, w) => executionScore(r, w, hunan).eq(w.times(r))));
  });

  it('gives the reference report’s figures', () => {
    const r = executionRate(dec('6971.10'), dec('7380.15'));
    expect(r && formatRate(r)).toBe('94.46%');
    expect(r && executionScore(r, dec('10'), hunan).toDecimalPlaces(2).toFixed(2)).toBe('9.45');
    const saving = costSavingRate(dec('51'), dec('70'));
    expect(saving && formatRate(saving)).toBe('-37.25%');
  });

  it('has no rate without a budget', () => {
    expect(executionRate(dec('5'), dec('0'))).toBeNull();
    expect(executionRate(null, dec('5'))).toBeNull();
  });
});
