import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/audit/finding.js';
import { Dec } from '../src/core/number/decimal.js';
import { brief, checkText, REFERENCE_TEXT } from './support/check-text.js';

/**
 * The reference report with its 部门整体支出绩效自评表 stated in 元 instead of
 * 万元 (as many provinces' forms are): the same amounts, so the same findings.
 */
function inYuan(text: string, factor = 10_000): string {
  const lines = text.split('\n');
  const at = (line: number, columns: number[]) => {
    const cells = (lines[line - 1] ?? '').split('\t');
    for (const c of columns) cells[c] = new Dec(cells[c] ?? '0').times(factor).toFixed(2);
    lines[line - 1] = cells.join('\t');
  };
  lines[151] = (lines[151] ?? '').replaceAll('(万元)', '(元)');
  at(153, [3, 4, 5]);
  at(155, [3, 7]);
  at(156, [3]);
  at(157, [3, 7]);
  at(158, [2]);
  return lines.join('\n');
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.expected ?? ''}|${f.actual ?? ''}`);

describe('a table stated in 元', () => {
  const reference = checkText(REFERENCE_TEXT).map(brief);

  it('is compared with the text and the other tables in 万元: the findings are those of the 万元 table', () => {
    const findings = checkText(inYuan(REFERENCE_TEXT));
    // The one finding that quotes the table's own amounts quotes them in 元.
    const adjustment = findings.find((f) => f.rule === 'BUD-ADJUSTMENT-LARGE' && f.location.source?.line === 153);
    expect(adjustment).toMatchObject({ expected: '59484500.00', actual: '73801500.00' });
    expect(findings.map(brief).filter((b) => !b.startsWith('BUD-ADJUSTMENT-LARGE L153'))).toEqual(reference.filter((b) => !b.startsWith('BUD-ADJUSTMENT-LARGE L153')));
  });

  it('takes the unit from a line above the table or a row of its own ("金额单位：元") as well as from the header', async () => {
    const { importText } = await import('./support/check-text.js');
    const unitLine = (text: string) => inYuan(text).replace('年度预算申请 (元)', '年度预算申请').replace('年初预算数(元)\t全年预算数(元)\t全年执行数(元)', '年初预算数\t全年预算数\t全年执行数');
    const header = unitLine(REFERENCE_TEXT);
    const lines = header.split('\n');
    const aboveTable = [...lines.slice(0, 149), '金额单位：元', '', ...lines.slice(149)].join('\n');
    const inRow = [...lines.slice(0, 151), '单位：元\t\t\t\t\t\t\t\t', ...lines.slice(151)].join('\n');
    expect(importText(header).report.departmentEvaluation?.moneyUnit).toBe('万元');
    for (const text of [aboveTable, inRow]) {
      expect(importText(text).report.departmentEvaluation?.moneyUnit).toBe('元');
      expect(importText(text).report.projects.every((p) => p.moneyUnit === '万元')).toBe(true);
      // Lines move with the inserted line; the errors themselves are those of the reference report.
      expect(errors(checkText(text))).toEqual(errors(checkText(REFERENCE_TEXT)));
    }
  });

  it('still finds a figure that differs after conversion', () => {
    const changed = inYuan(REFERENCE_TEXT).replace('73801500.00', '73801600.00');
    expect(checkText(changed).map(brief)).toContain('TXT-TABLE-MISMATCH L69 73801600.00 元|7380.15');
  });

  it('converts exactly: no amount in 元 with cents loses a cent in 万元', async () => {
    const { inWan } = await import('../src/core/calc/money-unit.js');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (cents) => {
        const yuan = new Dec(cents.toString()).div(100);
        return inWan(yuan.toFixed(2), '元').times(10_000).eq(yuan);
      }),
    );
  });
});
