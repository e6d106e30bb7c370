import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument, TableBlock } from '../source-document.js';
import { expectedGrid, mergedGrid } from '../zip/testing/merged-grid.js';
import { buildXlsx, type XlsxCell } from '../zip/testing/ooxml-builders.js';
import { parseReferenceHtml, REFERENCE_DIR } from '../zip/testing/reference-html.js';
import { cellName } from './cell-address.js';
import { readXlsx } from './xlsx-reader.js';

const reference = parseReferenceHtml(readFileSync(new URL('hengyang-2023.html', REFERENCE_DIR), 'utf8'));
const referenceXlsx = readFileSync(new URL('hengyang-2023-attachments.xlsx', REFERENCE_DIR));

function shape(block: SourceBlock): unknown {
  if (block.kind === 'table') return { kind: 'table', grid: block.rows.map((r) => r.map((c) => c.text)) };
  return { kind: block.kind, text: block.text };
}
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** The reference workbook with one worksheet part edited. */
function patched(sheet: number, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(referenceXlsx);
  const name = `xl/worksheets/sheet${sheet}.xml`;
  const before = strFromU8(files[name]!);
  const after = edit(before);
  expect(after).not.toBe(before);
  files[name] = strToU8(after);
  return zipSync(files);
}

describe('readXlsx on the attachments of the reference report made by LibreOffice', () => {
  const doc = readXlsx(referenceXlsx, 'hengyang-2023-attachments.xlsx');

  it('gives each attachment title, then its table with every figure as the report shows it', () => {
    const expected = reference.tables.flatMap((t) => [{ kind: 'paragraph', text: t.title }, { kind: 'table', grid: t.grid }]);
    expect(doc.blocks.map(shape)).toEqual(expected);
    expect(doc.readerFindings).toEqual([]);
    expect(doc.notes).toEqual([]);
  });

  it('shows numbers through their formats: 94.00%, 6971.10, 7.8 beside 7.80, 100.00%, m²', () => {
    const department = tables(doc)[1]!.rows.map((r) => r.map((c) => c.text));
    expect(department[2]).toEqual(['', '年度资金总额:', '', '5948.45', '7380.15', '6971.10', '10', '94.00%', '9.40']);
    const basic = tables(doc)[0]!.rows.map((r) => r.map((c) => c.text));
    expect([basic[4]![1], basic[6]![1], basic[1]![5], basic[9]![3]]).toEqual(['7.8', '7.80', '93.49%', '1217.3']);
    expect(basic[19]![1]).toBe('批复规模 (m²)');
    expect(tables(doc)[2]!.rows[6]!.slice(6, 8).map((c) => c.text)).toEqual(['100.00%', '10.00']);
  });

  it('places every cell: sheet, A1 address, table, grid row and column; titles by their cell', () => {
    expect(tables(doc)[1]!.rows[2]![7]).toEqual({
      text: '94.00%',
      at: { file: 'hengyang-2023-attachments.xlsx', sheet: '附件2', cell: 'H4', table: 2, row: 3, column: 8 },
    });
    expect(doc.blocks[0]!.at).toEqual({ file: 'hengyang-2023-attachments.xlsx', sheet: '附件1', cell: 'A1' });
    expect(tables(doc).map((t) => [t.at.sheet, t.at.cell, t.at.table])).toEqual([
      ['附件1', 'A2', 1], ['附件2', 'A2', 2], ['附件3', 'A2', 3], ['附件3', 'A26', 4], ['附件3', 'A50', 5], ['附件3', 'A75', 6],
      ['附件3', 'A99', 7], ['附件3', 'A123', 8], ['附件3', 'A147', 9], ['附件3', 'A171', 10],
    ]);
  });

  it('reports a stored formula result that its inputs contradict: 执行率 94.00% where 6971.10 ÷ 7380.15 is 94.46%', () => {
    const stale = patched(2, (xml) => xml.replace(/(<c r="H4"[^>]*>)(<v>)/, '$1<f>F4/E4</f>$2'));
    const read = readXlsx(stale, 'stale.xlsx');
    expect(tables(read)[1]!.rows[2]![7]!.text).toBe('94.00%');
    expect(read.readerFindings).toEqual([
      {
        rule: 'XLSX-FORMULA-STALE',
        severity: 'warning',
        message: '工作表“附件2”单元格 H4 的公式 =F4/E4 保存的结果是 94.00%，按它引用的单元格重新计算应为 94.46%。文件中的计算结果可能已过时（例如关闭了自动重算，或由其他程序写入后未重新计算）。',
        at: { file: 'stale.xlsx', sheet: '附件2', cell: 'H4', table: 2, row: 3, column: 8 },
        expected: '94.46%',
        actual: '94.00%',
      },
    ]);
  });

  it('recomputes the formulas LibreOffice wrote (三公经费 = its parts) and notices a stale one', () => {
    const stale = patched(1, (xml) => xml.replace(/(<c r="B5"[^>]*><f[^>]*>B6\+B9\+B10<\/f><v>)8\.28(<\/v>)/, '$18.3$2'));
    const findings = readXlsx(stale, 's.xlsx').readerFindings;
    expect(findings.map((f) => [f.at.cell, f.expected, f.actual])).toEqual([['B5', '8.28', '8.30']]);
  });
});

