import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument, TableBlock } from '../source-document.js';
import { buildDocx, p, table } from '../zip/testing/ooxml-builders.js';
import { expectedGrid, mergedGrid, type MergedGrid } from '../zip/testing/merged-grid.js';
import { parseReferenceHtml, REFERENCE_DIR } from '../zip/testing/reference-html.js';
import { readDocx } from './docx-reader.js';

const reference = parseReferenceHtml(readFileSync(new URL('hengyang-2023.html', REFERENCE_DIR), 'utf8'));
const referenceDocx = readFileSync(new URL('hengyang-2023.docx', REFERENCE_DIR));

function shape(block: SourceBlock): unknown {
  if (block.kind === 'table') return { kind: 'table', grid: block.rows.map((r) => r.map((c) => c.text)) };
  if (block.kind === 'heading') return { kind: 'heading', level: block.level, text: block.text };
  return { kind: 'paragraph', text: block.text };
}

function tables(doc: SourceDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

describe('readDocx on the reference report made by LibreOffice from the HTML rendition', () => {
  const doc = readDocx(referenceDocx, 'hengyang-2023.docx');

  it('gives the narrative with its heading levels, then each attachment title and table grid exactly as the HTML has them', () => {
    const expected = [
      ...reference.narrative.map((b) => (b.kind === 'heading' ? b : { kind: 'paragraph', text: b.text })),
      ...reference.tables.flatMap((t) => [{ kind: 'paragraph', text: t.title }, { kind: 'table', grid: t.grid }]),
    ];
    expect(doc.blocks.map(shape)).toEqual(expected);
    expect(doc.format).toBe('docx');
    expect(doc.readerFindings).toEqual([]);
  });

  it('keeps the figures and the mistakes of the report', () => {
    const department = tables(doc)[1]!.rows.map((r) => r.map((c) => c.text));
    expect(department[2]).toEqual(['', '年度资金总额:', '', '5948.45', '7380.15', '6971.10', '10', '94.00%', '9.40']);
    expect(department[16]).toEqual(['', '', '时效指标', '履职工作任务完成时间', '=2023年', '100%', '5', '', '']);
    const living = tables(doc)[2]!.rows.map((r) => r.map((c) => c.text));
    expect(living.find((r) => r[3] === '场所运转持续性')!.slice(6, 8)).toEqual(['10', '20']);
    const special = tables(doc)[3]!.rows.map((r) => r.map((c) => c.text));
    expect(special[1]).toEqual(['主管部门', '衡阳市强制隔离戒毒所', '', '', '实施单位', '', '', '', '']);
    const auxiliary = tables(doc)[7]!.rows.map((r) => r.map((c) => c.text));
    expect(auxiliary.some((r) => r.includes('》90%'))).toBe(true);
    expect(tables(doc)[0]!.rows[19]![1]!.text).toBe('批复规模 (m²)');
  });

  it('gives every cell its table, row and column, and every paragraph its position', () => {
    const cell = tables(doc)[1]!.rows[2]![7]!;
    expect(cell).toEqual({ text: '94.00%', at: { file: 'hengyang-2023.docx', table: 2, row: 3, column: 8 } });
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: '2023年度衡阳市强制隔离戒毒所 部门整体支出绩效自评报告', at: { file: 'hengyang-2023.docx', paragraph: 1 } });
    expect(tables(doc).map((t) => t.at.table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const t of tables(doc)) for (const row of t.rows) expect(row).toHaveLength(t.rows[0]!.length);
  });
});

function texts(doc: SourceDocument): unknown[] {
  return doc.blocks.map(shape);
}

