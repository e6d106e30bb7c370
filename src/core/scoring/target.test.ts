import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget, sameUnit } from './target.js';

describe('targets', () => {
  it('read back any comparator, value and unit', () => {
    const signs: [string, string][] = [['≥', '>='], ['>=', '>='], ['＞', '>'], ['>', '>'], ['=', '='], ['＝', '='], ['≤', '<='], ['<', '<'], ['不低于', '>='], ['不超过', '<='], ['≧', '>=']];
    fc.assert(
      fc.property(fc.constantFrom(...signs), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('%', '次', '公斤/人/月', '课时/年', '天', '万元', ''), ([sign, c], n, unit) => {
        const t = parseTarget(`${sign}${n}${unit}`);
        return t.kind === 'quantity' && t.comparator === c && t.value.eq(n) && t.unit === unit && t.malformed === null;
      }),
    );
  });

  it('understand look-alike signs but call them malformed', () => {
    const t = parseTarget('》90%');
    expect(t).toMatchObject({ kind: 'quantity', comparator: '>', unit: '%', valueText: '90' });
    expect(t.kind === 'quantity' && t.malformed).toContain('书名号');
    expect(parseTarget('═0次')).toMatchObject({ comparator: '=', unit: '次' });
  });

  it('read suffixes and qualitative targets', () => {
    expect(parseTarget('95%以上')).toMatchObject({ comparator: '>=', unit: '%' });
    expect(parseTarget('有效维护')).toEqual({ kind: 'qualitative', text: '有效维护' });
    expect(parseTarget('')).toEqual({ kind: 'empty' });
    expect(parseTarget(' ≥ 1,200 人 ')).toMatchObject({ comparator: '>=', valueText: '1200', unit: '人' });
  });

  it('compare units written in another order', () => {
    expect(sameUnit('公斤/人/月', '公斤/月/人')).toBe(true);
    expect(sameUnit('公斤/人/月', '%')).toBe(false);
  });
});
