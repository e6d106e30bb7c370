import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTexts } from './cell-text.js';
import { valueCells } from './funds-rows.js';

const row = (...texts: string[]) => cellTexts(texts.map((text) => ({ text, at: {} })));

describe('valueCells', () => {
  it('finds the figures, rates and dashes of a range, in order, and nothing else', () => {
    const cells = row('当年财政拨款', '90', '', '89.89', '原因：无', '—', '100.00%', '10');
    expect(valueCells(cells, 1, cells.length)).toEqual([1, 3, 5, 6, 7]);
    expect(valueCells(cells, 2, 5)).toEqual([3]);
    expect(valueCells(cells, 4, 4)).toEqual([]);
  });

  it('holds exactly the cells that are a value on their own', () => {
    const text = fc.constantFrom('', '90', '89.89', '—', '/', '100%', '得分', '原因', ' ', '1,200.00');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 10 }), fc.nat(10), fc.nat(10), (texts, a, b) => {
        const cells = row(...texts);
        const from = Math.min(a, b, cells.length);
        const to = Math.min(Math.max(a, b), cells.length);
        const one = [];
        for (let i = from; i < to; i++) if (valueCells(cells, i, i + 1).length === 1) one.push(i);
        expect(valueCells(cells, from, to)).toEqual(one);
      }),
    );
  });
});
