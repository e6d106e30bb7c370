import { describe, expect, it } from 'vitest';
import { checkText, importText } from '../support/check-text.js';

/**
 * A project form that leaves its execution score blank (or scores execution among its
 * indicators, as Ningxia's forms do): its total is the indicators' scores plus anything
 * up to the execution weight. Shapes of published forms; names and figures our own.
 */
const form = (total: string) =>
  [
    '# 项目支出绩效自评表',
    '',
    '项目名称\t社区矫正经费',
    '主管部门\t某县司法局\t实施单位\t某县司法局',
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t20\t20\t20\t10\t100%\t',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
    '产出指标\t数量指标\t矫正对象覆盖率\t=100%\t100%\t50\t50\t',
    '效益指标\t社会效益指标\t重新犯罪率\t≤1%\t0%\t30\t30\t',
    '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t',
    `总分\t\t\t\t\t100\t${total}\t`,
  ].join('\n');

const totals = (total: string) => checkText(form(total)).filter((f) => f.rule === 'TOTAL-SCORE');

describe('a total score where the execution score is blank', () => {
  it('is not an error anywhere from the indicators\u2019 sum to that sum plus the execution weight', () => {
    expect(totals('100')).toEqual([]);
    expect(totals('90')).toEqual([]);
    expect(totals('95')).toEqual([]);
  });

  it('is an error beyond that range, and says the score was left blank rather than calling it 0', () => {
    const [over] = totals('105');
    expect(over).toMatchObject({ severity: 'error', expected: '≤100', actual: '105' });
    expect(over?.message).toContain('表中未填执行率得分');
    expect(over?.message).not.toContain('执行率得分 0');
    expect(totals('80')[0]).toMatchObject({ expected: '≥90', actual: '80' });
  });
});

describe('a 合计 row with one figure, its column lost with the merged cells of a web copy', () => {
  const unscored = (total: string) =>
    [
      '# 项目支出绩效自评表',
      '',
      '项目名称\t工资福利支出',
      '主管部门\t某县财政局\t实施单位\t某县财政局',
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分',
      '产出指标\t数量指标\t工资发放覆盖率\t=\t100\t%\t\t45\t',
      '效益指标\t社会效益指标\t社保缴纳足额率\t=\t100\t%\t\t45\t',
      `合计\t${total}`,
    ].join('\n');

  it('is the weights\u2019 total where no indicator is scored', () => {
    expect(importText(unscored('100')).report.projects[0]?.totalScore).toEqual({ weight: '100', score: null, grade: null });
  });

  it('is still the score where indicators are scored', () => {
    const scored = unscored('88').replace('\t45\t\n效益', '\t45\t43\n效益').replace(/\t45\t$/m, '\t45\t45');
    expect(importText(scored).report.projects[0]?.totalScore).toMatchObject({ weight: null, score: '88' });
  });
});
