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
});
