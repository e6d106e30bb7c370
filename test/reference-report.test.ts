import { describe, expect, it } from 'vitest';
import { brief, checkText, importText, REFERENCE_TEXT } from './support/check-text.js';

/**
 * The reference report (衡阳市强制隔离戒毒所 2023) and what a reviewer must be
 * told about it: the list, each finding with its line.
 */
describe('check on the reference report', () => {
  const findings = checkText(REFERENCE_TEXT, 'hengyang-2023.txt');
  const find = (rule: string, line: number) => findings.find((f) => f.rule === rule && f.location.source?.line === line);

  it('reads the unit, the year and every table', () => {
    const { report } = importText(REFERENCE_TEXT);
    expect(report.unit).toBe('衡阳市强制隔离戒毒所');
    expect(report.year).toBe(2023);
    expect(report.basicData).not.toBeNull();
    expect(report.departmentEvaluation?.indicators.filter((i) => i.name !== '')).toHaveLength(11);
    expect(report.projects.map((p) => p.name)).toEqual([
      '强制隔离戒毒生活补贴',
      '特殊病违法犯罪人员生活补贴',
      '强制隔离戒毒所所政及维修经费',
      '强制隔离戒毒教育矫治费',
      '强制隔离戒毒人员医疗康复费',
      '辅警经费',
      '警察补助（加班）',
      '警察补助（执勤）',
    ]);
    expect(report.spending.generalBudget.projectItems).toHaveLength(8);
  });

  it('finds the department execution rate 94.00% against 94.46%, in the table and against the text', () => {
    expect(find('FUNDS-EXEC-RATE', 153)).toMatchObject({ severity: 'error', expected: '94.46%', actual: '94.00%' });
    expect(find('TXT-TABLE-MISMATCH', 69)).toMatchObject({ severity: 'error', expected: '94.00%', actual: '94.46%' });
  });

  it('finds the execution score 9.40 against 9.45', () => {
    expect(find('FUNDS-EXEC-SCORE', 153)).toMatchObject({ severity: 'error', expected: '9.45', actual: '9.40' });
  });

  it('finds the 强制隔离戒毒生活补贴 weights adding to 100 and the score 20 above its weight 10', () => {
    expect(find('IND-WEIGHT-TOTAL', 201)).toMatchObject({ severity: 'error', expected: '90', actual: '100' });
    expect(find('IND-SCORE-OVER-WEIGHT', 199)).toMatchObject({ severity: 'error', actual: '20', expected: '≤10' });
    expect(find('IND-SCORE-OVER-WEIGHT', 199)?.location.row).toBe('场所运转持续性');
  });

  it('finds the 所政及维修经费 cost saving stated 0% against −37.25% from its initial budget', () => {
    expect(find('IND-COST-SAVING-BASIS', 240)).toMatchObject({ severity: 'warning', expected: '-37.25%', actual: '0.00%' });
  });

  it('finds the empty 实施单位, the malformed target and the unit mismatch', () => {
    expect(find('FIELD-REQUIRED-EMPTY', 206)).toMatchObject({ severity: 'warning' });
    expect(find('FIELD-REQUIRED-EMPTY', 206)?.location.row).toBe('实施单位');
    expect(find('IND-TARGET-MALFORMED', 326)).toMatchObject({ severity: 'warning', actual: '》90%' });
    expect(find('IND-UNIT-MISMATCH', 162)).toMatchObject({ severity: 'warning', expected: '公斤/人/月', actual: '%' });
  });

  it('finds the scores no written rule reproduces, as warnings naming the rule set', () => {
    const f = find('IND-SCORE-UNREPRODUCIBLE', 162);
    expect(f).toMatchObject({ severity: 'warning', expected: '4.74', actual: '4.34' });
    expect(f?.message).toContain('湖南');
    expect(find('IND-SCORE-UNREPRODUCIBLE', 215)).toMatchObject({ expected: '0', actual: '18' });
  });

  it('reports the 公用经费 scope difference as a warning, not an error', () => {
    expect(find('X-BASIC-NARRATIVE', 140)).toMatchObject({ severity: 'warning', expected: '950.02', actual: '858.95' });
  });

  it('gives no error where the figures reconcile', () => {
    const errors = findings.filter((f) => f.severity === 'error').map(brief).sort();
    expect(errors).toEqual(
      [
        'TXT-TABLE-MISMATCH L69 94.00%|94.46%',
        'FUNDS-EXEC-RATE L153 94.46%|94.00%',
        'FUNDS-EXEC-SCORE L153 9.45|9.40',
        'IND-LEVEL-WEIGHT L196 40|50',
        'IND-SCORE-OVER-WEIGHT L199 ≤10|20',
        'IND-WEIGHT-TOTAL L201 90|100',
      ].sort(),
    );
  });

  it('gives every finding a line of the source', () => {
    for (const f of findings) expect(f.location.source?.line, brief(f)).toBeGreaterThan(0);
  });

  it('gives the same findings when saved with one paragraph per line and no blank line between', () => {
    // Word's "save as text" and web pages write paragraphs this way; tables keep their blank lines around them.
    const lines = REFERENCE_TEXT.split('\n');
    const dense = lines.filter((l, i) => !(l.trim() === '' && i > 0 && i + 1 < lines.length && !(lines[i - 1] ?? '').includes('\t') && !(lines[i + 1] ?? '').includes('\t') && (lines[i - 1] ?? '').trim() !== '' && (lines[i + 1] ?? '').trim() !== ''));
    expect(dense.length).toBeLessThan(lines.length - 50);
    const key = (f: (typeof findings)[number]) => `${f.rule} ${f.severity} ${f.expected ?? ''}|${f.actual ?? ''}`;
    expect(checkText(dense.join('\n')).map(key).sort()).toEqual(findings.map(key).sort());
    const paragraphs = (text: string) => importText(text).report.narrative.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((u) => u.paragraphs)]);
    expect(paragraphs(dense.join('\n'))).toEqual(paragraphs(REFERENCE_TEXT));
  });
});

