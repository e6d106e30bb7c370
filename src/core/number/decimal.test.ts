import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { commonScale, compare, compareQuotient, compareToProduct, Dec, decimalPlaces, fromScaledInteger, isBelowZero, roundedScaled, roundHalfUp, RunningSum, scaledInteger, sum, ZERO } from './decimal.js';

/** Decimals of every shape a report or a computation gives: signs, zeros, long fractions, large and tiny magnitudes. */
const decimal = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 30 })).map(([neg, digits, dp]) => new Dec(`${neg ? '-' : ''}${digits}e-${dp}`)),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => new Dec(n).div(100)),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 999 })).map(([a, b]) => new Dec(a).div(b)),
  fc.constantFrom(new Dec(0), new Dec('-0'), new Dec(1), new Dec(-1), new Dec('1e-40'), new Dec('1e40'), new Dec(NaN), new Dec(Infinity), new Dec(-Infinity)),
);

describe('comparisons without copies', () => {
  it('order any two decimals as decimal.js does', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => Object.is(compare(a, b), a.cmp(b)) && Object.is(compare(a, a), a.cmp(a))),
      { numRuns: 5000 },
    );
  });

  it('order values equal but written differently as equal', () => {
    expect(compare(new Dec('94.00'), new Dec('94'))).toBe(0);
    expect(compare(new Dec('-0'), new Dec('0'))).toBe(0);
    expect(compare(new Dec('0.1').plus('0.2'), new Dec('0.3'))).toBe(0);
  });

  it('tell a value below zero as decimal.js does', () => {
    fc.assert(fc.property(decimal, (a) => isBelowZero(a) === a.lt(0)), { numRuns: 2000 });
  });
});

describe('rounding half-up', () => {
  it('gives what decimal.js toDecimalPlaces gives, for any decimal and any number of places', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 12 }), (a, dp) => {
        const r = roundHalfUp(a, dp);
        const expected = a.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
        return r.isNaN() ? expected.isNaN() : r.eq(expected) && r.isNegative() === expected.isNegative();
      }),
      { numRuns: 3000 },
    );
  });
});

/** Enough precision that no product a test makes is rounded. */
const Wide = Decimal.clone({ precision: 200 });

describe('scaled integers', () => {
  it('give x × 10^scale exactly when it is a safe integer, else NaN', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 22 }), (a, scale) => {
        const n = scaledInteger(a, scale);
        const exact = a.isFinite() ? new Wide(a).times(new Wide(10).pow(scale)) : null;
        const representable = exact !== null && exact.isInteger() && exact.abs().lte(Number.MAX_SAFE_INTEGER);
        return representable ? Object.is(n, exact.toNumber() + 0) : Number.isNaN(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('turn back into the decimal they were made from', () => {
    fc.assert(
      fc.property(decimal, (a) => {
        const scale = commonScale([a]);
        const n = scaledInteger(a, scale);
        return Number.isNaN(n) || fromScaledInteger(n, scale).eq(a);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decimal places', () => {
  it('are what decimal.js counts, for any decimal', () => {
    fc.assert(fc.property(decimal, (a) => Object.is(decimalPlaces(a), a.decimalPlaces())), { numRuns: 10_000 });
    for (const text of ['0', '-0', '100', '1e7', '7380.15', '6971.10', '0.0000001', '1234567.1234567', '1e-40', '1e40']) expect(decimalPlaces(new Dec(text))).toBe(new Dec(text).decimalPlaces());
  });
});

describe('rounded scaled integers', () => {
  it('give round(x × 10^shift, dp) × 10^dp as decimal.js rounds it, when that and x are in the exact range, else NaN', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 12 }), fc.constantFrom(0, 2), (a, dp, shift) => {
        const n = roundedScaled(a, dp, shift);
        if (!a.isFinite()) return Number.isNaN(n);
        const rounded = new Wide(a).times(new Wide(10).pow(shift)).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).times(new Wide(10).pow(dp));
        const own = scaledInteger(a, a.decimalPlaces());
        if (Number.isNaN(own) || rounded.abs().gt(Number.MAX_SAFE_INTEGER)) return Number.isNaN(n) || Object.is(n, rounded.toNumber() + 0);
        return Object.is(n, rounded.toNumber() + 0);
      }),
      { numRuns: 10_000 },
    );
  });

  it('round half away from zero and give 0 for a negative that rounds to zero', () => {
    expect(roundedScaled(new Dec('2.675'), 2)).toBe(268);
    expect(roundedScaled(new Dec('-2.675'), 2)).toBe(-268);
    expect(roundedScaled(new Dec('2.6749'), 2)).toBe(267);
    expect(roundedScaled(new Dec('0.944576'), 2, 2)).toBe(9446);
    expect(Object.is(roundedScaled(new Dec('-0.004'), 2), 0)).toBe(true);
    expect(Object.is(roundedScaled(new Dec('-0'), 2), 0)).toBe(true);
  });
});

describe('decimals from scaled integers', () => {
  it('have the digits, exponent and sign decimal.js gives n × 10^−scale', () => {
    const safe = fc.oneof(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.maxSafeInteger(), fc.integer({ min: -99, max: 99 }), fc.constantFrom(1e7, 1e14, -1e7, 10, 100_000_000));
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 22 }), (n, scale) => {
        const x = fromScaledInteger(n, scale);
        const expected = n === 0 ? new Dec(0) : new Dec(n).times(new Dec(`1e-${scale}`));
        return x.s === expected.s && x.e === expected.e && JSON.stringify(x.d) === JSON.stringify(expected.d) && x.toString() === expected.toString();
      }),
      { numRuns: 5000 },
    );
  });
});

describe('comparisons with a product', () => {
  it('order a against b × c as decimal.js does', () => {
    fc.assert(fc.property(decimal, decimal, decimal, (a, b, c) => compareToProduct(a, b, c) === a.cmp(b.times(c)) || (a.isNaN() || b.isNaN() || c.isNaN() || b.times(c).isNaN())), { numRuns: 5000 });
  });
});

describe('comparisons with a quotient', () => {
  it('order num ÷ den against a value as decimal.js division does', () => {
    fc.assert(
      fc.property(decimal, decimal.filter((d) => !d.isZero()), decimal, (n, d, v) => {
        const expected = compare(n.div(d), v);
        return Object.is(compareQuotient(n, d, v), expected) || Number.isNaN(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sums', () => {
  it('add up as decimal.js adds up, from zero, nulls left out', () => {
    fc.assert(
      fc.property(fc.array(fc.option(decimal), { maxLength: 12 }), (values) => {
        let expected = ZERO;
        for (const v of values) if (v !== null) expected = expected.plus(v);
        const s = sum(values);
        return s.isNaN() ? expected.isNaN() : s.eq(expected) && s.isNegative() === expected.isNegative() && s.toString() === expected.toString();
      }),
      { numRuns: 3000 },
    );
  });

  it('added one at a time, give what decimal.js gives', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 12 }), (values) => {
        const running = new RunningSum();
        for (const v of values) running.add(v);
        const r = running.value();
        const s = values.reduce((total, v) => total.plus(v), ZERO);
        if (running.count !== values.length) return false;
        return r.isNaN() ? s.isNaN() : r.toString() === s.toString() && r.isNegative() === s.isNegative();
      }),
      { numRuns: 5000 },
    );
  });
});
