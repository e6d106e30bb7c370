import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseRate } from './cell-values.js';

const FULL = '０１２３４５６７８９';

describe('figures in cells', () => {
  it('read any amount however it is written: thousands separators, full-width digits, a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom('plain', 'comma', 'full', 'unit'), (cents, style) => {
        const canonical = (cents / 100).toFixed(2);
        let written = canonical;
        if (style === 'comma') written = canonical.replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',');
        if (style === 'full') written = canonical.replace(/\d/g, (d) => FULL[Number(d)] ?? d).replace('.', '．');
        if (style === 'unit') written = `${canonical}万元`;
        return parseAmount(written) === canonical;
      }),
    );
  });

  it('leave blanks blank', () => {
    for (const blank of ['', ' ', '—', '-', '/', '无', '——']) expect(parseAmount(blank)).toBeNull();
    expect(parseAmount('有效维护')).toBeNull();
  });

  it('read rates with or without the percent sign', () => {
    expect(parseRate('94.00%')).toBe('94.00%');
    expect(parseRate('９４．４６％')).toBe('94.46%');
    expect(parseRate('0.9446')).toBe('94.46%');
    expect(parseRate('100')).toBe('100%');
    expect(parseRate('-37.25%')).toBe('-37.25%');
    expect(parseRate('−37.25%')).toBe('-37.25%');
  });
});
