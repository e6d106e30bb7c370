import { describe, expect, it } from 'vitest';
import type { PageTable } from './grid-text.js';
import { appendTable, continues, startTable } from './table-continuation.js';

const part = (page: number, xs: number[], rows: string[][]): PageTable => ({ page, xs, rows, box: { left: xs[0]!, right: xs[xs.length - 1]!, top: 0, bottom: 100 } });

describe('table continuation', () => {
  const first = part(3, [50, 100, 200, 300], [
    ['序号', '项目名称', '全年预算数'],
    ['1', '生活补贴', '17.31'],
  ]);

  it('appends the next page part and drops its repeated header, keeping each row its page', () => {
    const next = part(4, [50.5, 100, 199, 300], [
      ['序号', '项目 名称', '全年预算数'],
      ['2', '医疗康复费', '24.62'],
    ]);
    expect(continues(startTable(first), next)).toBe(true);
    const joined = appendTable(startTable(first), next);
    expect(joined.rows).toEqual([
      { page: 3, cells: ['序号', '项目名称', '全年预算数'] },
      { page: 3, cells: ['1', '生活补贴', '17.31'] },
      { page: 4, cells: ['2', '医疗康复费', '24.62'] },
    ]);
  });

  it('keeps a first row that only looks like data', () => {
    const next = part(4, [50, 100, 200, 300], [['2', '医疗康复费', '24.62']]);
    expect(appendTable(startTable(first), next).rows).toHaveLength(3);
  });

  it('lines up a part that lacks a column boundary, leaving the missing cell empty', () => {
    const next = part(4, [50, 200, 300], [['合计（跨两列）', '41.93']]);
    expect(continues(startTable(first), next)).toBe(true);
    expect(appendTable(startTable(first), next).rows.at(-1)).toEqual({ page: 4, cells: ['合计（跨两列）', '', '41.93'] });
  });

  it('refines the columns when the new part splits one', () => {
    const next = part(4, [50, 100, 150, 200, 300], [['2', '医疗', '康复费', '24.62']]);
    const joined = appendTable(startTable(first), next);
    expect(joined.xs).toEqual([50, 100, 150, 200, 300]);
    expect(joined.rows.map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '', '全年预算数'],
      ['1', '生活补贴', '', '17.31'],
      ['2', '医疗', '康复费', '24.62'],
    ]);
  });

  it('does not join tables of different widths or columns', () => {
    expect(continues(startTable(first), part(4, [50, 100, 200, 400], [['x', 'y', 'z']]))).toBe(false);
    expect(continues(startTable(first), part(4, [50, 120, 180, 300], [['x', 'y', 'z']]))).toBe(false);
  });
});

describe('a row cut by the page end', () => {
  it('is made whole again when the next part starts with its rest', () => {
    const end = (top: number, bottom: number) => ({ top, bottom, size: 9 });
    const first: PageTable = {
      page: 8,
      xs: [50, 150, 250],
      box: { left: 50, right: 250, top: 100, bottom: 768 },
      rows: [
        ['三级指标', '年度指标值'],
        ['保障强制隔离戒毒', '≥95%'],
      ],
      lastRowTop: 745,
      lastRowEnds: [end(750, 764), end(750, 759)],
    };
    const next = part(9, [50, 150, 250], [
      ['三级指标', '年度指标值'],
      ['人员基本医疗', ''],
      ['重大安全事故发生次数', '=0次'],
    ]);
    expect(appendTable(startTable(first), next, 768).rows.map((r) => [r.page, ...r.cells])).toEqual([
      [8, '三级指标', '年度指标值'],
      [8, '保障强制隔离戒毒人员基本医疗', '≥95%'],
      [9, '重大安全事故发生次数', '=0次'],
    ]);
    // Without knowing where pages end, rows are left as the pages show them.
    expect(appendTable(startTable(first), next).rows).toHaveLength(4);
  });
});
