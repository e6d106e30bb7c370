import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGeneral, formatNumber, formatText, isDateFormat } from './number-format.js';

describe('formatNumber shows numbers as Excel does', () => {
  const cases: [number, string, string][] = [
    [0.9446, '0.00%', '94.46%'],
    [0.94, '0.00%', '94.00%'],
    [1, '0%', '100%'],
    [6971.1, '0.00', '6971.10'],
    [6971.1, '#,##0.00', '6,971.10'],
    [6971.1, 'General', '6971.1'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567, '#,##0,', '1,235'],
    [0, '#,##0.00', '0.00'],
    [0.5, '#.00', '.50'],
    [5, '0,000', '0,005'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [8.280000000000001, '0.00', '8.28'],
    [-0.001, '0.00', '0.00'],
    [-5, '"¥"#,##0.00', '-¥5.00'],
    [1234.5, '[$¥-804]#,##0.00', '¥1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [-1234.5, '#,##0.00;[Red]\\-#,##0.00', '-1,234.50'],
    [0, '0.00;-0.00;"-"', '-'],
    [401.95, '#,##0.00_ ', '401.95 '],
    [25, '[>=100]"大";"小"0', '小25'],
    [12345, '0.00E+00', '1.23E+04'],
    [0.000123, '0.0E+0', '1.2E-4'],
    [45291, 'yyyy"年"m"月"d"日"', '2023年12月31日'],
    [45291, 'yyyy/m/d', '2023/12/31'],
    [45291, 'yyyy-mm-dd', '2023-12-31'],
    [45291.5, 'h:mm AM/PM', '12:00 PM'],
    [45291.25, '上午/下午h"时"mm"分"', '上午6时00分'],
    [0.75, 'hh:mm:ss', '18:00:00'],
    [1.5, '[h]:mm', '36:00'],
    [45291, 'aaaa', '星期日'],
    [60, 'yyyy-mm-dd', '1900-02-29'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
    [1, 'yyyy-mm-dd', '1900-01-01'],
    [1 / 3, 'General', '0.333333333'],
    [0.1 + 0.2, 'General', '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [123456.789012345, 'General', '123456.789'],
    [-7.5, 'General', '-7.5'],
    [0.9349, 'General', '0.9349'],
  ];
  it.each(cases)('%s in %s is %s', (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  it('uses the 1904 date system when the workbook does', () => {
    expect(formatNumber(0, 'yyyy-mm-dd', true)).toBe('1904-01-01');
  });

  it('shows any decimal with k places in a k-decimal format exactly as written (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        const written = decimalString(n, k);
        const format = k === 0 ? '0' : `0.${'0'.repeat(k)}`;
        expect(formatNumber(n / 10 ** k, format)).toBe(written);
        expect(formatNumber(n / 10 ** (k + 2), `${format}%`)).toBe(`${written}%`);
      }),
    );
  });
});

function decimalString(n: number, k: number): string {
  const digits = String(Math.abs(n)).padStart(k + 1, '0');
  const body = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
  return (n < 0 ? '-' : '') + body;
}

describe('formatText, isDateFormat, formatGeneral', () => {
  it('applies a text section and tells date formats', () => {
    expect(formatText('衡阳', '@')).toBe('衡阳');
    expect(formatText('衡阳', '0;-0;0;"单位："@')).toBe('单位：衡阳');
    expect(formatText('衡阳', '0.00')).toBe('衡阳');
    expect(isDateFormat('yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('"d"0')).toBe(false);
    expect(formatGeneral(0)).toBe('0');
  });
});
