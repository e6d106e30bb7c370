import { describe, expect, it } from 'vitest';
import { checkText, importText } from '../support/check-text.js';

/**
 * 成本指标 in the two taxonomies, as published project forms write it (shapes seen in
 * Ningxia, Anhui and Hunan forms; names and figures our own): a 二级 under 产出 before
 * 2021, a 一级 with 经济成本指标 under it after.
 */
const HEAD = '项目名称\t学校运转经费\n主管部门\t某市教育局\t实施单位\t某市第六中学\n项目资金（万元）\t\t年初预算数\t调整预算数\t全年执行数\t执行率\n\t年度资金总额\t60\t60\t60\t100%\n';
const form = (rows: string) => `# 项目支出绩效自评表\n\n${HEAD}一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分\t偏差原因\n${rows}`;

describe('成本指标 as a 二级 under an output 一级', () => {
  it('with its own weight, under a 一级 named 项目产出: the output weights add up, no error', () => {
    const text = form(
      [
        '项目产出（30分）\t数量指标（10分）\t保障学生人数\t10\t2000人\t2000人\t10\t',
        '\t质量指标（10分）\t经费标准达标率\t10\t100%\t100%\t10\t',
        '\t成本指标（10分）\t办公成本\t6\t15万元\t15万元\t6\t',
        '\t\t维修成本\t4\t30万元\t30万元\t4\t',
        '项目效益（60分）\t社会效益指标\t办学条件改善\t60\t明显改善\t明显改善\t60\t',
      ].join('\n'),
    );
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    expect(indicators.filter((i) => i.level2.startsWith('成本指标')).map((i) => i.level1)).toEqual(['项目产出', '项目产出']);
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT')).toEqual([]);
  });

  it('first in a row that lost its merged cells (copied from a web page), under 产出指标', () => {
    const text = form(
      [
        '产出指标（50分）\t数量指标\t维修处数\t20\t≥10处\t12处\t20\t',
        '质量指标\t验收合格率\t10\t100%\t100%\t10\t',
        '成本指标\t支出控制在预算内\t20\t≤60万元\t60万元\t20\t',
        '效益指标（40分）\t社会效益指标\t群众出行条件改善\t40\t改善\t改善\t40\t',
      ].join('\n'),
    );
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    expect(indicators.find((i) => i.name === '支出控制在预算内')).toMatchObject({ level1: '产出指标', level2: '成本指标' });
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT')).toEqual([]);
  });
});

describe('成本指标 as a 一级 (2021 taxonomy)', () => {
  it('with 经济成本指标 after it, even after an output 一级', () => {
    const text = form(
      [
        '产出指标（40分）\t数量指标\t维修处数\t40\t≥10处\t12处\t40\t',
        '成本指标（10分）\t经济成本指标\t成本节约率\t10\t>0%\t2%\t10\t',
        '效益指标（40分）\t社会效益指标\t群众出行条件改善\t40\t改善\t改善\t40\t',
      ].join('\n'),
    );
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    expect(indicators.find((i) => i.name === '成本节约率')).toMatchObject({ level1: '成本指标', level2: '经济成本指标' });
  });

  it('first in the table, before 产出', () => {
    const text = form(
      [
        '成本指标（20分）\t经济成本指标\t成本节约率\t20\t>0%\t2%\t20\t',
        '产出指标（30分）\t数量指标\t维修处数\t30\t≥10处\t12处\t30\t',
        '效益指标（40分）\t社会效益指标\t群众出行条件改善\t40\t改善\t改善\t40\t',
      ].join('\n'),
    );
    const indicators = importText(text).report.projects[0]?.indicators ?? [];
    expect(indicators.find((i) => i.name === '成本节约率')).toMatchObject({ level1: '成本指标' });
    expect(indicators.find((i) => i.name === '维修处数')).toMatchObject({ level1: '产出指标' });
  });
});

/**
 * A 一级 cell merged over several rows reaches text without its span: copied from a web page its
 * rows after the first lose it, and extracted from a PDF its name, centred, stands on a middle row.
 * The 二级 of the national templates tell which 一级 such rows stand under.
 */
