import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock, TableBlock } from '../source-document.js';
import { readText } from './text-reader.js';

const cellText = fc.stringMatching(/^[一-龥0-9.%≥]{0,6}$/);

function tables(text: string): string[][][] {
  return readText(text, 't.txt').blocks.filter((b): b is TableBlock => b.kind === 'table').map((t) => t.rows.map((r) => r.map((c) => c.text)));
}

describe('the text reader', () => {
  it('reads any grid of tab-separated rows back as the same grid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((w) => fc.array(fc.array(cellText, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 10 })), (grid) => {
        // A row of empty cells is a blank line to a reader; it carries nothing.
        fc.pre(grid.every((r) => r.some((c) => c !== '')));
        const text = `表\n\n${grid.map((r) => (r.length === 1 ? `${r[0]}\t` : r.join('\t'))).join('\n')}`;
        const got = tables(text)[0]?.map((r) => (grid[0]?.length === 1 ? r.slice(0, 1) : r));
        return JSON.stringify(got) === JSON.stringify(grid);
      }),
    );
  });

  it('reads any grid written as pipe rows, with or without outer pipes, as the same grid as its tab-separated form', () => {
    const grids = fc.integer({ min: 2, max: 8 }).chain((w) => fc.array(fc.array(cellText, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 10 }));
    fc.assert(
      fc.property(grids, (grid) => {
        fc.pre(grid.every((r) => r.some((c) => c !== '')));
        // Without outer pipes a row starting with an empty cell starts with a pipe: the table's first row cannot, or it has outer pipes.
        fc.pre(grid[0]?.[0] !== '');
        const written = (row: (r: string[]) => string) => `表\n\n${grid.map(row).join('\n')}\n\n下文。`;
        const tabs = tables(written((r) => r.join('\t')));
        expect(tabs[0]).toEqual(grid);
        expect(tables(written((r) => `| ${r.join(' | ')} |`))).toEqual(tabs);
        // A lone row without outer pipes is prose ("甲 | 乙 | 丙"); two or more are a table.
        if (grid.length > 1) expect(tables(written((r) => `${r.join(' | ')} |`))).toEqual(tabs);
      }),
    );
  });

  it('says why no table was read when the text holds tables it cannot read, and says nothing otherwise', () => {
    const notes = (text: string) => readText(text, 'x.txt').notes.join('');
    const aligned = Array.from({ length: 5 }, (_, i) => `指标${i}      =100%      98%      10      9.8`).join('\n');
    expect(notes(`一、概况\n\n${aligned}\n`)).toContain('文本中有 5 行以空格对齐各列');
    const oneCellALine = ['年度资金总额', '5948.45', '7380.15', '6971.10', '10', '94.00%', '9.40', '一般公共预算', '6676.10'].join('\n');
    expect(notes(`一、概况\n\n${oneCellALine}\n`)).toContain('文本中有 6 行只有一个数字');
    expect(notes(`一、概况\n\n${aligned}\n\na\tb\n1.00\t2.00\n`)).toBe('');
    expect(notes('一、概况\n\n全年执行数 6971.10 万元。\n\n- 3 -\n\n12\n')).toBe('');
  });

  it('keeps each cell’s line, table, row and column', () => {
    const doc = readText('标题\n\na\tb\nc\td', 'x.txt');
    const t = doc.blocks[1] as TableBlock;
    expect(t.rows[1]?.[1]?.at).toEqual({ file: 'x.txt', line: 4, table: 1, row: 2, column: 2 });
  });

  it('resolves the merged cells of an HTML table the way a reader sees them', () => {
    const html = '<table><tr><td rowspan="2">产出指标</td><td colspan="2">数量指标</td></tr><tr><td>a</td><td>b</td></tr></table>';
    expect(tables(`x\n\n${html}\n`)).toEqual([[['产出指标', '数量指标', ''], ['', 'a', 'b']]]);
  });

  it('reads Markdown pipe tables', () => {
    expect(tables('| 项目 | 金额 |\n|---|---|\n| 合计 | 70.00 |\n')).toEqual([[['项目', '金额'], ['合计', '70.00']]]);
  });

  it('reads pipe rows written without their outer pipes, as web pages saved as text have them, and leaves a lone pipe in prose alone', () => {
    const saved = '说明。\n项目名称 | 某项目 | ||\n预算执行情况 | 年初预算 | 调整后预算数 | 预算执行数\n总额 | 0.00 | 3.36 | 3.36\n--|--|--|--\n合计 | 100 | |\n\n下文。';
    expect(tables(saved)).toEqual([[['项目名称', '某项目', '', ''], ['预算执行情况', '年初预算', '调整后预算数', '预算执行数'], ['总额', '0.00', '3.36', '3.36'], ['合计', '100', '', '']]]);
    const prose = readText('甲 | 乙 | 丙三者之间用竖线分隔。\n\n下文。', 'x.txt');
    expect(prose.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('joins a sentence broken at a page end and remembers where each piece starts', () => {
    const doc = readText('全年执行数为 401.95 万\n\n元；其余略。\n\n（二）下一段。', 'x.txt');
    const p = doc.blocks[0] as ParagraphBlock;
    expect(p.text).toBe('全年执行数为 401.95 万元；其余略。');
    expect(p.segments?.map((s) => [s.offset, s.at.line])).toEqual([[0, 1], [15, 3]]);
    expect((doc.blocks[1] as ParagraphBlock).text).toBe('（二）下一段。');
  });

  it('does not join a heading, a bold line or a list item to what follows', () => {
    const doc = readText('**三、政府性基金预算支出情况**\n\n无。\n\n- 1.基础数据表\n- 2.自评表\n\n一、单位基本情况\n\n我单位是', 'x.txt');
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['三、政府性基金预算支出情况', '无。', '1.基础数据表', '2.自评表', '一、单位基本情况', '我单位是']);
  });

  it('keeps apart paragraphs written one per line with no blank line between, and joins lines wrapped inside a sentence', () => {
    const doc = readText('某单位部门整体支出绩效评价报告\n一、基本情况\n（一）部门整体支出概况。\n1、收入：792.22万元。\n2、支出：799.12万元，其中人员经费\n支出434.89万元。\n本项目由两部分构成。\n下一段。', 'x.txt');
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['某单位部门整体支出绩效评价报告', '一、基本情况', '（一）部门整体支出概况。', '1、收入：792.22万元。', '2、支出：799.12万元，其中人员经费支出434.89万元。', '本项目由两部分构成。', '下一段。']);
  });

  it('joins a title broken over two lines but not what follows it', () => {
    const doc = readText('岳阳市2018年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称: 某中心', 'x.txt');
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['岳阳市2018年度部门整体支出绩效评价自评报告', '部门(单位)名称: 某中心']);
  });

  it('drops lines that are only page numbers and strips HTML fragments', () => {
    const doc = readText('<b>厉行节约</b>，面积 120 m <sup>2</sup> 。\n\n- 3 -\n\n第 4 页\n\n正文。', 'x.txt');
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['厉行节约，面积 120 m ² 。', '正文。']);
  });
});
