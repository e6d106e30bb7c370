import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../source-document.js';
import { readPdf } from './read-pdf.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url)));
const shape = (b: SourceBlock) => (b.kind === 'table' ? { table: b.rows.map((r) => r.map((c) => c.text)), at: b.at } : { [b.kind]: b.text, at: b.at, ...(b.kind === 'heading' ? { level: b.level } : {}) });

/** fixtures/pdf/synthetic.pdf and mixed-scan.pdf are written by hand by scripts/pdf/make-synthetic.ts. */
describe('readPdf on producer quirks', () => {
  it('reads CMap-encoded Chinese, doubled bold, filled borders, form XObjects, a crop box and a rotated page', async () => {
    const doc = await readPdf(fixture('synthetic.pdf'), 's.pdf');
    expect(doc.blocks.map(shape)).toEqual([
      { heading: '一、单位基本情况', level: 2, at: { file: 's.pdf', page: 1 } },
      { paragraph: '全年预算数为 7380.15 万元，全年执行数 6971.10 万元，预算执行率 94.46%。', at: { file: 's.pdf', page: 1 } },
      {
        table: [
          ['项目', '全年预算数', '全年执行数'],
          ['基本支出', '6340.13', '5931.08'],
          ['项目支出', '1040.02', '1040.02'],
        ],
        at: { file: 's.pdf', page: 1, table: 1 },
      },
      {
        table: [
          ['序号', '项目名称', '执行率'],
          ['1', '辅警经费', '99.88%'],
        ],
        at: { file: 's.pdf', page: 2, table: 2 },
      },
      { paragraph: '全年预算数 7380.15 万元', at: { file: 's.pdf', page: 3 } },
    ]);
  });

  it('reads the text pages of a PDF with a scanned page and reports the page it could not read', async () => {
    const doc = await readPdf(fixture('mixed-scan.pdf'), 'm.pdf');
    expect(doc.blocks.map(shape)).toEqual([{ paragraph: '第一页有文字层。', at: { file: 'm.pdf', page: 1 } }]);
    expect(doc.readerFindings).toEqual([
      { rule: 'PDF-PAGE-SCANNED', severity: 'warning', message: '第 2 页没有文字层（可能是扫描图片），该页内容未能读取。', at: { file: 'm.pdf', page: 2 } },
    ]);
  });

  it('warns when a font maps its glyphs to no readable text', async () => {
    const doc = await readPdf(fixture('unmapped.pdf'), 'u.pdf');
    expect(doc.readerFindings).toMatchObject([{ rule: 'PDF-TEXT-UNMAPPED', severity: 'warning', at: { file: 'u.pdf', page: 1 } }]);
    expect(doc.readerFindings[0]!.message).toContain('无法转换为文字');
  });
});
