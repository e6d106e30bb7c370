import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, dec, Dec, ONE, ratio, roundHalfUp, sum } from './decimal.js';
import { formatRate } from './format.js';
import { HALF_CENT, halfUnit, ratioMatches, statedMatches, SUM_TOLERANCE_PER_PART, sumMatches, sumOfPartsMatches, writtenRounding } from './tolerance.js';

/** Amounts as a table states them: 万元 with two decimals. */
const amount = fc.integer({ min: 1, max: 10_000_000 }).map((cents) => new Dec(cents).div(100));

describe('tolerances', () => {
  it('accept a rate stated as the rounded quotient of the stated amounts', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const stated = formatRate(a.div(b));
        return ratioMatches(stated, ratio(stated), a, b);
      }),
    );
  });

  it('reject a rate up to 100% off by a tenth of a percentage point on budgets of 100 万元 or more', () => {
    // Above 100% the rounding of the amounts alone can move the rate that much, so the check is only tight below.
    fc.assert(
      fc.property(amount, amount.filter((b) => b.gte(100)), fc.constantFrom(-1, 1), (x, y, sign) => {
        const [a, b] = x.lte(y) ? [x, y] : [y, x];
        if (b.lt(100)) return true;
        const off = roundHalfUp(a.div(b).times(100), 2).plus(new Dec('0.1').times(sign));
        const stated = `${off.toFixed(2)}%`;
        return !ratioMatches(stated, ratio(stated), a, b);
      }),
    );
  });

  it('accept the rounded parts of a total, rounded, whatever the rounding did (尾差)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000_00 }), { minLength: 1, maxLength: 12 }), (parts) => {
        const exact = parts.map((p) => new Dec(p).div(10_000)); // four decimals, as in 元 → 万元
        const total = roundHalfUp(sum(exact), 2);
        const shown = sum(exact.map((p) => roundHalfUp(p, 2)));
        return sumMatches(total, shown, parts.length);
      }),
    );
  });

  it('compares a stated figure at the precision it was stated with', () => {
    expect(statedMatches('9.40', dec('9.40'), new Dec('9.44576'))).toBe(false);
    expect(statedMatches('9.45', dec('9.45'), new Dec('9.44576'))).toBe(true);
    expect(statedMatches('94%', ratio('94%'), new Dec('0.944576'))).toBe(true);
    expect(statedMatches('94.00%', ratio('94.00%'), new Dec('0.944576'))).toBe(false);
  });

  it('lets a written figure be half a unit of its last place off, and a written zero none', () => {
    expect(['15.6', '13.43', '83', '4432', '0', '0.00', '0.5'].map((t) => writtenRounding(t).toString())).toEqual(['0.05', '0.005', '0.5', '0.5', '0', '0', '0.05']);
  });

  it('reads the reference report’s execution rate as the issue states it', () => {
    expect(ratioMatches('94.00%', ratio('94.00%'), dec('6971.10'), dec('7380.15'))).toBe(false);
    expect(ratioMatches('94.46%', ratio('94.46%'), dec('6971.10'), dec('7380.15'))).toBe(true);
  });
});

/** Figures of every size a report states, and some no report states: many decimals, many digits, negative. */
const figure = fc.oneof(
  fc.tuple(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 20 })).map(([neg, digits, dp]) => new Dec(`${neg ? '-' : ''}${digits}e-${dp}`)),
);
const rateText = fc.tuple(fc.integer({ min: -20_000, max: 200_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => `${new Dec(n).div(10 ** dp).toFixed(dp)}%`);

describe('tolerances worked on scaled integers', () => {
  it('decide a sum as decimal.js arithmetic decides it', () => {
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: 0, max: 40 }), (total, parts, count) => {
        const allowed = SUM_TOLERANCE_PER_PART.times(Math.max(count, 1));
        return sumMatches(total, parts, count) === total.minus(parts).abs().lte(allowed);
      }),
      { numRuns: 5000 },
    );
  });

  it('decide a sum of parts as the sum made first decides it', () => {
    fc.assert(
      fc.property(figure, fc.array(fc.option(figure), { maxLength: 12 }), fc.integer({ min: 0, max: 12 }), (total, parts, count) =>
        sumOfPartsMatches(total, parts, count) === sumMatches(total, sum(parts), count)),
      { numRuns: 5000 },
    );
  });

  it('decide a ratio as decimal.js arithmetic decides it', () => {
    fc.assert(
      fc.property(rateText, figure, figure, fc.constantFrom(HALF_CENT, new Dec(0), new Dec('0.00005')), (stated, num, den, inputHalf) => {
        const s = ratio(stated);
        const expected = !den.isZero() && compare(s.times(den).minus(num).abs(), halfUnit(stated).times(den.abs()).plus(inputHalf.times(ONE.plus(s.abs())))) <= 0;
        return ratioMatches(stated, s, num, den, inputHalf) === expected;
      }),
      { numRuns: 5000 },
    );
  });
});