describe('readDocx on merged cells', () => {
  it('lays gridSpan and vMerge out on the grid: text top-left, "" in covered cells', () => {
    const doc = readDocx(
      buildDocx(
        table([
          [{ text: '一级', vMerge: 'restart' }, { text: '二级', span: 2 }, '分值'],
          [{ vMerge: 'continue' }, '数量', '质量', '10'],
          [{ vMerge: 'continue' }, { text: '合计', span: 2 }, '20'],
        ]),
      ),
      'm.docx',
    );
    expect(texts(doc)).toEqual([{ kind: 'table', grid: [['一级', '二级', '', '分值'], ['', '数量', '质量', '10'], ['', '合计', '', '20']] }]);
  });

  it('leaves empty the columns skipped with gridBefore and gridAfter, and pads short rows', () => {
    const doc = readDocx(buildDocx(table([['a', 'b', 'c'], ['x'], ['y']], ['', '<w:gridBefore w:val="1"/>', '<w:gridAfter w:val="2"/>'])), 'g.docx');
    expect(texts(doc)).toEqual([{ kind: 'table', grid: [['a', 'b', 'c'], ['', 'x', ''], ['y', '', '']] }]);
  });

  it('does not show the text of a cell that continues a vertical merge', () => {
    const doc = readDocx(buildDocx(table([[{ text: '上', vMerge: 'restart' }, 'a'], [{ text: '残留', vMerge: 'continue' }, 'b']])), 'v.docx');
    expect(texts(doc)).toEqual([{ kind: 'table', grid: [['上', 'a'], ['', 'b']] }]);
  });

  it('reads back any grid with random merges as the same grid (property)', () => {
    fc.assert(
      fc.property(mergedGrid(), ({ rows, cols, merges, text }) => {
        const expected = expectedGrid(rows, cols, merges, text);
        const doc = readDocx(buildDocx(docxTable(rows, cols, merges, text)), 'p.docx');
        expect(texts(doc)).toEqual([{ kind: 'table', grid: expected }]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readDocx on text as a reader sees it', () => {
  it('joins runs, turns tabs into spaces and line breaks into nothing between Chinese characters', () => {
    const body =
      '<w:p><w:r><w:t>全年预算数</w:t></w:r><w:r><w:tab/><w:t>7380.15</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>年末结转</w:t><w:br/><w:t>和结余</w:t></w:r><w:r><w:br/><w:t>409.05</w:t></w:r></w:p>';
    expect(texts(readDocx(buildDocx(body), 't.docx'))).toEqual([
      { kind: 'paragraph', text: '全年预算数 7380.15' },
      { kind: 'paragraph', text: '年末结转和结余 409.05' },
    ]);
  });

  it('leaves out deleted revisions, hidden text and field codes, and keeps inserted text and field results', () => {
    const body =
      '<w:p><w:r><w:t>执行率</w:t></w:r><w:del><w:r><w:delText>94.00%</w:delText></w:r></w:del><w:ins><w:r><w:t>94.46%</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏）</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第3页</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    expect(texts(readDocx(buildDocx(body), 'r.docx'))).toEqual([{ kind: 'paragraph', text: '执行率94.46%第3页' }]);
  });

  it('reads a text box once, after its paragraph, not again from its VML fallback', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>文本框里的说明</w:t></w:r></w:p></w:txbxContent>';
    const body =
      `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(texts(readDocx(buildDocx(body), 'b.docx'))).toEqual([
      { kind: 'paragraph', text: '正文' },
      { kind: 'paragraph', text: '文本框里的说明' },
    ]);
  });

  it('shows raised digits as superscripts (m²), whether marked as superscript or raised by position', () => {
    const body =
      '<w:p><w:r><w:t>面积(m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t>)</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>m</w:t></w:r><w:r><w:rPr><w:position w:val="6"/></w:rPr><w:t>3</w:t></w:r></w:p>';
    expect(texts(readDocx(buildDocx(body), 's.docx'))).toEqual([
      { kind: 'paragraph', text: '面积(m²)' },
      { kind: 'paragraph', text: 'm³' },
    ]);
  });

  it('joins the paragraphs of a cell, and flattens a nested table into its cell, with a note', () => {
    const nested = table([['基本支出', '5931.08'], ['项目支出', '1040.02']]);
    const body = `<w:tbl><w:tr><w:tc>${p('按支出性质分')}</w:tc><w:tc>${p('其中：')}${nested}</w:tc></w:tr><w:tr><w:tc>${p('a')}${p('b')}</w:tc><w:tc>${p('第一段。')}${p('第二段')}</w:tc></w:tr></w:tbl>`;
    const doc = readDocx(buildDocx(body), 'n.docx');
    expect(texts(doc)).toEqual([{ kind: 'table', grid: [['按支出性质分', '其中：基本支出 5931.08 项目支出 1040.02'], ['a b', '第一段。第二段']] }]);
    expect(doc.notes).toEqual(['第 1 个表格的单元格中嵌套了表格，已将嵌套表格的文字按行并入所在单元格。']);
  });

  it('reads a one-cell frame table around the report as the report itself', () => {
    const inner = `${p('一、单位基本情况')}${table([['编制数', '261']])}`;
    const doc = readDocx(buildDocx(`<w:tbl><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl>`), 'f.docx');
    expect(texts(doc)).toEqual([{ kind: 'paragraph', text: '一、单位基本情况' }, { kind: 'table', grid: [['编制数', '261']] }]);
    expect((doc.blocks[1] as TableBlock).at.table).toBe(1);
  });
});

describe('readDocx on headings and automatic numbers', () => {
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的标题"/><w:basedOn w:val="a5"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';

  it('takes heading levels from style names in English or Chinese, based-on chains, outline levels and Title', () => {
    const body =
      p('报告', '<w:pStyle w:val="Title"/>') + p('一级', '<w:pStyle w:val="1"/>') + p('二级', '<w:pStyle w:val="a5"/>') +
      p('继承', '<w:pStyle w:val="MyHeading"/>') + p('大纲', '<w:pStyle w:val="Outline"/>') + p('段落大纲', '<w:outlineLvl w:val="1"/>') +
      p('正文', '<w:outlineLvl w:val="9"/><w:pStyle w:val="1"/>') + p('普通');
    expect(texts(readDocx(buildDocx(body, { styles }), 'h.docx'))).toEqual([
      { kind: 'heading', level: 1, text: '报告' },
      { kind: 'heading', level: 1, text: '一级' },
      { kind: 'heading', level: 2, text: '二级' },
      { kind: 'heading', level: 2, text: '继承' },
      { kind: 'heading', level: 3, text: '大纲' },
      { kind: 'heading', level: 2, text: '段落大纲' },
      { kind: 'paragraph', text: '正文' },
      { kind: 'paragraph', text: '普通' },
    ]);
  });

  it('writes automatic numbers into the text: 一、 （一） 1. counted per level, restarting below; bullets left out', () => {
    const num = (level: number): string => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`;
    const body =
      p('单位基本情况', '<w:pStyle w:val="Section"/>') + p('主要职能', num(1)) + p('机构情况', num(1)) + p('内设机构', num(2)) +
      p('一般公共预算支出情况', '<w:pStyle w:val="Section"/>') + p('基本支出情况', num(1)) + p('要点', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>');
    expect(texts(readDocx(buildDocx(body, { styles, numbering }), 'n.docx'))).toEqual([
      { kind: 'heading', level: 1, text: '一、单位基本情况' },
      { kind: 'paragraph', text: '（一）主要职能' },
      { kind: 'paragraph', text: '（二）机构情况' },
      { kind: 'paragraph', text: '1. 内设机构' },
      { kind: 'heading', level: 1, text: '二、一般公共预算支出情况' },
      { kind: 'paragraph', text: '（一）基本支出情况' },
      { kind: 'paragraph', text: '要点' },
    ]);
  });
});

describe('readDocx on documents without text', () => {
  it('refuses a document of only images as a scan', () => {
    const image = '<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed="rId5"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>';
    expect(() => readDocx(buildDocx(image + image), 'scan.docx')).toThrow(expect.objectContaining({ code: 'scanned', message: expect.stringContaining('扫描件') }));
  });

  it('refuses an empty document and notes skipped images otherwise', () => {
    expect(() => readDocx(buildDocx('<w:p/>'), 'empty.docx')).toThrow(expect.objectContaining({ code: 'not-a-report', message: '文档中没有任何文字。' }));
    const image = '<w:p><w:r><w:drawing><a:blip r:embed="rId5"/></w:drawing></w:r></w:p>';
    expect(readDocx(buildDocx(p('正文') + image), 'i.docx').notes).toEqual(['文档中有 1 张图片，未读取图片中的内容。']);
  });
});

function docxTable(rows: number, cols: number, merges: MergedGrid['merges'], text: string[][]): string {
  const out: Parameters<typeof table>[0] = [];
  for (let r = 0; r < rows; r++) {
    const row: Parameters<typeof table>[0][number] = [];
    for (let c = 0; c < cols; ) {
      const m = merges.find((x) => r >= x.top && r < x.top + x.height && c === x.left);
      if (m) {
        const top = r === m.top;
        row.push({ text: top ? text[r]![c]! : '', span: m.width, vMerge: m.height > 1 ? (top ? 'restart' : 'continue') : undefined });
        c += m.width;
      } else {
        row.push(text[r]![c]!);
        c++;
      }
    }
    out.push(row);
  }
  return table(out);
}
