import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { refAt, type ParagraphBlock, type SourceDocument, type TableBlock } from '../source-document.js';
import { readPdf } from './read-pdf.js';
import { readHtmlFixture, squeeze } from './test-support/html-fixture.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url)));
const html = readHtmlFixture(readFileSync(new URL('../../../fixtures/pdf/report.html', import.meta.url), 'utf8'));

const paragraphs = (doc: SourceDocument): ParagraphBlock[] => doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const allText = (doc: SourceDocument): string[] =>
  doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((row) => row.map((c) => c.text)) : [b.text]));

/** The same report printed by two producers: LibreOffice (stroked borders) and Chromium (filled borders, Type 3 fonts). */
describe.each([
  { name: 'lo-report.pdf', pageNumbers: /^- \d+ -$/, crossing: { first: '7380.15', second: '确保了场所正常运转', pages: [1, 2] } },
  { name: 'chromium-report.pdf', pageNumbers: /^第 \d+ 页$/, crossing: { first: '94.46%', second: '确保了场所正常运转', pages: [1, 2] } },
])('readPdf on $name', ({ name, pageNumbers, crossing }) => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await readPdf(fixture(name), name);
  });

  it('finds the title and the numbered headings with their levels', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.kind === 'heading' ? b.level : -1, b.text]);
    expect(headings).toEqual([
      [1, '2023年度测试市强制隔离戒毒所部门整体支出绩效自评报告'],
      [2, '一、单位基本情况'],
      [2, '二、一般公共预算支出情况'],
      [3, '（一）基本支出情况'],
      [3, '（二）项目支出情况'],
      [2, '三、部门整体支出绩效情况'],
      [2, '四、附表'],
      [2, '五、其他需要说明的情况'],
    ]);
  });

  it('gives every paragraph of the source whole, once, in order', () => {
    expect(paragraphs(doc).map((p) => squeeze(p.text))).toEqual(html.paragraphs.map(squeeze));
  });

  it('joins a paragraph broken by a page end and knows the page of each piece', () => {
    const block = paragraphs(doc).find((p) => p.text.includes(crossing.second))!;
    expect(block.segments?.map((s) => s.at.page)).toEqual(crossing.pages);
    expect(refAt(block, block.text.indexOf(crossing.first)).page).toBe(crossing.pages[0]);
    expect(refAt(block, block.text.indexOf(crossing.second)).page).toBe(crossing.pages[1]);
    expect(block.at).toEqual({ file: name, page: crossing.pages[0] });
  });

  it('drops page numbers', () => {
    expect(allText(doc).filter((t) => pageNumbers.test(t))).toEqual([]);
  });

  it('rebuilds every table cell in its grid position, merged cells included', () => {
    const got = tables(doc).map((t) => t.rows.map((row) => row.map((c) => squeeze(c.text))));
    expect(got).toEqual(html.tables.map((t) => t.map((row) => row.map(squeeze))));
  });

  it('joins the table broken by page ends and drops its repeated header', () => {
    const long = tables(doc)[2]!;
    expect(long.rows).toHaveLength(49);
    expect(long.rows.filter((row) => row[0]!.text === '序号')).toHaveLength(1);
    const pages = new Set(long.rows.map((row) => row[0]!.at.page));
    expect(pages.size).toBeGreaterThan(1);
  });

  it('gives each cell its page, table, row and column', () => {
    tables(doc).forEach((table, t) => {
      expect(table.at.table).toBe(t + 1);
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          expect(cell.at).toMatchObject({ file: name, table: t + 1, row: r + 1, column: c + 1 });
          expect(cell.at.page).toBeGreaterThanOrEqual(table.at.page!);
        }),
      );
    });
    const last = tables(doc)[2]!.rows.at(-1)!;
    expect(last[1]!.text).toBe('强制隔离戒毒所所政及维修经费第48批');
    expect(last[1]!.at.page).toBe(5);
  });

  it('reports nothing it could not read', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.notes).toEqual([]);
    expect(doc.readerFindings).toEqual([]);
  });
});

