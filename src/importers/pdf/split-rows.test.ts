import { describe, expect, it } from 'vitest';
import { continuesRow, type CutRow } from './split-rows.js';

/** A row of 9-point text from 745 to 768, cut right below its text, on a page whose content ends at 768. */
const end = (top: number, bottom: number) => ({ top, bottom, size: 9 });
const cut: CutRow = {
  cells: ['', '保障强制隔离戒毒', '≥95%', '100%', '5'],
  ends: [undefined, end(750, 764), end(750, 764), end(750, 759), end(750, 759)],
  top: 745.3,
  bottom: 768,
};

describe('continuesRow', () => {
  it('takes a row holding only the rest of a cut cell for the end of that cell', () => {
    expect(continuesRow(cut, ['', '人员基本医疗', '', '', ''], 768)).toBe(true);
  });

  it('refuses a row with a number, or with text where the last row had none', () => {
    expect(continuesRow(cut, ['', '人员基本医疗', '', '', '10'], 768)).toBe(false);
    expect(continuesRow(cut, ['其他', '', '', '', ''], 768)).toBe(false);
    expect(continuesRow(cut, ['', '', '', '', ''], 768)).toBe(false);
  });

  it('refuses when the cell was not full: centred in its row, or shorter than its neighbour', () => {
    const centred = { ...cut, ends: [undefined, end(753, 762), end(750, 759), undefined, undefined], top: 735 };
    expect(continuesRow(centred, ['', '人员基本医疗', '', '', ''], 768)).toBe(false);
    const short = { ...cut, ends: [undefined, end(750, 752), end(750, 764), undefined, undefined] };
    expect(continuesRow(short, ['', '人员基本医疗', '', '', ''], 768)).toBe(false);
  });

  it('takes a line of room left below the text for a whole row (the safer guess)', () => {
    const roomy = { ...cut, ends: [undefined, end(750, 757), end(750, 757), undefined, undefined] };
    expect(continuesRow(roomy, ['', '人员基本医疗', '', '', ''], 768)).toBe(false);
  });

  it('refuses when the table ended well above the foot of the page', () => {
    expect(continuesRow(cut, ['', '人员基本医疗', '', '', ''], 820)).toBe(false);
  });
});
