import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal.js';
import { floorDivide, formatQuotientRate, formatRate } from './format.js';

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
