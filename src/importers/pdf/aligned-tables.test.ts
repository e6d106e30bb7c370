import { describe, expect, it } from 'vitest';
import { alignedTables } from './aligned-tables.js';
import { makeLine } from './text-lines.js';
import { line, run } from './test-support/builders.js';

const row = (y: number, ...cells: [string, number][]) => makeLine(cells.map(([text, x]) => run(text, x, y)));

describe('alignedTables', () => {
  it('finds columns from the white channels between aligned pieces', () => {
    const lines = [
      line('下表没有框线，只靠列对齐。', 60, 80),
      row(100, ['项目', 60], ['全年预算数', 200], ['执行率', 400]),
      row(118, ['基本支出', 60], ['6340.13', 210], ['93.55%', 405]),
      row(136, ['合计', 60], ['7380.15', 210], ['94.46%', 405]),
      line('表后的说明文字。', 60, 170),
    ];
    const { tables, rest } = alignedTables(1, lines);
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['项目', '全年预算数', '执行率'],
        ['基本支出', '6340.13', '93.55%'],
        ['合计', '7380.15', '94.46%'],
      ],
    ]);
    expect(rest.map((l) => l.text)).toEqual(['下表没有框线，只靠列对齐。', '表后的说明文字。']);
  });

  it('splits a run pdf.js merged across a narrow column gap', () => {
    // Columns 16 points apart; the third row reached the reader as one run "其他 5" over both.
    const merged = makeLine([{ ...run('其他 5', 60, 136), width: 124 - 60 + 6 }]);
    const lines = [row(100, ['项目', 60], ['预算数', 124]), row(118, ['基本支出', 60], ['6340.13', 124]), merged, row(154, ['合计', 60], ['7380.15', 124])];
    const { tables } = alignedTables(1, lines);
    expect(tables[0]!.rows).toEqual([
      ['项目', '预算数'],
      ['基本支出', '6340.13'],
      ['其他', '5'],
      ['合计', '7380.15'],
    ]);
  });

  it('leaves prose alone', () => {
    const prose = [line('2023 年，全年预算数为 7380.15 万元，全年执行数 6971.10 万元，', 60, 100), line('预算执行率 94.46%。', 60, 118)];
    expect(alignedTables(1, prose).tables).toEqual([]);
  });

  it('needs most lines to use the channels', () => {
    const lines = [row(100, ['甲', 60], ['乙', 300]), line('一行很长的正文文字横跨整个版心没有任何空隙', 60, 118), line('又一行很长的正文文字横跨整个版心没有空隙', 60, 136), row(154, ['丙', 60], ['丁', 300])];
    expect(alignedTables(1, lines).tables).toEqual([]);
  });
});
