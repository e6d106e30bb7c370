import { describe, expect, it } from 'vitest';
import { measureColumn, startsParagraph, type TextColumn } from './paragraph-breaks.js';
import { line } from './test-support/builders.js';

const column: TextColumn = { left: 60, right: 540, pitch: 1.5 };
/** A full line of body text: 40 CJK characters of 12 points from the left margin. */
const full = (y: number, x = 60) => line('正'.repeat(Math.round((540 - x) / 12)), x, y);
const breaks = (a: ReturnType<typeof line>, b: ReturnType<typeof line>, samePage = true) => startsParagraph(a, b, column, column, samePage, 12);

describe('startsParagraph', () => {
  it('continues a paragraph from a full line to the next line at the margin', () => {
    expect(breaks(full(100), full(118))).toBe(false);
    expect(breaks(full(100, 84), line('正文继续。', 60, 118))).toBe(false);
  });

  it('breaks at a first-line indent, after a short line, and at extra spacing', () => {
    expect(breaks(full(100), full(118, 84))).toBe(true);
    expect(breaks(line('上一段结束。', 60, 100), full(118))).toBe(true);
    expect(breaks(full(100), full(124))).toBe(true);
  });

  it('breaks at a change of size or weight', () => {
    expect(breaks(line('一、单位基本情况', 60, 100, 15, true), full(120))).toBe(true);
    expect(breaks(full(100), line('正'.repeat(40), 60, 118, 12, true))).toBe(true);
  });

  it('breaks before numbering that follows a finished sentence', () => {
    expect(breaks(line('正'.repeat(39) + '。', 60, 100), line('（二）坚决落实过紧日子要求。', 60, 118))).toBe(true);
    expect(breaks(full(100), line('（二）', 60, 118))).toBe(false);
  });

  it('joins a title that wraps onto a centred line', () => {
    expect(breaks(line('2023年度测试市强制隔离戒毒所部门整体支出绩效自评报', 60, 80, 20, true), line('告', 290, 108, 20, true))).toBe(false);
  });

  it('lets a sentence run on across a page end, but not a new indented paragraph', () => {
    expect(breaks(full(780), line('元；强制隔离戒毒人员医疗康复费项目', 60, 72), false)).toBe(false);
    expect(breaks(full(780), full(72, 84), false)).toBe(true);
  });
});

describe('measureColumn', () => {
  it('takes the margin shared by two lines, the rightmost edge and the usual pitch', () => {
    const lines = [line('缩进首行', 84, 100), full(118), full(136), line('末行。', 60, 154), line('- 3 -', 30, 200)];
    expect(measureColumn(lines)).toEqual({ left: 60, right: 540, pitch: 1.5 });
  });

  it('falls back for pages with too few lines', () => {
    expect(measureColumn([line('只有一行', 100, 100)], column)).toBe(column);
  });
});
