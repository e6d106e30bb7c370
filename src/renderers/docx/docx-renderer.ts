import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions, type ISectionOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Grid } from '../layout/grid.js';
import type { DocBlock, ReportDocument } from '../layout/report-document.js';
import { DOCX_FONTS, MM } from './docx-style.js';
import { tableXml } from './table-xml.js';

/**
 * The report as a Word document in the style of GB/T 9704 (see docx-style.ts):
 * the narrative in one section (A4, margins 37/35/28/26 mm, page numbers
 * "— 1 —"), the attachments in a second with narrower margins, each on a page
 * of its own, tables with their merged cells. Headings carry outline levels,
 * so a reader (and jixiao's DOCX reader) sees the structure. The document is
 * built with the docx package; each table stands there as a marked paragraph
 * that is then replaced by the table's XML (table-xml.ts), written directly
 * for speed. Pure: returns the file's bytes.
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const narrative: Paragraph[] = [];
  const attachments: Paragraph[] = [];
  const tables: Grid[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'attachment') {
      attachments.push(...attachment(b, attachments.length === 0, tables.length));
      tables.push(b.grid);
    } else narrative.push(...block(b));
  }
  const sections: ISectionOptions[] = [
    { properties: { page: { size: { width: 210 * MM, height: 297 * MM }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM, footer: 20 * MM } } }, footers: { default: pageNumberFooter() }, children: narrative },
  ];
  if (attachments.length > 0) {
    sections.push({ properties: { page: { size: { width: 210 * MM, height: 297 * MM }, margin: { top: 25 * MM, bottom: 20 * MM, left: 15 * MM, right: 15 * MM, footer: 10 * MM } } }, footers: { default: pageNumberFooter() }, children: attachments });
  }
  const document = new Document({
    creator: 'jixiao',
    title: doc.title,
    styles: {
      default: { document: { run: { font: DOCX_FONTS.body, size: 32 } } },
      // One style for every table cell's text, rather than the same properties on a thousand runs.
      paragraphStyles: [{ id: 'TableText', name: 'Table Text', run: { font: DOCX_FONTS.table, size: 18 }, paragraph: { spacing: { line: 230, lineRule: LineRuleType.EXACT } } }],
    },
    sections,
  });
  return withTables(new Uint8Array(await Packer.toArrayBuffer(document)), tables);
}

const MARK = 'JIXIAO-TABLE-';
const MARKED = new RegExp(`<w:p\\b(?:(?!<w:p\\b).)*?${MARK}(\\d+)-(?:(?!<w:p\\b).)*?</w:p>`, 'gs');

/** The package with each marked paragraph of word/document.xml replaced by its table. */
function withTables(bytes: Uint8Array, tables: readonly Grid[]): Uint8Array {
  if (tables.length === 0) return bytes;
  const files = unzipSync(bytes);
  const part = files['word/document.xml'];
  if (!part) throw new Error('docx package without word/document.xml');
  files['word/document.xml'] = strToU8(strFromU8(part).replace(MARKED, (_, i: string) => tableXml(tables[Number(i)] as Grid, TABLE_WIDTH)));
  return zipSync(files, { level: 6 });
}

function run(text: string, font: IRunOptions['font'], size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font, size, ...extra });
}

const BODY_SPACING = { line: 579, lineRule: LineRuleType.EXACT } as const; // 28.95 pt: 22 lines a page

function block(b: Exclude<DocBlock, { kind: 'attachment' }>): Paragraph[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, outlineLevel: 0, spacing: { after: 579, line: 700, lineRule: LineRuleType.AT_LEAST }, children: [run(b.text, DOCX_FONTS.title, 44)] })];
    case 'heading':
      return [new Paragraph({
        outlineLevel: b.level,
        indent: { firstLine: 640 },
        spacing: BODY_SPACING,
        keepNext: true,
        children: [run(b.text, b.level === 1 ? DOCX_FONTS.heading1 : DOCX_FONTS.heading2, 32)],
      })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, spacing: BODY_SPACING, children: [run(b.text, DOCX_FONTS.body, 32)] })];
    case 'attachmentList':
      return [
        new Paragraph({ indent: { firstLine: 640 }, spacing: { ...BODY_SPACING, before: 579 }, children: [run('附件：', DOCX_FONTS.body, 32)] }),
        ...b.items.map((item) => new Paragraph({ indent: { left: 1600 }, spacing: BODY_SPACING, children: [run(item, DOCX_FONTS.body, 32)] })),
      ];
  }
}

function attachment(b: Extract<DocBlock, { kind: 'attachment' }>, first: boolean, index: number): Paragraph[] {
  return [
    new Paragraph({ pageBreakBefore: !first, children: [run(b.number, DOCX_FONTS.heading1, 32)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 }, children: [run(b.caption, DOCX_FONTS.title, 36)] }),
    new Paragraph({ text: `${MARK}${index}-` }),
  ];
}

const TABLE_WIDTH = Math.round(180 * MM);

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: DOCX_FONTS.body, size: 28 })] })],
  });
}