describe('the reference report with the amounts of its section 二 written in 亿元', () => {
  // 6340.13 万元 → "0.63亿元": rounded to the 0.01 亿元 a large department writes; the tables keep their 万元.
  const lines = REFERENCE_TEXT.split('\n');
  const inYi = lines
    .map((line) => (line.startsWith('2023 年，基本支出') || line.startsWith('2023 年，项目支出') ? line.replace(/(\d+\.\d+) 万元/g, (_, wan: string) => `${(Number(wan) / 10000).toFixed(2)}亿元`) : line))
    .join('\n');

  it('gives the errors of the report written in 万元, none from the rounding of 亿元', () => {
    expect(inYi).not.toBe(REFERENCE_TEXT);
    expect(inYi).toContain('基本支出全年预算数 0.63亿元');
    const errors = (text: string) => checkText(text).filter((f) => f.severity === 'error').map(brief);
    expect(errors(inYi)).toEqual(errors(REFERENCE_TEXT));
  });

  it('quotes a figure written in 亿元 in 亿元, to the places the text wrote, when it is wrong', () => {
    const wrong = inYi.replace('基本支出全年预算数 0.63亿元', '基本支出全年预算数 0.73亿元').replace('资本性支出 0.01亿元', '资本性支出 0.21亿元');
    const findings = checkText(wrong);
    const sources = findings.find((f) => f.rule === 'NARR-BUDGET-SOURCES');
    expect(sources?.message).toBe('正文基本支出全年预算数为 0.73 亿元，但上年结转和结余 0.05 亿元、本年一般公共预算拨款收入 0.56 亿元、本年其他资金收入 0.02 亿元 之和为 0.63 亿元。');
    expect(sources).toMatchObject({ expected: '0.63', actual: '0.73' });
    const classes = findings.find((f) => f.rule === 'NARR-SPENT-CLASSES');
    expect(classes?.message).toContain('资本性支出 0.21 亿元 之和为 0.30 亿元');
    expect(classes).toMatchObject({ expected: '0.30', actual: '0.10' });
    // The blocks of the text written in 万元 are still quoted in 万元.
    const inWan = checkText(REFERENCE_TEXT.replace('基本支出全年预算数 6340.13 万元', '基本支出全年预算数 7340.13 万元')).find((f) => f.rule === 'NARR-BUDGET-SOURCES');
    expect(inWan).toMatchObject({ expected: '6340.13', actual: '7340.13' });
    expect(inWan?.message).toContain('为 7340.13 万元');
  });
});
