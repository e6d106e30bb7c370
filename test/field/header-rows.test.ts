import { describe, expect, it } from 'vitest';
import { checkText, importText } from '../support/check-text.js';

/** An indicator header printed on two rows, names split across them (a Hubei form's shape; names and figures ours). */
const text = [
  '# 项目支出绩效自评表',
  '',
  '项目名称\t政务服务外包',
  '主管部门\t某市财政局\t实施单位\t某市财政局',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '\t年度资金总额\t100\t100\t100\t10\t100%\t10',
  '一级指标\t二级指标\t三级指标\t年度\t实际\t分值\t得分\t偏差原因分析及改进措施',
  '\t\t\t指标值\t完成值\t\t\t',
  '产出指标\t数量指标\t服务对象人数\t100人次\t100人次\t40\t40\t',
  '\t时效指标\t计划完成率\t90%\t60%\t20\t10\t人员调整',
  '效益指标\t社会效益指标\t群众办事满意率\t≥90%\t95%\t30\t30\t',
].join('\n');

describe('an indicator header on two rows', () => {
  it('reads each column by the names of both rows, and the second row is no indicator', () => {
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    expect(indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['服务对象人数', '100人次', '100人次'],
      ['计划完成率', '90%', '60%'],
      ['群众办事满意率', '≥90%', '95%'],
    ]);
    expect(checkText(text).filter((f) => f.rule === 'FIELD-REQUIRED-EMPTY')).toEqual([]);
  });
});

describe('a goal header whose row label ends in 完成情况', () => {
  it('reads 预期目标 and 实际完成情况 by the columns after it (an Anhui form left its goal unread)', () => {
    const goal = [
      '# 项目支出绩效自评表',
      '',
      '项目名称\t防汛经费',
      '主管部门\t某市水利局\t实施单位\t某市水利局',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t80\t80\t80\t10\t100%\t10',
      '年度总体目标完成情况\t预期目标\t\t\t\t实际完成情况\t\t',
      '\t完成年度防汛工作。\t\t\t\t完成年度目标。\t\t',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
      '产出指标\t数量指标\t巡查堤防次数\t≥12次\t12次\t90\t90\t',
    ].join('\n');
    expect(importText(goal).report.projects[0]?.overallGoal).toEqual({ expected: '完成年度防汛工作。', achieved: '完成年度目标。' });
  });
});