const grid = (doc: SourceDocument): unknown[] => doc.blocks.map(shape);

describe('readXlsx on values', () => {
  it('shows shared and inline strings, rich text, booleans, errors, dates and numbers stored as text', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', text: '文本' },
      { ref: 'B1', raw: { attrs: 't="inlineStr"', content: '<is><r><t>面积(m</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>2</t></r><r><t>)</t></r><rPh><t>めんせき</t></rPh></is>' } },
      { ref: 'C1', raw: { attrs: 't="b"', content: '<v>1</v>' } },
      { ref: 'D1', raw: { attrs: 't="e"', content: '<v>#DIV/0!</v>' } },
      { ref: 'A2', number: 45291, format: 'yyyy"年"m"月"d"日"' },
      { ref: 'B2', raw: { attrs: 't="s"', content: '<v>1</v>' } },
      { ref: 'C2', text: '0.00' },
      { ref: 'D2', raw: { attrs: 't="str"', content: '<f>"第"&amp;1&amp;"项"</f><v>第1项</v>' } },
      { ref: 'A3', text: '第一行\n第二行' },
      { ref: 'B3', text: '收入_x000D_\n合计' },
      { ref: 'C3', number: 6971.1, format: '#,##0.00' },
      { ref: 'D3', number: 0.1 + 0.2 },
    ];
    expect(grid(readXlsx(buildXlsx([{ name: 'S', cells }]), 'v.xlsx'))).toEqual([
      {
        kind: 'table',
        grid: [
          ['文本', '面积(m²)', 'TRUE', '#DIV/0!'],
          ['2023年12月31日', '0.00', '0.00', '第1项'],
          ['第一行第二行', '收入合计', '6,971.10', '0.3'],
        ],
      },
    ]);
  });

  it('recomputes a formula with no stored result and says so', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', text: '预算' },
      { ref: 'B1', number: 7380.15 },
      { ref: 'A2', text: '执行' },
      { ref: 'B2', number: 6971.1 },
      { ref: 'A3', text: '执行率' },
      { ref: 'B3', format: '0.00%', raw: { content: '<f>ROUND(B2/B1,4)</f>' } },
      { ref: 'A4', text: '未知' },
      { ref: 'B4', raw: { content: '<f>VLOOKUP(A1,A1:B2,2,FALSE)</f>' } },
    ];
    const doc = readXlsx(buildXlsx([{ name: '表', cells }]), 'f.xlsx');
    expect(tables(doc)[0]!.rows.map((r) => r[1]!.text)).toEqual(['7380.15', '6971.1', '94.46%', '']);
    expect(doc.notes).toEqual([
      '工作表“表”单元格 B3 的公式 =ROUND(B2/B1,4) 没有保存计算结果，已按它引用的单元格重新计算为 94.46%。',
      '工作表“表”单元格 B4 的公式 =VLOOKUP(A1,A1:B2,2,FALSE) 没有保存计算结果，也无法重新计算，按空白处理。',
    ]);
    expect(doc.readerFindings).toEqual([]);
  });

  it('checks shared formulas in every cell they are copied to', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', text: '甲' }, { ref: 'B1', text: '乙' }, { ref: 'C1', text: '合计' },
      { ref: 'A2', number: 1 }, { ref: 'B2', number: 2 }, { ref: 'C2', raw: { content: '<f t="shared" ref="C2:C4" si="0">A2+B2</f><v>3</v>' } },
      { ref: 'A3', number: 3 }, { ref: 'B3', number: 4 }, { ref: 'C3', raw: { content: '<f t="shared" si="0"/><v>7</v>' } },
      { ref: 'A4', number: 5 }, { ref: 'B4', number: 6 }, { ref: 'C4', raw: { content: '<f t="shared" si="0"/><v>10</v>' } },
    ];
    const doc = readXlsx(buildXlsx([{ name: 'S', cells }]), 's.xlsx');
    expect(doc.readerFindings.map((f) => [f.at.cell, f.message.match(/公式 =(\S+)/)![1], f.expected, f.actual])).toEqual([['C4', 'A4+B4', '11', '10']]);
  });

  it('copes with formula results it cannot compare: empty, dates, errors', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', number: 1 },
      { ref: 'B1', raw: { content: '<f>A1+1</f><v></v>' } },
      { ref: 'C1', raw: { attrs: 't="d"', content: '<f>A1</f><v>2023-12-31</v>' } },
      { ref: 'D1', raw: { attrs: 't="e"', content: '<f>A1/0</f><v>#DIV/0!</v>' } },
    ];
    const doc = readXlsx(buildXlsx([{ name: 'S', cells }]), 'e.xlsx');
    expect(grid(doc)).toEqual([{ kind: 'table', grid: [['1', '', '2023/12/31', '#DIV/0!']] }]);
    expect(doc.readerFindings).toEqual([]);
  });

  it('does not report a difference smaller than what the cell shows', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', number: 2 }, { ref: 'B1', number: 3 },
      { ref: 'C1', format: '0.00%', raw: { content: '<f>A1/B1</f><v>0.66667</v>' } },
      { ref: 'D1', format: '0', raw: { content: '<f>A1+B1</f><v>5.3</v>' } },
    ];
    expect(readXlsx(buildXlsx([{ name: 'S', cells }]), 't.xlsx').readerFindings).toEqual([]);
  });
});

