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

describe('amounts written into their label\u2019s cell (Hunan\u2019s department form as some extractions give it)', () => {
  const dept = (project: string) =>
    [
      '## 2023年度部门整体支出绩效自评表',
      '',
      '预算部门、单位名称\t某县某乡人民政府\t\t\t\t\t\t',
      '年度预算申请(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t自评得分',
      '\t年度资金总额\t800.00\t1500.00\t1500.00\t10\t100%\t10',
      '\t按收入性质分:1500.00\t\t\t按支出性质分:1500.00\t\t\t',
      '\t其中: 一般公共预算:1000.00\t\t\t其中:基本支出:700.00\t\t\t',
      '\t政府性基金拨款:100.00\t\t\t项目支出:' + project + '\t\t\t',
      '\t其他资金:400.00\t\t\t\t\t\t',
    ].join('\n');

  it('reads each amount with its row, the sources and the two natures', () => {
    const d = importText(dept('800.00')).report.departmentEvaluation;
    expect(d?.unit).toBe('某县某乡人民政府');
    expect(d?.sources.map((s) => [s.label, s.row.adjustedBudget])).toEqual([['一般公共预算', '1000.00'], ['政府性基金拨款', '100.00'], ['其他资金', '400.00']]);
    expect([d?.basic.spent, d?.project.spent]).toEqual(['700.00', '800.00']);
    expect(checkText(dept('800.00')).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds natures that do not add up to the total', () => {
    expect(checkText(dept('700.00')).filter((f) => f.rule === 'DEPT-NATURE-SUM')).toMatchObject([{ expected: '1400.00', actual: '1500.00' }]);
  });
});

describe('a funds header whose 分值 column states its points (分值（10分）)', () => {
  it('reads that column as the weight, not as a part of the form, so the row keeps its columns', () => {
    const text = [
      '# 项目支出绩效自评表',
      '',
      '项目名称\t道路保洁外包经费',
      '主管部门\t某区某街道\t实施单位\t某街道城市运行服务中心',
      '项目资金（万元）\t\t年初预算数（A）\t全年执行数（B）\t分值（10分）\t执行率（B/A）\t得分\t得分计算方法',
      '\t年度资金总额：\t310.2\t154.74\t10\t50%\t5\t执行率*该指标分值，最高不得超过分值上限。',
    ].join('\n');
    const total = importText(text).report.projects[0]?.total;
    expect(total).toMatchObject({ initialBudget: '310.2', adjustedBudget: null, spent: '154.74', weight: '10', executionRate: '50%', score: '5' });
    expect(checkText(text).filter((f) => f.rule.startsWith('FUNDS-'))).toEqual([]);
  });
});

/** Forms whose funds part gives one budget only (年初预算数, 预算执行数, 执行率: shapes seen in county forms; figures our own). */
describe('a funds part without 全年预算数', () => {
  const oneBudget = (header: string, total: string, source = '') =>
    [
      '# 项目支出绩效自评表',
      '',
      '项目名称\t社区养老服务补贴',
      '主管部门\t某区民政局\t实施单位\t某区民政局',
      `项目资金（万元）\t\t${header}`,
      `\t年度资金总额\t${total}`,
      ...(source ? [`\t其中：财政拨款\t${source}`] : []),
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
      '产出指标\t数量指标\t服务老人人数\t≥500人\t520人\t90\t90\t',
    ].join('\n');
  const rateFindings = (text: string) => checkText(text).filter((f) => f.rule.startsWith('FUNDS-EXEC') || f.rule === 'BUD-EXEC-LOW');

  it('divides the rate and its score by the 年初预算数, the only budget it gives', () => {
    const wrong = rateFindings(oneBudget('年初预算数\t全年执行数\t分值\t执行率\t得分', '200\t180\t10\t80%\t8'));
    expect(wrong.map((f) => `${f.rule} ${f.expected}|${f.actual}`)).toEqual(['FUNDS-EXEC-RATE 90.00%|80.00%', 'FUNDS-EXEC-SCORE 9|8']);
    expect(wrong[0]?.message).toContain('÷ 年初预算数 200');
    expect(rateFindings(oneBudget('年初预算数\t全年执行数\t分值\t执行率\t得分', '200\t180\t10\t90%\t9'))).toEqual([]);
  });

  it('flags a low rate there too', () => {
    expect(rateFindings(oneBudget('年初预算数\t全年执行数\t分值\t执行率\t得分', '200\t100\t10\t50%\t5')).map((f) => f.rule)).toEqual(['BUD-EXEC-LOW']);
  });

  it('keeps to the 全年预算数 wherever a row states one, even when the total leaves it blank', () => {
    const text = oneBudget('年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '200\t\t180\t10\t80%\t8', '200\t225\t180');
    expect(rateFindings(text)).toEqual([]);
  });
});
