import { describe, expect, it } from 'vitest';
import { MINISTRY_DEPARTMENT_FORM } from '../support/form-samples.js';
import { checkText, importText } from '../support/check-text.js';

/**
 * Small tables inside the narrative, before the attachments, as published
 * reports write them (shapes seen in a Hunan report of 2018 and a Fujian one of
 * 2024; names and figures our own): a key/value table of 基本情况 inside
 * section 一, a line of metadata with tabs above 一、. They are part of the
 * text: the narrative goes on after them and keeps their rows as paragraphs.
 */
const TITLE = '# 某市市政设施维护中心2023年度部门整体支出绩效自评报告\n\n';

const PROFILE_TABLE = ['联系人\t王某\t联系电话\t7654321', '编制人数\t30\t在职人员\t28人', '主要职责\t负责全市道路照明设施的巡查和维护。'].join('\n');

const SECTIONS_AFTER = [
  '## 二、一般公共预算支出情况',
  '',
  '本年度基本支出全年预算数 500.00 万元，全年执行数 480.00 万元。',
  '',
  '## 三、部门整体支出绩效情况',
  '',
  '全年完成照明设施巡查 1200 次，设施完好率保持在 98% 以上。',
  '',
].join('\n');

describe('a key/value table inside section 一', () => {
  const text = `${TITLE}## 一、部门基本情况\n\n${PROFILE_TABLE}\n\n${SECTIONS_AFTER}\n${MINISTRY_DEPARTMENT_FORM}\n`;

  it('does not end the narrative: the sections after it are read, and the attachments still are', () => {
    const { report, notes } = importText(text);
    expect(report.narrative.sections.map((s) => [s.key, s.title])).toEqual([
      ['profile', '一、部门基本情况'],
      ['generalBudget', '二、一般公共预算支出情况'],
      ['performance', '三、部门整体支出绩效情况'],
    ]);
    expect(report.spending.generalBudget.basic).toMatchObject({ adjustedBudget: '500.00', spent: '480.00' });
    expect(report.departmentEvaluation?.unit).toBe('某市某局');
    // Read as text, the table is no attachment left unrecognised.
    expect(notes.filter((n) => n.includes('无法识别'))).toEqual([]);
  });

  it('keeps each row as a paragraph of section 一, sourced at its line and cells, its figures read', () => {
    const { report, provenance } = importText(text);
    expect(report.narrative.sections[0]?.paragraphs).toEqual(['联系人 王某 联系电话 7654321', '编制人数 30 在职人员 28人', '主要职责 负责全市道路照明设施的巡查和维护。']);
    const source = provenance.paragraphs.get('narrative.sections.0.paragraphs.1');
    expect(source?.at.line).toBe(6);
    expect(source?.segments?.map((s) => [s.offset, s.at.line, s.at.column])).toEqual([
      [0, 6, 1],
      [5, 6, 2],
      [8, 6, 3],
      [13, 6, 4],
    ]);
    expect(report.narrative.profile.staff).toBe('28');
    expect(provenance.figures.get('narrative.profile.staff')?.line).toBe(6);
  });
});

describe('a table in the last section, before the attachments', () => {
  it('keeps its rows and the prose after it in that section', () => {
    const text = [
      `${TITLE}## 一、部门基本情况\n\n本中心内设机构 4 个。\n\n## 二、部门整体支出绩效情况\n`,
      '完成事项\t数量',
      '道路照明巡查\t1200次',
      '',
      '全年各项维护任务均按计划完成，夜间照明故障平均修复时间由上年的两天缩短到一天以内，群众对道路照明的投诉较上年明显减少，设施完好率保持在较高水平。',
      '',
      MINISTRY_DEPARTMENT_FORM,
      '',
    ].join('\n');
    const { report } = importText(text);
    expect(report.narrative.sections.map((s) => s.title)).toEqual(['一、部门基本情况', '二、部门整体支出绩效情况']);
    expect(report.narrative.sections[1]?.paragraphs).toEqual(['完成事项 数量', '道路照明巡查 1200次', '全年各项维护任务均按计划完成，夜间照明故障平均修复时间由上年的两天缩短到一天以内，群众对道路照明的投诉较上年明显减少，设施完好率保持在较高水平。']);
    expect(report.departmentEvaluation?.totalScore).toMatchObject({ weight: '90', score: '90' });
  });
});

describe('a line of metadata with tabs above 一、', () => {
  const text = [
    '# 某县2024年度文化惠民专项资金绩效自评报告',
    '',
    '所在地区:\t某省-某市-某县\t发布日期:\t2025年3月1日',
    '',
    '## 一、专项资金下达情况',
    '',
    '2024年本县共收到文化惠民专项资金 120 万元，已全部分配到项目单位。',
    '',
    '## 二、绩效情况分析',
    '',
    '资金拨付率 100%，项目均已按期完工。',
    '',
  ].join('\n');

  it('is no reason to refuse the report: its sections are read', () => {
    const { report } = importText(text);
    expect(report.narrative.sections.map((s) => s.title)).toEqual(['一、专项资金下达情况', '二、绩效情况分析']);
    expect(report.narrative.preamble).toEqual(['所在地区: 某省-某市-某县 发布日期: 2025年3月1日']);
    expect(report.year).toBe(2024);
    expect(checkText(text).map((f) => f.rule)).toEqual(['REPORT-NO-TABLES']);
  });
});

describe('a section holding thousands of small tables', () => {
  it('is read in one pass, not by looking ahead from every table to the end (20 000 tables took 33 s)', () => {
    const parts = ['# 某局部门整体支出绩效自评报告', '', '## 一、基本情况', ''];
    for (let i = 0; i < 20_000; i++) parts.push(`联系人\t张三\t电话\t${i}`, '', '这是一段较短的说明文字。', '');
    parts.push('## 二、一般公共预算支出情况', '', '全年预算数 100 万元。');
    const t0 = performance.now();
    const r = importText(parts.join('\n')).report;
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.narrative.sections.map((s) => s.key)).toEqual(['profile', 'generalBudget']);
    expect(r.narrative.sections[0]?.paragraphs.length).toBe(40_000);
  });
});
