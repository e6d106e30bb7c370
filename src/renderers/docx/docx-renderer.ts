import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlignTable, WidthType, type IRunOptions, type ISectionOptions,
} from 'docx';
import type { Grid, GridCell } from '../layout/grid.js';
import type { DocBlock, ReportDocument } from '../layout/report-document.js';
import { DOCX_FONTS, MM } from './docx-style.js';

/**
 * The report as a Word document in the style of GB/T 9704 (see docx-style.ts):
 * the narrative in one section (A4, margins 37/35/28/26 mm, page numbers
 * "— 1 —"), the attachments in a second with narrower margins, each on a page
 * of its own, tables with their merged cells. Headings carry outline levels,
 * so a reader (and jixiao's DOCX reader) sees the structure. Pure: returns
 * the file's bytes.
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const narrative: (Paragraph | Table)[] = [];
  const attachments: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'attachment') attachments.push(...attachment(b, attachments.length === 0));
    else narrative.push(...block(b));
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
  return new Uint8Array(await Packer.toArrayBuffer(document));
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

function attachment(b: Extract<DocBlock, { kind: 'attachment' }>, first: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({ pageBreakBefore: !first, children: [run(b.number, DOCX_FONTS.heading1, 32)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 }, children: [run(b.caption, DOCX_FONTS.title, 36)] }),
    table(b.grid),
  ];
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const TABLE_WIDTH = 180 * MM;

export function table(grid: Grid): Table {
  const total = grid.widths.reduce((s, w) => s + w, 0);
  const widths = grid.widths.map((w) => Math.round((w / total) * TABLE_WIDTH));
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    rows: grid.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, widths)) })),
  });
}

function cell(c: GridCell, widths: number[]): TableCell {
  const span = c.colSpan ?? 1;
  const width = widths.slice(c.col, c.col + span).reduce((s, w) => s + w, 0);
  const alignment = c.style === 'text' ? AlignmentType.LEFT : AlignmentType.CENTER;
  const lines = c.text === '' ? [] : c.text.split('\n');
  return new TableCell({
    columnSpan: span > 1 ? span : undefined,
    rowSpan: (c.rowSpan ?? 1) > 1 ? c.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: lines.length === 0 ? undefined : VerticalAlignTable.CENTER,
    children: lines.length === 0 ? [new Paragraph({ style: 'TableText' })] : lines.map((line) => new Paragraph({ style: 'TableText', alignment, text: line })),
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: DOCX_FONTS.body, size: 28 })] })],
  });
}
