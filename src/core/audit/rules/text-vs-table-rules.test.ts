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
