import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, Dec, ratio, roundHalfUp, sum } from './decimal.js';
import { formatRate } from './format.js';
import { ratioMatches, statedMatches, sumMatches } from './tolerance.js';

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

  it('reads the reference report’s execution rate as the issue states it', () => {
    expect(ratioMatches('94.00%', ratio('94.00%'), dec('6971.10'), dec('7380.15'))).toBe(false);
    expect(ratioMatches('94.46%', ratio('94.46%'), dec('6971.10'), dec('7380.15'))).toBe(true);
  });
});
