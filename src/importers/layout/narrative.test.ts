import { describe, expect, it } from 'vitest';
import { emptyProvenance } from '../../core/model/provenance.js';
import type { SourceBlock } from '../source-document.js';
import { readNarrative } from './narrative.js';

describe('readNarrative', () => {
  const at = { file: 'x.xlsx' };
  const table: SourceBlock = { kind: 'table', rows: [[{ text: '预算部门名称', at }, { text: '某单位', at }]], at };

  it('takes an attachment caption before any section as the start of the attachments, not as the report title', () => {
    const blocks: SourceBlock[] = [{ kind: 'paragraph', text: '部门整体支出绩效评价基础数据表', at }, table];
    const r = readNarrative(blocks, emptyProvenance());
    expect(r.title).toBeNull();
    expect(r.end).toBe(0);
  });

  it('still takes a report title that names the report', () => {
    const blocks: SourceBlock[] = [{ kind: 'heading', level: 1, text: '2023年度某单位部门整体支出绩效自评报告', at }, { kind: 'heading', level: 2, text: '一、单位基本情况', at }, table];
    const r = readNarrative(blocks, emptyProvenance());
    expect(r.title).toBe('2023年度某单位部门整体支出绩效自评报告');
    expect(r.narrative.sections).toHaveLength(1);
  });

  it('reads a report numbered by parts (第一部分 …) with its 一、 headings as subsections', () => {
    const texts = ['某局2022年度部门整体支出绩效自评报告', '第一部分 部门概况', '一、主要职能', '负责全县农业工作。', '第二部分 部门整体支出绩效情况', '一、预算执行情况', '全年执行数 95.00 万元。', '二、绩效目标完成情况', '已完成。'];
    const blocks: SourceBlock[] = texts.map((text) => ({ kind: 'paragraph', text, at }));
    const r = readNarrative(blocks, emptyProvenance());
    expect(r.title).toBe(texts[0]);
    expect(r.narrative.sections.map((s) => [s.key, s.title, s.subsections.map((u) => u.title)])).toEqual([
      ['profile', '第一部分 部门概况', ['一、主要职能']],
      ['performance', '第二部分 部门整体支出绩效情况', ['一、预算执行情况', '二、绩效目标完成情况']],
    ]);
    expect(r.narrative.sections[1]?.subsections[0]?.paragraphs).toEqual(['全年执行数 95.00 万元。']);
  });

  it('passes over a table of contents', () => {
    const texts = ['某局2023年度部门整体支出绩效自评报告', '目 录', '一、部门基本情况……………………1', '二、一般公共预算支出情况.........2', '一、部门基本情况', '本局内设机构 6 个。', '二、一般公共预算支出情况', '无。'];
    const blocks: SourceBlock[] = texts.map((text) => ({ kind: 'paragraph', text, at }));
    const r = readNarrative(blocks, emptyProvenance());
    expect(r.narrative.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['一、部门基本情况', ['本局内设机构 6 个。']],
      ['二、一般公共预算支出情况', ['无。']],
    ]);
  });

  it('keeps 一、 as sections when only one line is numbered by part', () => {
    const texts = ['某局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设机构 6 个。', '二、一般公共预算支出情况', '无。', '第三部分 附表'];
    const blocks: SourceBlock[] = texts.map((text) => ({ kind: 'paragraph', text, at }));
    expect(readNarrative(blocks, emptyProvenance()).narrative.sections.map((s) => s.title)).toEqual(['一、部门基本情况', '二、一般公共预算支出情况']);
  });

  it('takes a lone part heading as a section when no 一、 heading is there', () => {
    const blocks: SourceBlock[] = ['某局2022年度部门整体支出绩效自评报告', '第二部分 部门整体支出绩效情况', '全年执行数 95.00 万元。'].map((text) => ({ kind: 'paragraph', text, at }));
    expect(readNarrative(blocks, emptyProvenance()).narrative.sections.map((s) => [s.title, s.paragraphs])).toEqual([['第二部分 部门整体支出绩效情况', ['全年执行数 95.00 万元。']]]);
  });
  describe('where the attachments begin, tables in the text aside', () => {
    const para = (text: string): SourceBlock => ({ kind: 'paragraph', text, at });
    const rowsTable = (...rows: string[][]): SourceBlock => ({ kind: 'table', rows: rows.map((r) => r.map((text) => ({ text, at }))), at });
    const sections = [para('某局2023年度部门整体支出绩效自评报告'), para('一、部门基本情况'), para('本局内设机构 6 个。'), para('二、部门整体支出绩效情况'), para('已完成。')];

    it('at the head lines of a form (单位名称, 填报日期) right above it: they stay the form’s', () => {
      const blocks = [...sections, rowsTable(['单位名称：某局', '填报日期：2024年3月1日']), table];
      const r = readNarrative(blocks, emptyProvenance());
      expect(r.end).toBe(sections.length);
      expect(r.narrative.sections[1]?.paragraphs).toEqual(['已完成。']);
    });

    it('at a table followed by a lower-numbered heading (the attachments’ 一、填表说明) or an attachment’s caption', () => {
      const other = rowsTable(['序号', '事项'], ['1', '巡查']);
      for (const after of [[para('一、填表说明'), para('按实际填写。')], [para('附件1：部门整体支出绩效自评表'), table]]) {
        const r = readNarrative([...sections, other, ...after], emptyProvenance());
        expect(r.end).toBe(sections.length);
        expect(r.narrative.sections.map((s) => s.title)).toEqual(['一、部门基本情况', '二、部门整体支出绩效情况']);
      }
    });

    it('at a table that is an attachment by its anchor, even with sections after it', () => {
      const blocks = [...sections, table, para('三、其他需要说明的情况'), para('无。')];
      expect(readNarrative(blocks, emptyProvenance()).end).toBe(sections.length);
    });
  });
});