describe('readPdf on a Chromium print with its own header and footer', () => {
  it('drops the date-and-title header and the URL-and-page footer', async () => {
    // The report's sections 一, 二 and 五, on two pages.
    const doc = await readPdf(fixture('chromium-header.pdf'), 'chromium-header.pdf');
    expect(allText(doc).filter((t) => /PDF 读取测试报告|file:|\d+\/\d+/.test(t))).toEqual([]);
    const wanted = [...html.paragraphs.slice(0, 4), html.paragraphs.at(-1)!].map(squeeze);
    expect(paragraphs(doc).map((p) => squeeze(p.text))).toEqual(wanted);
    expect(paragraphs(doc).map((p) => p.at.page)).toEqual([1, 1, 2, 2, 2]);
  });
});

describe('readPdf on a table without ruling lines', () => {
  it('finds the columns from the alignment of the text', async () => {
    const doc = await readPdf(fixture('lo-unruled.pdf'), 'lo-unruled.pdf');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table', 'paragraph']);
    expect(tables(doc)[0]!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['项目', '全年预算数', '全年执行数', '执行率'],
      ['基本支出', '6340.13', '5931.08', '93.55%'],
      ['项目支出', '1040.02', '1040.02', '100.00%'],
      ['合计', '7380.15', '6971.10', '94.46%'],
    ]);
  });
});

describe('readPdf on inputs it cannot read', () => {
  const failure = async (bytes: Uint8Array, ...rest: [Parameters<typeof readPdf>[2]?, Parameters<typeof readPdf>[3]?]): Promise<InputError> => {
    try {
      await readPdf(bytes, 'x.pdf', ...rest);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error('expected an InputError');
  };

  it('refuses a scanned PDF with a message that says why and what to do', async () => {
    const error = await failure(fixture('scanned.pdf'));
    expect(error.code).toBe('scanned');
    expect(error.message).toBe('PDF 没有文字层（可能是扫描件），无法读取其中的数字；请提供可复制文字的 PDF 或原始 Word/Excel 文件。');
    expect(error.file).toBe('x.pdf');
  });

  it('refuses an encrypted PDF', async () => {
    expect((await failure(fixture('encrypted.pdf'))).code).toBe('encrypted');
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const bytes = fixture('lo-report.pdf');
    for (const share of [0.95, 0.5, 0.1]) expect((await failure(bytes.subarray(0, Math.floor(bytes.length * share)))).code).toBe('corrupt');
  });

  it('refuses garbage behind a PDF header, and a file that is not a PDF', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    junk.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect((await failure(junk)).code).toBe('corrupt');
    expect((await failure(new TextEncoder().encode('<html>不是 PDF</html>'))).code).toBe('corrupt');
  });

  it('refuses an empty file', async () => {
    expect((await failure(new Uint8Array(0))).code).toBe('empty');
  });

  it('keeps to the page and size limits', async () => {
    const limits = { maxFileBytes: 50 * 1024 * 1024, maxUnzippedBytes: 0, maxCompressionRatio: 0, maxSheetRows: 0, maxPdfPages: 2, maxTableRows: 0 };
    const pages = await failure(fixture('lo-report.pdf'), limits);
    expect(pages.code).toBe('too-large');
    expect(pages.message).toContain('5 页');
    expect((await failure(fixture('lo-report.pdf'), { ...limits, maxFileBytes: 1000 })).code).toBe('too-large');
  });

  it('stops when the time budget runs out', async () => {
    const error = await failure(fixture('lo-report.pdf'), undefined, { timeBudgetMs: 1 });
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('超时');
  });

  it('leaves the caller its bytes intact', async () => {
    const bytes = fixture('lo-unruled.pdf');
    const copy = bytes.slice();
    await readPdf(bytes, 'x.pdf');
    expect(bytes).toEqual(copy);
  });
});
