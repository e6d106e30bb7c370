import { describe, expect, it } from 'vitest';
import { brief, checkText } from '../../../../test/support/check-text.js';

const report = (general: string, performance: string) =>
  `# 某县教育局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n本局内设机构 6 个。\n\n二、一般公共预算支出情况\n\n${general}\n\n六、部门整体支出绩效情况\n\n${performance}\n`;
const textFindings = (general: string, performance: string) => checkText(report(general, performance)).filter((f) => f.rule.startsWith('TXT-')).map(brief);

describe('TXT-TABLE-MISMATCH against the sum of the narrative’s own budget parts', () => {
  const total = '全年预算数 800.00 万元，全年执行数 760.00 万元。';

  it('compares a total with its parts when the text gives both 基本支出 and 项目支出', () => {
    const both = '（一）基本支出\n\n基本支出全年预算数 500.00 万元，全年执行数 480.00 万元。\n\n（二）项目支出\n\n项目支出全年预算数 200.00 万元，全年执行数 180.00 万元。';
    expect(textFindings(both, total)).toEqual(['TXT-TABLE-MISMATCH L19 700.00|800.00', 'TXT-TABLE-MISMATCH L19 660.00|760.00']);
    expect(textFindings(both, '全年预算数 700.00 万元，全年执行数 660.00 万元。')).toEqual([]);
  });

  it('does not take the 基本支出 alone for the whole', () => {
    expect(textFindings('（一）基本支出\n\n基本支出全年预算数 500.00 万元，全年执行数 480.00 万元。', total)).toEqual([]);
  });
});

describe('TXT-TABLE-MISMATCH and a rate stated with its own budget and spending', () => {
  const findings = (general: string, performance: string) => checkText(report(general, performance)).filter((f) => f.rule.startsWith('TXT-') || f.rule === 'NARR-EXEC-RATE').map(brief);
  const project = '（二）项目支出\n\n项目支出全年预算数 120.50 万元，全年执行数 118.09 万元';

  it('leaves a wrong rate in the sentence of its own figures to NARR-EXEC-RATE, one finding for one mistake', () => {
    expect(findings(`${project}，执行率 97.00%。`, '无。')).toEqual(['NARR-EXEC-RATE L11 98.00%|97.00%']);
  });

  it('still compares a rate stated apart from its figures with the rate they give', () => {
    expect(findings(`${project}。项目支出执行率 97.00%。`, '无。')).toEqual(['TXT-TABLE-MISMATCH L11 98.00%|97.00%']);
  });
});

describe('TXT-TABLE-MISMATCH and figures written in 亿元', () => {
  const general = '（一）基本支出\n\n基本支出全年预算数 5000.00 万元，全年执行数 4800.00 万元。\n\n（二）项目支出\n\n项目支出全年预算数 2380.15 万元，全年执行数 2171.10 万元。';

  it('agrees at the places written: 0.74 亿元 is 7380.15 万元 rounded, 0.75 亿元 is not', () => {
    expect(textFindings(general, '全年预算数 0.74 亿元，全年执行数 0.70 亿元。')).toEqual([]);
    expect(textFindings(general, '全年预算数 0.7380 亿元。')).toEqual([]);
    expect(textFindings(general, '全年预算数 0.75 亿元，全年执行数 0.69 亿元。')).toEqual(['TXT-TABLE-MISMATCH L19 7380.15|0.75亿元', 'TXT-TABLE-MISMATCH L19 6971.10|0.69亿元']);
    expect(textFindings(general, '全年预算数 0.7381 亿元。')).toEqual(['TXT-TABLE-MISMATCH L19 7380.15|0.7381亿元']);
  });
});
