import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { Dec, statedDecimals } from './decimal.js';
import { floorDivide, formatAmount, formatLike, formatPoints, formatQuotientLike, formatQuotientRate, formatRate } from './format.js';

/** Figures as reports state them (a few decimals), and some far outside that. */
const figure = fc.oneof(
  fc.tuple(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 0, max: 6 })).map(([n, dp]) => new Dec(n).div(10 ** dp)),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: 0, max: 30 })).map(([neg, digits, dp]) => new Dec(`${neg ? '-' : ''}${digits}e-${dp}`)),
  fc.constantFrom(new Dec(0), new Dec('-0'), new Dec(1), new Dec(-1), new Dec('0.005'), new Dec('7380.15'), new Dec('6971.10')),
);

describe('rates of quotients', () => {
  it('print what formatRate of decimal.js division prints', () => {
    fc.assert(
      fc.property(figure, figure.filter((d) => !d.isZero()), (num, den) => formatQuotientRate(num, den) === formatRate(num.div(den))),
      { numRuns: 20_000 },
    );
  });

  it('round half-up on the boundary and print no sign for a rate that rounds to zero', () => {
    expect(formatQuotientRate(new Dec('6971.10'), new Dec('7380.15'))).toBe('94.46%');
    expect(formatQuotientRate(new Dec('1'), new Dec('8'))).toBe('12.50%');
    expect(formatQuotientRate(new Dec('1'), new Dec('16'))).toBe('6.25%');
    expect(formatQuotientRate(new Dec('1'), new Dec('-16'))).toBe('-6.25%');
    expect(formatQuotientRate(new Dec('5'), new Dec('100000'))).toBe('0.01%');
    expect(formatQuotientRate(new Dec('-4'), new Dec('100000'))).toBe('0.00%');
  });
});

/** The decimal.js printing the scaled-integer forms replace. */
const byDecimal = {
  amount: (v: Dec, dp: number) => v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp),
  rate: (v: Dec, dp: number) => `${v.times(100).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp)}%`,
  points: (v: Dec, dp: number) => v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(),
  like(v: Dec, stated: string) {
    const dp = statedDecimals(stated);
    if (stated.endsWith('%')) return byDecimal.rate(v, Math.max(dp, 2));
    return dp >= 2 ? byDecimal.amount(v, dp) : byDecimal.points(v, 2);
  },
};

/** Any decimal: figures, long quotients, signs, zeros, large and tiny magnitudes, NaN and infinities. */
const anyDecimal = fc.oneof(
  figure,
  fc.tuple(figure, figure.filter((d) => !d.isZero())).map(([a, b]) => a.div(b)),
  fc.constantFrom(new Dec('-0.004'), new Dec('-0.005'), new Dec('0.005'), new Dec('2.675'), new Dec('-2.675'), new Dec('9007199254740.991'), new Dec('1e40'), new Dec('-1e-40'), new Dec(NaN), new Dec(Infinity), new Dec(-Infinity)),
);
const statedText = fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 4 }), fc.boolean()).map(([n, dp, rate]) => `${new Dec(n).div(10 ** dp).toFixed(dp)}${rate ? '%' : ''}`);

describe('printing on scaled integers', () => {
  it('prints amounts, rates and points as decimal.js prints them', () => {
    fc.assert(
      fc.property(anyDecimal, fc.integer({ min: 0, max: 8 }), (v, dp) =>
        formatAmount(v, dp) === byDecimal.amount(v, dp) && formatRate(v, dp) === byDecimal.rate(v, dp) && formatPoints(v, dp) === byDecimal.points(v, dp)),
      { numRuns: 20_000 },
    );
  });

  it('prints a figure the way a stated one is written as decimal.js prints it', () => {
    fc.assert(fc.property(anyDecimal, statedText, (v, stated) => formatLike(v, stated) === byDecimal.like(v, stated)), { numRuns: 10_000 });
  });

  it('prints a quotient the way a stated figure is written as formatLike of decimal.js division prints it', () => {
    fc.assert(
      fc.property(figure, figure.filter((d) => !d.isZero()), statedText, (num, den, stated) => formatQuotientLike(num, den, stated) === byDecimal.like(num.div(den), stated)),
      { numRuns: 20_000 },
    );
    expect(formatQuotientLike(new Dec('15'), new Dec('24'), '0.6')).toBe('0.63');
    expect(formatQuotientLike(new Dec('-15'), new Dec('24'), '0.60')).toBe('-0.63');
    expect(formatQuotientLike(new Dec('-1'), new Dec('1000'), '0.6')).toBe('0');
  });

  it('pads, signs and drops trailing zeros as a table prints', () => {
    expect(formatAmount(new Dec('6971.1'))).toBe('6971.10');
    expect(formatAmount(new Dec('-0.05'))).toBe('-0.05');
    expect(formatAmount(new Dec('-0.004'))).toBe('0.00');
    expect(formatAmount(new Dec('2.675'))).toBe('2.68');
    expect(formatRate(new Dec('0.944576'))).toBe('94.46%');
    expect(formatPoints(new Dec('4.7375'))).toBe('4.74');
    expect(formatPoints(new Dec('4.70'))).toBe('4.7');
    expect(formatPoints(new Dec('100'))).toBe('100');
    expect(formatPoints(new Dec('-0.001'))).toBe('0');
  });
});

describe('floor division of safe integers', () => {
  const half = Math.floor(Number.MAX_SAFE_INTEGER / 2);
  const exact = (a: number, b: number) => floorDivide(a, b) === Number(BigInt(a) / BigInt(b));

  it('is exact', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: half }), fc.integer({ min: 1, max: half }), exact), { numRuns: 5000 });
  });

  it('is exact next to a whole quotient, where the double quotient rounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 1, max: 4e7 }), fc.integer({ min: -3, max: 3 }), (q, b, delta) => {
        const a = q * b + delta;
        return a < 0 || exact(a, b);
      }),
      { numRuns: 5000 },
    );
  });
});