describe('a 一级 the rows do not name', () => {
  const levelsOf = (text: string) => (importText(text).report.projects[0]?.indicators ?? []).map((i) => `${i.level1}/${i.level2}/${i.name}`);

  it('lost: 效益 rows after 产出 stand under 效益指标, and the stated 一级 weights add up', () => {
    const text = form(
      [
        '产出指标（50分）\t数量指标\t维修处数\t30\t≥10处\t12处\t30\t',
        '\t质量指标\t验收合格率\t20\t100%\t100%\t20\t',
        '\t社会效益指标\t群众出行条件改善\t20\t改善\t改善\t20\t',
        '\t可持续影响指标\t设施使用年限\t10\t≥10年\t10年\t10\t',
        '\t服务对象满意度指标\t群众满意度\t10\t≥90%\t95%\t10\t',
      ].join('\n'),
    );
    expect(levelsOf(text)).toEqual([
      '产出指标/数量指标/维修处数',
      '产出指标/质量指标/验收合格率',
      '效益指标/社会效益指标/群众出行条件改善',
      '效益指标/可持续影响指标/设施使用年限',
      '效益指标/服务对象满意度指标/群众满意度',
    ]);
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT')).toEqual([]);
  });

  it('centred: the name on a later row of its span names the rows before it too, and keeps their 二级', () => {
    const text = form(
      [
        '\t数量指标\t维修处数\t20\t≥10处\t12处\t20\t',
        '产出指标（40分）\t\t维修面积\t10\t≥500平方米\t520平方米\t10\t',
        '\t质量指标\t验收合格率\t10\t100%\t100%\t10\t',
        '\t社会效益指标\t群众出行条件改善\t20\t改善\t改善\t20\t',
        '效益指标（40分）\t\t安全事故减少\t10\t减少\t减少\t10\t',
        '\t可持续影响指标\t设施使用年限\t10\t≥10年\t10年\t10\t',
        '满意度指标（10分）\t服务对象满意度指标\t群众满意度\t10\t≥90%\t95%\t10\t',
      ].join('\n'),
    );
    expect(levelsOf(text).slice(3)).toEqual([
      '效益指标/社会效益指标/群众出行条件改善',
      '效益指标/社会效益指标/安全事故减少',
      '效益指标/可持续影响指标/设施使用年限',
      '满意度指标/服务对象满意度指标/群众满意度',
    ]);
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT')).toEqual([]);
  });

  it('a stated 一级 weight that its rows do not add up to is still an error', () => {
    const text = form(
      [
        '产出指标（40分）\t数量指标\t维修处数\t30\t≥10处\t12处\t30\t',
        '\t质量指标\t验收合格率\t10\t100%\t100%\t10\t',
        '\t社会效益指标\t群众出行条件改善\t20\t改善\t改善\t20\t',
        '效益指标（40分）\t\t安全事故减少\t10\t减少\t减少\t10\t',
        '满意度指标（10分）\t服务对象满意度指标\t群众满意度\t10\t≥90%\t95%\t10\t',
      ].join('\n'),
    );
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT').map((f) => `${f.location.row} ${f.expected}|${f.actual}`)).toEqual(['效益指标 40|30']);
  });

  it('leaves 服务对象满意度指标 under 效益指标, where older templates put it', () => {
    const text = form(
      [
        '产出指标（50分）\t数量指标\t维修处数\t50\t≥10处\t12处\t50\t',
        '效益指标（40分）\t社会效益指标\t群众出行条件改善\t30\t改善\t改善\t30\t',
        '\t服务对象满意度指标\t群众满意度\t10\t≥90%\t95%\t10\t',
      ].join('\n'),
    );
    expect(levelsOf(text)[2]).toBe('效益指标/服务对象满意度指标/群众满意度');
    expect(checkText(text).filter((f) => f.rule === 'IND-LEVEL-WEIGHT')).toEqual([]);
  });

  it("leaves a department's own 一级 alone, whatever 二级 stand under it", () => {
    const text = form(
      [
        '履职效能（50分）\t数量指标\t维修处数\t20\t≥10处\t12处\t20\t',
        '\t社会效益指标\t群众出行条件改善\t30\t改善\t改善\t30\t',
      ].join('\n'),
    );
    expect(levelsOf(text).map((l) => l.split('/')[0])).toEqual(['履职效能', '履职效能']);
  });
});

/** A 二级 name centred in its span stands on its middle row: the rows above it are read under the name before. */
describe('level weights whose labels stand lower than their first row', () => {
  const table = (lastQuality: string) =>
    form(
      [
        '产出指标\t数量指标（20分）\t维修处数\t10\t≥10处\t12处\t10\t',
        '\t\t维修面积\t10\t≥500平方米\t520平方米\t10\t',
        '\t\t验收合格率\t10\t100%\t100%\t10\t',
        `\t质量指标（20分）\t返修率\t${lastQuality}\t≤5%\t3%\t${lastQuality}\t`,
        '效益指标\t社会效益指标（40分）\t群众出行条件改善\t40\t改善\t改善\t40\t',
        '满意度指标\t服务对象满意度指标（10分）\t群众满意度\t10\t≥90%\t95%\t10\t',
      ].join('\n'),
    );
  const levelFindings = (text: string) => checkText(text).filter((f) => f.rule.startsWith('IND-LEVEL-WEIGHT')).map((f) => `${f.rule} ${f.location.row} ${f.expected}|${f.actual}`);

  it('are a warning that the labels may be displaced, not errors, when the weights in row order fall into runs of the labels’ weights', () => {
    const found = levelFindings(table('10'));
    expect(found).toEqual(['IND-LEVEL-WEIGHT-PLACEMENT 数量指标 20|30']);
    expect(checkText(table('10')).find((f) => f.rule === 'IND-LEVEL-WEIGHT-PLACEMENT')?.severity).toBe('warning');
  });

  it('stay errors when no such runs exist', () => {
    expect(levelFindings(table('20'))).toEqual(['IND-LEVEL-WEIGHT 数量指标 20|30']);
  });
});
