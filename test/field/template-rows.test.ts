import { describe, expect, it } from 'vitest';
import { hunan } from '../../src/core/scoring/rule-sets/hunan.js';
import { renderReport } from '../../src/renderers/render.js';
import { checkText, importText } from '../support/check-text.js';

/**
 * What published forms leave of their template: numbered placeholders no unit
 * filled ("指标2："), and cells marked not applicable ("—", "/") in the
 * 年度指标值 of 决策 and 管理 indicators. Shapes of Ningxia, Hebei and Anhui forms;
 * names and figures our own.
 */
const text = [
  '# 项目支出绩效自评表',
  '',
  '项目名称\t校舍维修经费',
  '主管部门\t某市教育局\t实施单位\t某市第二中学',
  '项目资金（万元）\t\t年初预算数\t调整预算数\t全年执行数\t执行率',
  '\t年度资金总额\t40\t40\t40\t100%',
  '一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分\t偏差原因',
  '项目决策（10分）\t项目立项\t立项规范性\t10\t—\t程序完备\t10\t',
  '项目产出（50分）\t数量指标\t维修校舍面积\t30\t≥1000平方米\t1200平方米\t30\t',
  '\t\t指标2：\t\t\t\t\t',
  '\t质量指标\t验收合格率\t20\t100%\t100%\t20\t',
  '\t\t指标2：\t/\t/\t/\t\t',
  '项目效益（30分）\t经济效益指标\t指标1：\t\t\t\t\t',
  '\t社会效益指标\t办学条件改善\t30\t明显改善\t明显改善\t30\t',
  '满意度（10分）\t服务对象满意度指标\t师生满意度\t10\t≥90%\t96%\t10\t',
].join('\n');

describe('template rows and cells marked not applicable', () => {
  it('reads an unfilled numbered placeholder as no indicator, under any 一级 name', () => {
    const names = (importText(text).report.projects[0]?.indicators ?? []).map((i) => i.name).filter((n) => n !== '');
    expect(names).toEqual(['立项规范性', '维修校舍面积', '验收合格率', '办学条件改善', '师生满意度']);
  });

  it('leaves nothing in the model for a placeholder row naming no level of its own', () => {
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    // Only the row under 经济效益指标 names a level: it is kept for that level, with no name.
    expect(indicators.filter((i) => i.name === '').map((i) => i.level2)).toEqual(['经济效益指标']);
  });

  it('keeps a 年度指标值 marked “—” as not applicable, and does not call it unfilled', () => {
    const first = importText(text).report.projects[0]?.indicators[0];
    expect(first).toMatchObject({ name: '立项规范性', target: '', notApplicable: ['target'] });
    expect(checkText(text).filter((f) => f.rule === 'FIELD-REQUIRED-EMPTY')).toEqual([]);
  });

  it('still names a field left blank', () => {
    const blank = text.replace('立项规范性\t10\t—\t', '立项规范性\t10\t\t');
    expect(checkText(blank).filter((f) => f.rule === 'FIELD-REQUIRED-EMPTY').map((f) => f.message)).toEqual(['项目支出绩效自评表（校舍维修经费）“立项规范性”的年度指标值未填写。']);
  });

  it('writes the mark again when it renders the form, so the form reads back the same', async () => {
    const report = importText(text).report;
    const html = (await renderReport(report, 'html', { rules: hunan, figures: 'as-is' })) as string;
    expect(html).toMatch(/立项规范性<\/td>\s*<td[^>]*>\/<\/td>/);
  });
});