describe('readXlsx on layout', () => {
  const b = (ref: string, text: string): XlsxCell => ({ ref, text, bordered: true });

  it('splits a sheet into tables at fully empty rows, with titles and notes as paragraphs', () => {
    const cells: XlsxCell[] = [
      { ref: 'A1', text: '项目支出绩效自评表' },
      b('A2', '项目支出名称'), b('B2', '辅警经费'), b('C2', ''),
      b('A3', '主管部门'), b('B3', '衡阳市强制隔离戒毒所'), b('C3', ''),
      b('A4', ''), b('B4', ''), b('C4', ''),
      b('A5', '总分'), b('B5', '90'), b('C5', '100'),
      { ref: 'A6', text: '注：本表金额单位为万元。' },
      { ref: 'B9', text: '单位：万元' },
      { ref: 'B10', text: '编制数', bordered: true }, { ref: 'C10', number: 261, bordered: true },
    ];
    const doc = readXlsx(buildXlsx([{ name: 'S', cells, merges: ['A1:C1', 'B2:C2', 'B3:C3'] }]), 'l.xlsx');
    expect(grid(doc)).toEqual([
      { kind: 'paragraph', text: '项目支出绩效自评表' },
      { kind: 'table', grid: [['项目支出名称', '辅警经费', ''], ['主管部门', '衡阳市强制隔离戒毒所', ''], ['', '', ''], ['总分', '90', '100']] },
      { kind: 'paragraph', text: '注：本表金额单位为万元。' },
      { kind: 'paragraph', text: '单位：万元' },
      { kind: 'table', grid: [['编制数', '261']] },
    ]);
    expect(tables(doc)[1]!.rows[0]![0]!.at).toEqual({ file: 'l.xlsx', sheet: 'S', cell: 'B10', table: 2, row: 1, column: 1 });
  });

  it('reads lines of text without borders as paragraphs, and skips hidden sheets with a note', () => {
    const doc = readXlsx(
      buildXlsx([
        { name: '说明', cells: [{ ref: 'A1', text: '一、单位基本情况' }, { ref: 'A2', text: '我单位是……' }] },
        { name: '草稿', state: 'hidden', cells: [{ ref: 'A1', text: '不该读到' }, { ref: 'B1', text: '草稿' }] },
      ]),
      'p.xlsx',
    );
    expect(grid(doc)).toEqual([
      { kind: 'paragraph', text: '一、单位基本情况' },
      { kind: 'paragraph', text: '我单位是……' },
    ]);
    expect(doc.notes).toEqual(['工作表“草稿”是隐藏的，未读取。']);
  });

  it('stays linear on long runs of bordered empty rows and lone texts', () => {
    // n bordered empty rows, then n lone texts, then a two-cell table.
    const longSheet = (n: number): Uint8Array => {
      const cells: XlsxCell[] = [];
      for (let r = 1; r <= n; r++) cells.push({ ref: `A${r}`, bordered: true });
      for (let r = n + 1; r <= 2 * n; r++) cells.push({ ref: `A${r}`, text: `第${r}行` });
      cells.push(b(`A${2 * n + 1}`, '合计'), b(`B${2 * n + 1}`, '100'));
      return buildXlsx([{ name: 'S', cells }]);
    };
    /** The quickest of three reads, so that a moment of load on the machine is not taken for the reader's cost. */
    const quickest = (bytes: Uint8Array): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        readXlsx(bytes, 'long.xlsx');
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const doc = readXlsx(longSheet(20_000), 'long.xlsx');
    expect(doc.blocks.filter((x) => x.kind === 'paragraph')).toHaveLength(20_000);
    expect(grid(doc).at(-1)).toEqual({ kind: 'table', grid: [['合计', '100']] });
    // Four times the rows: about four times the time if linear, sixteen if quadratic. A ratio, not a
    // wall-clock limit, so that a slow or busy machine does not fail it.
    const ratio = quickest(longSheet(20_000)) / quickest(longSheet(5_000));
    expect(ratio).toBeLessThan(9);
  });

  it('keeps a merged cell that reaches into the last row', () => {
    const cells = [b('A1', '甲'), b('B1', '乙'), b('A2', '丙'), b('B2', ''), b('A3', ''), b('B3', '')];
    expect(grid(readXlsx(buildXlsx([{ name: 'S', cells, merges: ['A2:A3'] }]), 'm.xlsx'))).toEqual([{ kind: 'table', grid: [['甲', '乙'], ['丙', ''], ['', '']] }]);
  });

  it('reads back any bordered grid with random merges as the same grid (property)', () => {
    fc.assert(
      fc.property(mergedGrid(), ({ rows, cols, merges, text }) => {
        const expected = expectedGrid(rows, cols, merges, text);
        const cells: XlsxCell[] = [];
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push(expected[r]![c] ? b(cellName(r + 1, c + 1), expected[r]![c]!) : { ref: cellName(r + 1, c + 1), bordered: true });
        const refs = merges.map((m) => `${cellName(m.top + 1, m.left + 1)}:${cellName(m.top + m.height, m.left + m.width)}`);
        expect(grid(readXlsx(buildXlsx([{ name: 'P', cells, merges: refs }]), 'p.xlsx'))).toEqual([{ kind: 'table', grid: expected }]);
      }),
      { numRuns: 150 },
    );
  });
});
