import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { refAt, type ParagraphBlock, type SourceDocument, type TableBlock } from '../source-document.js';
import { readPdf } from './read-pdf.js';
import { readHtmlFixture, squeeze } from './test-support/html-fixture.js';

/**
 * The reference report (examples/hengyang-2023.txt) as LibreOffice prints it
 * from its Word rendition (fixtures/reference/hengyang-2023.pdf, made by
 * scripts/fixtures/make-reference.sh from hengyang-2023.html).
 */
const root = new URL('../../../', import.meta.url);
const pdfPath = new URL('fixtures/reference/hengyang-2023.pdf', root);
const html = readHtmlFixture(readFileSync(new URL('fixtures/reference/hengyang-2023.html', root), 'utf8'));
const textForm = readFileSync(new URL('examples/hengyang-2023.txt', root), 'utf8');

// The fixture is committed: a missing file must fail here, not skip.
describe('readPdf on the reference report', () => {
  let doc: SourceDocument;
  let tables: TableBlock[];
  const grid = (t: TableBlock | undefined) => t?.rows.map((row) => row.map((c) => squeeze(c.text)));
  const expected = (i: number) => html.tables[i]!.map((row) => row.map(squeeze));

  beforeAll(async () => {
    doc = await readPdf(new Uint8Array(readFileSync(pdfPath)), 'hengyang-2023.pdf');
    tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  });

  it('finds the ten attachment tables', () => {
    expect(tables).toHaveLength(html.tables.length);
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10])('puts every cell of table %i in its grid position', (n) => {
    expect(grid(tables[n - 1])).toEqual(expected(n - 1));
  });

  it('puts every cell of table 1 in its grid position, but the last cell loses a paragraph LibreOffice moved to the next page', () => {
    // The cell 厉行节约保障措施 holds three paragraphs; the row was cut between
    // the second and the third, leaving room at the foot of the page that a
    // cut inside a line would not leave. Telling that from a whole row
    // followed by a row of its own needs more than the page shows, so the
    // reader keeps the two parts as two rows (see split-rows.ts).
    const got = grid(tables[0])!;
    const want = expected(0);
    expect(got.slice(0, 20)).toEqual(want.slice(0, 20));
    const [label, text, ...rest] = want[20]!;
    const cut = text!.indexOf('(三)');
    expect(got[20]).toEqual([label, text!.slice(0, cut), ...rest]);
    expect(got[21]).toEqual(['', text!.slice(cut), ...rest]);
  });

  it('gives every paragraph and title of the report, whole', () => {
    const texts = doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [squeeze(b.text)]));
    expect(texts).toEqual(expect.arrayContaining([...html.paragraphs, ...html.headings].map(squeeze)));
  });

  it('keeps every figure of the narrative of the text form', () => {
    const narrative = textForm.slice(0, textForm.indexOf('部门整体支出绩效评价基础数据表\n\n'));
    const figures = narrative.match(/\d+(?:\.\d+)?%?/g)!;
    const text = squeeze(doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])).join('\n'));
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.filter((f) => !text.includes(f))).toEqual([]);
  });

  it('knows the page of each piece of a paragraph broken by a page end', () => {
    const block = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.text.startsWith('2023 年，基本支出的全年执行数'))!;
    expect(block.segments?.map((s) => s.at.page)).toEqual([2, 3]);
    expect(refAt(block, block.text.indexOf('1040.02')).page).toBe(2);
    expect(refAt(block, block.text.indexOf('不超范围不超标准')).page).toBe(3);
  });

  it('reports nothing it could not read', () => {
    expect(doc.notes).toEqual([]);
    expect(doc.readerFindings).toEqual([]);
  });
});
