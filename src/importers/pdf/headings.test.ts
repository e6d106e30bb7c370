import { describe, expect, it } from 'vitest';
import { headingLevel, measureBody } from './headings.js';
import { line } from './test-support/builders.js';

const body = { size: 12, bold: false, maxSize: 20 };

describe('headingLevel', () => {
  it('reads the level from the numbering of a bold or larger line', () => {
    expect(headingLevel([line('一、单位基本情况', 60, 0, 15, true)], '一、单位基本情况', body)).toBe(2);
    expect(headingLevel([line('（一）基本支出情况', 60, 0, 12, true)], '（一）基本支出情况', body)).toBe(3);
    expect(headingLevel([line('2023年度部门整体支出绩效自评报告', 60, 0, 20, true)], '2023年度部门整体支出绩效自评报告', body)).toBe(1);
    expect(headingLevel([line('主要职能', 60, 0, 12, true)], '主要职能', body)).toBe(0);
  });
  it('leaves body text, long text and sentences as paragraphs', () => {
    expect(headingLevel([line('一、单位基本情况', 60, 0)], '一、单位基本情况', body)).toBeUndefined();
    expect(headingLevel([line('一是在主题教育上下功夫。', 60, 0, 12, true)], '一是在主题教育上下功夫。', body)).toBeUndefined();
    expect(headingLevel([line('一、单位基本情况', 60, 0, 12, true)], '一、单位基本情况', { ...body, bold: true })).toBeUndefined();
  });
});

describe('measureBody', () => {
  it('takes the size and weight carrying the most characters', () => {
    const lines = [line('标题', 0, 0, 20, true), line('正文正文正文正文', 0, 0, 12), line('正文正文', 0, 0, 12)];
    expect(measureBody(lines)).toEqual({ size: 12, bold: false, maxSize: 20 });
  });
});
