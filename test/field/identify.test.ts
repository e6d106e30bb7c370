import { describe, expect, it } from 'vitest';
import { importText } from '../support/check-text.js';

/**
 * Which unit, year and project a published form is about, when the page it was
 * saved from adds its own lines: a publication date, a title without 报告, a
 * year in the form's caption. Shapes seen in Anhui and Sichuan pages; names ours.
 */
const form = (caption: string, name: string, supervisor: string) =>
  [
    '某县水利局防汛项目支出绩效自评',
    '',
    '发布时间：2023-12-05 15:04',
    '',
    `## ${caption}`,
    '',
    `项目名称\t${name}`,
    `主管部门\t${supervisor}\t实施单位\t某县水利局`,
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t50\t50\t50\t10\t100%\t10',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
    '产出指标\t数量指标\t维修堤防长度\t≥2公里\t2.5公里\t90\t90\t',
  ].join('\n');

describe('the year, unit and project of a form saved from a web page', () => {
  it('takes the year the caption names, not the year of the date the page was published', () => {
    expect(importText(form('项目支出绩效自评表（2022年度）', '防汛经费', '某县水利局')).report.year).toBe(2022);
  });

  it('takes the year from a line under the form\u2019s title holding only it', () => {
    const text = form('项目支出绩效自评表', '防汛经费', '某县水利局').replace('## 项目支出绩效自评表\n', '## 项目支出绩效自评表\n\n（2022年度）\n');
    expect(text).toContain('（2022年度）');
    expect(importText(text, '000_0123456789abcdef.txt').report.year).toBe(2022);
  });

  it('takes the unit from 实施单位 when 主管部门 is left blank', () => {
    expect(importText(form('项目支出绩效自评表', '防汛经费', '')).report.unit).toBe('某县水利局');
  });

  it('does not take the year in a caption\u2019s brackets for the project\u2019s name', () => {
    expect(importText(form('项目支出绩效自评表（2022年度）', '', '某县水利局')).report.projects[0]?.name).toBe('');
    expect(importText(form('项目支出绩效自评表（防汛经费）', '', '某县水利局')).report.projects[0]?.name).toBe('防汛经费');
  });

  it('does not read a year out of a hashed file name', () => {
    const text = '# 某县水利局部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n2024年，我局完成堤防维修2.5公里。\n';
    expect(importText(text, '000_8a2021f3c4d5e6f7.txt').report.year).toBe(2024);
    expect(importText(text, '水利局自评报告2022.txt').report.year).toBe(2022);
  });

  it('keeps the fields of a cover page apart, and takes the unit its label names', () => {
    const text = [
      '# 某市数字城管中心2018绩效评价自评报告及评分表',
      '',
      '来源:财务科 2019-07-09 16:55',
      '',
      '部门(单位)名称:  某市数字城管中心',
      '',
      '预 算 编 码:   906001',
      '',
      '评价方式:部门(单位)绩效自评',
      '',
      '## 一、部门(单位)基本概况',
      '',
      '2018年，中心完成城市管理案件受理1.2万件。',
    ].join('\n');
    const r = importText(text).report;
    expect(r.unit).toBe('某市数字城管中心');
    expect(r.narrative.sections.map((x) => x.key)).toEqual(['profile']);
    expect(r.narrative.preamble).toEqual(['来源:财务科 2019-07-09 16:55', '部门(单位)名称: 某市数字城管中心', '预 算 编 码: 906001', '评价方式:部门(单位)绩效自评']);
  });

  it('still joins a sentence cut at a page end before words that look like a label', () => {
    const text = '# 某市协作办部门整体支出绩效自评报告\n\n## 一、基本情况\n\n2023年实际到位资金613万元，补\n\n助情况：援疆经费130万元。\n';
    expect(importText(text).report.narrative.sections[0]?.paragraphs).toEqual(['2023年实际到位资金613万元，补助情况：援疆经费130万元。']);
  });

  it('takes a school named on the cover, and the unit before the money a title reports on', () => {
    const cover = '# 某市2023年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称:  某市第一中学\n\n## 一、部门基本情况\n\n2023年，学校在校学生2000人。\n';
    expect(importText(cover).report.unit).toBe('某市第一中学');
    const titled = '# 某县第四中学专项资金绩效自评价报告\n\n## 一、基本情况\n\n2022年，学校获专项资金239万元。\n';
    expect(importText(titled).report.unit).toBe('某县第四中学');
    const notAUnit = '# 某区2024年中央专项彩票公益金支持地方社会公益事业项目资金绩效自评报告\n\n## 一、基本情况\n\n2024年，共安排资金50万元。\n';
    expect(importText(notAUnit).report.unit).toBe('某区中央专项彩票公益金支持地方社会公益事业项目资金');
  });
});

