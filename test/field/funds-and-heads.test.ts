import { describe, expect, it } from 'vitest';
import { checkText, importText } from '../support/check-text.js';

/** Funds and head rows as Shanghai, Fujian and Hunan forms write them; names and figures our own. */
const project = (head: string[], sources: string[]) =>
  [
    '# 项目支出绩效自评表',
    '',
    '项目名称\t社区养老服务补贴',
    ...head,
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t200\t200\t90\t10\t45.00%\t4.50',
    ...sources,
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
    '产出指标\t数量指标\t服务老人人数\t≥500人\t520人\t90\t90\t',
  ].join('\n');

describe('funding sources of which one is left blank', () => {
  const withSources = (main: string) => project(['主管部门\t某区民政局\t实施单位\t某区民政局'], [`\t其中：当年财政拨款\t${main}`, '\t上年结转资金\t0\t0\t0', '\t其他资金\t0\t0\t0']);

  it('are incomplete, not a contradiction, while the others stay below the total', () => {
    expect(checkText(withSources('\t\t')).filter((f) => f.rule === 'FUNDS-SOURCES-SUM')).toEqual([]);
  });

  it('still contradict a total they exceed, and a filled source that does not add up is still an error', () => {
    const over = project(['主管部门\t某区民政局\t实施单位\t某区民政局'], ['\t其中：当年财政拨款\t\t\t', '\t上年结转资金\t0\t250\t0', '\t其他资金\t0\t0\t0']);
    expect(checkText(over).filter((f) => f.rule === 'FUNDS-SOURCES-SUM').map((f) => f.location.column)).toEqual(['全年预算数']);
    expect(checkText(withSources('200\t200\t80')).filter((f) => f.rule === 'FUNDS-SOURCES-SUM')).toMatchObject([{ expected: '80.00', actual: '90.00' }]);
  });
});

describe('head labels with a remark or a second name', () => {
  it('reads 主管部门(单位)名称 and 实施单位名称 as 主管部门 and 实施单位', () => {
    const p = importText(project(['主管部门(单位)名称\t某区民政局', '实施单位名称\t某街道办事处'], [])).report.projects[0];
    expect(p).toMatchObject({ supervisor: '某区民政局', implementer: '某街道办事处' });
  });
});
