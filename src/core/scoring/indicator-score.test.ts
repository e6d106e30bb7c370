import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dec } from '../number/decimal.js';
import { expectedIndicatorScore } from './indicator-score.js';
import { ruleSetFor } from './rule-sets/index.js';
import { parseTarget } from './target.js';

const comparator = fc.constantFrom('≥', '>', '=', '≤', '<', '＞', '≧', '》');
const value = fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(10).toString());
const unit = fc.constantFrom('%', '次', '人', '公斤/人/月', '天', '');
const weight = fc.integer({ min: 1, max: 40 }).map((n) => new Dec(n));

describe('indicator scores by the written rules', () => {
  it('are never above the weight nor below zero, under either rule for actuals over a ≤ target', () => {
    fc.assert(
      fc.property(comparator, value, unit, value, fc.constantFrom('%', '次', ''), weight, fc.constantFrom('linear-decrease', 'inverse-ratio' as const), (c, t, u, a, au, w, over) => {
        const outcome = expectedIndicatorScore(parseTarget(`${c}${t}${u}`), parseTarget(`${a}${au}`), w, over);
        return outcome.kind !== 'computed' || (outcome.score.gte(0) && outcome.score.lte(w));
      }),
    );
  });

  it('give full marks when a ≥ target is met, in its own unit', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 1000 }), unit, weight, (t, extra, u, w) => {
        const actual = dec(t).plus(extra).toString();
        const outcome = expectedIndicatorScore(parseTarget(`≥${t}${u}`), parseTarget(`${actual}${u}`), w);
        return outcome.kind === 'computed' && outcome.score.eq(w);
      }),
    );
  });

  it('grow with the actual for ≥ targets', () => {
    fc.assert(
      fc.property(value.filter((t) => dec(t).gt(0)), value, value, weight, (t, a, b, w) => {
        const [lo, hi] = dec(a).lte(dec(b)) ? [a, b] : [b, a];
        const sLo = expectedIndicatorScore(parseTarget(`≥${t}%`), parseTarget(`${lo}%`), w);
        const sHi = expectedIndicatorScore(parseTarget(`≥${t}%`), parseTarget(`${hi}%`), w);
        return sLo.kind === 'computed' && sHi.kind === 'computed' && sLo.score.lte(sHi.score);
      }),
    );
  });

  it('follow DOMAIN.md §3 on its examples', () => {
    const score = (t: string, a: string, w: string) => {
      const o = expectedIndicatorScore(parseTarget(t), parseTarget(a), dec(w));
      return o.kind === 'computed' ? o.score.toDecimalPlaces(4).toString() : o.kind;
    };
    expect(score('≥48公斤/人/月', '94.75%', '5')).toBe('4.7375'); // completion ratio
    expect(score('=0次', '0次', '10')).toBe('10');
    expect(score('=0次', '1次', '10')).toBe('0');
    expect(score('≤5%', '7.5%', '10')).toBe('5'); // 10 × (1 − 2.5 ÷ 5)
    expect(score('≤5%', '10%', '10')).toBe('0');
    expect(score('>0%', '0%', '20')).toBe('0');
    expect(score('≥90%', '45%', '10')).toBe('5');
    expect(score('有效维护', '有效维护', '5')).toBe('qualitative');
  });

  it('score an actual over a ≤ target by the rule set: linearly down to zero at twice the target, or target ÷ actual (Hubei)', () => {
    const score = (over: 'linear-decrease' | 'inverse-ratio') => {
      const o = expectedIndicatorScore(parseTarget('≤90万元'), parseTarget('100万元'), dec('10'), over);
      return o.kind === 'computed' ? o.score.toDecimalPlaces(4).toString() : o.kind;
    };
    expect(score('linear-decrease')).toBe('8.8889'); // 10 × (1 − 10 ÷ 90)
    expect(score('inverse-ratio')).toBe('9'); // 10 × 90 ÷ 100
    expect(ruleSetFor('黄冈市水利和湖泊局').id).toBe('hubei');
    expect(ruleSetFor('衡阳市强制隔离戒毒所').id).toBe('hunan');
    expect(ruleSetFor('某县某局').id).toBe('mof-2020');
  });

  it('are chosen for a county unit by its county alone, not by a name another province shares', () => {
    expect(ruleSetFor('衡山县贯塘乡人民政府').id).toBe('hunan');
    expect(ruleSetFor('醴陵市教育局').id).toBe('hunan');
    expect(ruleSetFor('鄂州市华容区财政局').id).toBe('hubei');
    expect(ruleSetFor('某区各街道县直单位').id).toBe('mof-2020');
    expect(ruleSetFor('青海省河南县财政局').id).toBe('mof-2020');
  });
});
